"""Do the chapter 2 derivations give the right results on concrete data?"""
import numpy as np

from solutions.ch02 import p2_1, p2_2, p2_3

RNG = np.random.default_rng(2)
X, Y = RNG.normal(size=6), RNG.normal(size=6)


def _on_data(expression, phi0, phi1):
    """Evaluate an expression in phi_0, phi_1, x_i, y_i, I on the data X, Y."""
    total = expression.subs({p2_1.I: len(X), p2_1.phi0: phi0, p2_1.phi1: phi1}).doit()
    return float(total.subs({p2_1.x[k + 1]: X[k] for k in range(len(X))})
                 .subs({p2_1.y[k + 1]: Y[k] for k in range(len(Y))}))


def test_2_1_derivatives_match_finite_differences():
    """Are the slopes of problem 2.1 the finite-difference slopes of the loss?"""
    values = p2_1.solve()
    loss = lambda a, b: float(np.sum((a + b * X - Y) ** 2))  # noqa: E731
    h, a, b = 1e-6, 0.3, -0.7
    assert np.isclose(_on_data(values["dL_dphi0"], a, b), (loss(a + h, b) - loss(a - h, b)) / (2 * h))
    assert np.isclose(_on_data(values["dL_dphi1"], a, b), (loss(a, b + h) - loss(a, b - h)) / (2 * h))


def test_2_2_closed_form_is_the_least_squares_fit():
    """Does the closed form of problem 2.2 agree with numpy's least squares line?"""
    values = p2_2.solve()
    sums = {p2_2.Sx: X.sum(), p2_2.Sy: Y.sum(), p2_2.Sxx: (X * X).sum(),
            p2_2.Sxy: (X * Y).sum(), p2_1.I: len(X)}
    slope, intercept = np.polyfit(X, Y, 1)
    assert np.isclose(float(values["phi0_star"].subs(sums)), intercept)
    assert np.isclose(float(values["phi1_star"].subs(sums)), slope)


def test_2_3_generative_and_discriminative_lines_differ():
    """Are the two fitted lines of problem 2.3 really different, and is each a least squares fit?"""
    values = p2_3.solve()
    x, y = p2_3.POINTS.T
    design = np.stack([np.ones_like(x), x], axis=1)
    assert np.allclose(np.linalg.lstsq(design, y, rcond=None)[0],
                       [values["discriminative_intercept"], values["discriminative_slope"]])
    assert not np.isclose(values["discriminative_slope"], values["generative_slope"])


def test_2_3_generative_line_minimizes_the_horizontal_squared_error():
    """Does the inverted generative line of 2.3 minimize the sum of squared horizontal distances
    (x_i - phi_0 - phi_1 y_i)^2, checked by a brute-force grid search over the two parameters?"""
    values = p2_3.solve()
    x, y = p2_3.POINTS.T
    phi1 = 1 / values["generative_slope"]             # x = phi0 + phi1 y
    phi0 = -values["generative_intercept"] * phi1
    loss = lambda a, b: np.sum((x[:, None, None] - a - b * y[:, None, None]) ** 2, axis=0)  # noqa: E731
    a, b = np.meshgrid(np.linspace(phi0 - 0.5, phi0 + 0.5, 401), np.linspace(phi1 - 0.5, phi1 + 0.5, 401),
                       indexing="ij")
    best = np.unravel_index(np.argmin(loss(a, b)), a.shape)
    assert abs(a[best] - phi0) < 0.005 and abs(b[best] - phi1) < 0.005
    assert loss(np.array(phi0), np.array(phi1)) <= loss(a, b).min() + 1e-12
