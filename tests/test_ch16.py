"""Do the chapter 16 (normalizing flows) derivations give the right results on concrete data?"""
import math

import numpy as np
import sympy as sp

from solutions.ch16 import p16_1, p16_2, p16_3, p16_4, p16_5, p16_7, p16_8, p16_9, p16_10, p16_11

RNG = np.random.default_rng(16)


def _normal_cdf(value):
    return 0.5 * (1 + math.erf(value / math.sqrt(2)))


def _integrate(density, a, b, n=20001):
    """Trapezoid rule on [a, b]."""
    grid = np.linspace(a, b, n)
    values = density(grid)
    return float(np.sum((values[1:] + values[:-1]) / 2 * np.diff(grid)))


def test_16_1_density_matches_monte_carlo():
    """Is Pr(x) of problem 16.1 the density of z^2 for uniform z (Monte Carlo, fixed seed)?"""
    pr_x = sp.lambdify(p16_1.x, p16_1.derive()["pr_x"], "numpy")
    samples = RNG.uniform(0, 1, 200_000) ** 2
    for a, b in [(0.01, 0.1), (0.2, 0.5), (0.5, 1.0)]:
        mass = _integrate(pr_x, a, b)
        assert abs(np.mean((samples > a) & (samples < b)) - mass) < 0.005
    assert p16_1.derive()["total"] == 1


def test_16_2_density_gives_the_probability_of_intervals():
    """Does the density of problem 16.2 integrate to Phi(logit b) - Phi(logit a) on [a, b]?"""
    pr_x = sp.lambdify(p16_2.x, p16_2.derive()["pr_x"], "numpy")
    logit = lambda v: math.log(v / (1 - v))  # noqa: E731
    for a, b in [(0.05, 0.3), (0.3, 0.6), (0.6, 0.99)]:
        expected = _normal_cdf(logit(b)) - _normal_cdf(logit(a))
        assert math.isclose(_integrate(pr_x, a, b), expected, rel_tol=1e-6)


def test_16_2_inverse_and_derivative_match_finite_differences():
    """Is dz/dx of problem 16.2 the finite-difference slope of the inverse of the sigmoid?"""
    values = p16_2.derive()
    inverse = sp.lambdify(p16_2.x, values["inverse"])
    slope = sp.lambdify(p16_2.x, values["dz_dx"])
    for xv in (0.1, 0.5, 0.8):
        z = inverse(xv)
        assert math.isclose(1 / (1 + math.exp(-z)), xv, rel_tol=1e-12)
        h = 1e-6
        assert math.isclose((inverse(xv + h) - inverse(xv - h)) / (2 * h), slope(xv), rel_tol=1e-6)


def _numeric_flow():
    """The three layers of problem 16.3 as numpy functions of a 2-vector."""
    return [lambda h: np.array([2 * h[0] + h[1], h[1]]),
            lambda h: np.array([h[0], h[1] + h[0] ** 2]),
            lambda h: np.array([h[0] + h[1], np.exp(h[1])])]


def _jacobian(function, point, step=1e-6):
    point = np.asarray(point, dtype=float)
    columns = []
    for k in range(point.size):
        e = np.zeros_like(point)
        e[k] = step
        columns.append((function(point + e) - function(point - e)) / (2 * step))
    return np.stack(columns, axis=1)


def _inverse_flow(x):
    """Invert the three layers of problem 16.3 numerically (Newton's method per layer)."""
    h = np.asarray(x, dtype=float)
    for layer in reversed(_numeric_flow()):
        guess = np.zeros(2)
        for _ in range(50):
            guess = guess - np.linalg.solve(_jacobian(layer, guess), layer(guess) - h)
        h = guess
    return h


def test_16_3_inverse_jacobian_is_the_product_of_layer_inverses():
    """Is the product of problem 16.3 the finite-difference Jacobian of the inverse flow, in the
    book's convention (element (i, j) is the derivative of output j with respect to input i)?"""
    values = p16_3.derive()
    x0 = np.array(values["x0"], dtype=float).ravel()
    numeric = _jacobian(_inverse_flow, x0)          # element (i, j): d output_i / d input_j
    assert np.allclose(np.array(values["jacobian_inverse"], dtype=float), numeric.T, atol=1e-6)
    assert not np.allclose(numeric, numeric.T)      # the example tells the two conventions apart
    z0 = _inverse_flow(x0)
    assert np.allclose(np.array(values["z0"], dtype=float).ravel(), z0)
    forward = lambda z: _numeric_flow()[2](_numeric_flow()[1](_numeric_flow()[0](z)))  # noqa: E731
    det_forward = np.linalg.det(_jacobian(forward, z0))
    assert math.isclose(float(values["det_inverse"]), 1 / det_forward, rel_tol=1e-6)
    assert values["det_inverse"] == values["reciprocal_product"]


def test_16_4_inverses_and_determinants_match_numpy():
    """Are the inverses and determinants of problem 16.4 those numpy computes?"""
    values = p16_4.derive()
    for name, matrix in (("Omega1", p16_4.OMEGA1), ("Omega2", p16_4.OMEGA2)):
        matrix = np.array(matrix, dtype=float)
        assert np.allclose(np.array(values[f"{name}_inv"], dtype=float), np.linalg.inv(matrix))
        assert math.isclose(float(values[f"{name}_det"]), np.linalg.det(matrix))


def _gaussian_density(x, mean, cov):
    diff = x - mean
    norm = (2 * np.pi) ** (len(x) / 2) * np.sqrt(np.linalg.det(cov))
    return float(np.exp(-0.5 * diff @ np.linalg.solve(cov, diff)) / norm)


def test_16_6_change_of_variables_gives_the_transformed_normal():
    """Is Pr(z)|A|^{-1} at z = A^{-1}(x - b) the normal density of problem 16.6 at x?"""
    for _ in range(5):
        a = RNG.normal(size=(3, 3))
        b, mu = RNG.normal(size=3), RNG.normal(size=3)
        root = RNG.normal(size=(3, 3))
        sigma = root @ root.T + 0.5 * np.eye(3)
        x = RNG.normal(size=3)
        z = np.linalg.solve(a, x - b)
        change = _gaussian_density(z, mu, sigma) / abs(np.linalg.det(a))
        assert math.isclose(change, _gaussian_density(x, a @ mu + b, a @ sigma @ a.T), rel_tol=1e-9)


def test_16_6_quadratic_forms_agree_symbolically():
    """Is (A^{-1}(x-b)-mu)^T S^{-1} (A^{-1}(x-b)-mu) = (x-A mu-b)^T (A S A^T)^{-1} (x-A mu-b)?"""
    a = sp.Matrix(2, 2, sp.symbols("a0:4"))
    s11, s12, s22 = sp.symbols("s11 s12 s22")
    sigma = sp.Matrix([[s11, s12], [s12, s22]])
    x, b, mu = (sp.Matrix(sp.symbols(f"{n}0:2")) for n in "xbm")
    z = a.inv() * (x - b)
    left = ((z - mu).T * sigma.inv() * (z - mu))[0]
    right = ((x - a * mu - b).T * (a * sigma * a.T).inv() * (x - a * mu - b))[0]
    assert sp.simplify(left - right) == 0
    assert sp.simplify((a * sigma * a.T).det() - a.det() ** 2 * sigma.det()) == 0


def test_16_9_inverse_undoes_the_flow():
    """Is the inverse of problem 16.9 the inverse of the flow, and is the flow continuous and increasing?"""
    h = np.linspace(0, 1, 10001)
    out = p16_9.forward(h)
    assert np.all(np.diff(out) > 0)
    assert np.allclose(p16_9.inverse(out), h, atol=1e-12)
    edges = np.arange(1, p16_9.K) / p16_9.K
    assert np.allclose(p16_9.forward(edges - 1e-12), p16_9.forward(edges), atol=1e-5)
    assert math.isclose(float(p16_9.PHI.sum()), 1.0)
    assert math.isclose(float(out[-1]), float(np.sum(np.sqrt(p16_9.PHI))))


def _brute_loss(samples, density):
    return -np.mean(np.log(density(samples)))


def test_16_11_scale_of_q_shifts_the_loss_by_a_constant():
    """Does scaling q by kappa shift the loss of problem 16.11 by -log kappa, leaving its gradient alone?"""
    assert p16_11.scale_shift() == -sp.log(p16_11.kappa)
    z = RNG.normal(size=500)
    q = lambda v: np.exp(-(v - 1) ** 2 / 2) + 0.5 * np.exp(-(v + 2) ** 2)  # noqa: E731
    kappa = 7.3
    for phi0, phi1 in [(0.1, 1.2), (-0.4, 0.6)]:
        loss = lambda a, c, k: _brute_loss(a + c * z, lambda v: k * q(v))  # noqa: E731
        assert math.isclose(loss(phi0, phi1, kappa) - loss(phi0, phi1, 1.0), -math.log(kappa))
        h = 1e-6
        grad = lambda k: (loss(phi0 + h, phi1, k) - loss(phi0 - h, phi1, k)) / (2 * h)  # noqa: E731
        assert math.isclose(grad(kappa), grad(1.0), rel_tol=1e-5)


def test_16_5_mean_and_covariance_by_enumeration():
    """Are A mu + b and A Sigma A^T of problem 16.5 the exact moments of x for a discrete z?"""
    points = RNG.normal(size=(6, 2))
    probs = RNG.dirichlet(np.ones(6))
    mu = probs @ points
    sigma = (points - mu).T @ np.diag(probs) @ (points - mu)
    x = points @ p16_5.A.T + p16_5.B
    mean_x = probs @ x
    assert np.allclose(mean_x, p16_5.A @ mu + p16_5.B)
    assert np.allclose((x - mean_x).T @ np.diag(probs) @ (x - mean_x), p16_5.A @ sigma @ p16_5.A.T)


def test_16_5_monte_carlo_agrees_with_closed_form():
    """Are the Monte Carlo moments of problem 16.5 within sampling error of the closed form?"""
    values = p16_5.solve()
    assert np.allclose(values["mc_mean"], values["mean_x"], atol=0.02)
    assert np.allclose(values["mc_cov"], values["cov_x"], atol=0.05)
    z = p16_5.sample_z(np.random.default_rng(5), 200_000)
    assert np.allclose(z.mean(axis=0), p16_5.MU, atol=0.01)
    assert np.allclose(np.cov(z.T), p16_5.SIGMA, atol=0.02)


def test_16_7_inverse_and_determinant_match_finite_differences():
    """Does LReLU^{-1} undo LReLU, and is |df/dz|^{-1} of problem 16.7 the finite-difference value?"""
    values = p16_7.solve_instructor()
    z = values["example_z"]
    assert np.allclose(p16_7.lrelu_inverse(p16_7.lrelu(z)), z)
    det = np.linalg.det(_jacobian(p16_7.lrelu, z))
    assert math.isclose(1 / abs(det), values["example_inv_det"], rel_tol=1e-6)
    for _ in range(5):
        zz = RNG.normal(size=7)
        assert math.isclose(1 / abs(np.linalg.det(_jacobian(p16_7.lrelu, zz))),
                            p16_7.inverse_abs_det(zz), rel_tol=1e-6)


def test_16_8_jacobian_matches_finite_differences():
    """Is the Jacobian of problem 16.8 the finite-difference Jacobian of equation 16.12 applied elementwise?"""
    values = p16_8.solve()
    numeric = _jacobian(p16_8.flow, values["example_h"])
    assert np.allclose(numeric, values["example_jacobian"], atol=1e-6)
    assert math.isclose(np.linalg.det(numeric), values["example_det"], rel_tol=1e-6)
    edges = np.arange(1, p16_8.K) / p16_8.K                 # continuous at the bin edges
    assert np.allclose(p16_8.flow(edges - 1e-12), p16_8.flow(edges), atol=1e-9)
    assert math.isclose(float(p16_8.flow(np.array([1.0]))[0]), 1.0)


def _mlp(rng, size):
    w1, w2 = rng.normal(size=(6, size)), rng.normal(size=(size, 6))
    return lambda v: w2 @ np.tanh(w1 @ v)


def _elementwise(rng, size):
    a, c = rng.normal(size=size), rng.normal(size=size)
    return lambda v: a * np.tanh(v) + c * v ** 2


def test_16_10_jacobian_structure_matches_real_networks():
    """Do finite-difference Jacobians of residual flows with real f_1, f_2 show the zeros of problem 16.10?"""
    values = {**p16_10.solve(), **p16_10.patterns()}
    half = values["half"]
    rng = np.random.default_rng(10)
    for key, make in (("dense", _mlp), ("elementwise", _elementwise)):
        f1, f2 = make(rng, half), make(rng, half)

        def flow(h, f1=f1, f2=f2):
            h1 = h[:half] + f1(h[half:])
            return np.concatenate([h1, h[half:] + f2(h1)])

        h = rng.normal(size=2 * half)
        jac = _jacobian(flow, h).T          # the book's convention: rows are inputs
        expected = np.array(values[key])
        # Top-right block: d h'_2 / d h_1 = df_2/dh'_1 (book convention), bottom-left: df_1/dh_2.
        h1_out = h[:half] + f1(h[half:])
        assert np.allclose(jac[:half, half:], _jacobian(f2, h1_out).T, atol=1e-6)
        assert np.allclose(jac[half:, :half], _jacobian(f1, h[half:]).T, atol=1e-6)
        assert np.array_equal(np.abs(jac) > 1e-8, expected != p16_10.ZERO)
        ones = expected == p16_10.ONE
        assert np.allclose(jac[ones], 1.0)
        assert math.isclose(np.linalg.det(jac), 1.0, rel_tol=1e-6)
