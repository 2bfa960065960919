"""Problem 9.3: expected loss and gradient of linear regression with noisy inputs."""
import sympy as sp

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1", real=True)
x, y, eps = sp.symbols(r"x y \epsilon", real=True)
sigma_x = sp.Symbol(r"\sigma_x", positive=True)
r = sp.Symbol("r", real=True)   # residual phi_0 + phi_1 x - y of one example
I = sp.Symbol("I", integer=True, positive=True)
i = sp.Symbol("i", integer=True, positive=True)
xs, ys = sp.IndexedBase("x"), sp.IndexedBase("y")

MOMENTS = {1: 0, 2: sigma_x ** 2}   # E[eps] and E[eps^2] of zero-mean noise with variance sigma_x^2


def expectation(poly_in_eps):
    """Expectation over eps ~ Norm[0, sigma_x^2] of a polynomial in eps (degree <= 2)."""
    p = sp.Poly(sp.expand(poly_in_eps), eps)
    return sp.expand(sum(c * (MOMENTS[k[0]] if k[0] else 1) for k, c in p.terms()))


def noisy_term():
    """Squared error of one example after adding eps to its input."""
    return (phi0 + phi1 * (x + eps) - y) ** 2


def solve():
    # Written with the residual r: (r + phi_1 eps)^2 = r^2 + phi_1^2 eps^2 + 2 phi_1 r eps.
    per_example = sp.Poly(sp.expand((r + phi1 * eps) ** 2), eps)
    cross_factor = sp.factor(per_example.coeff_monomial(eps) / r)
    noise_factor = per_example.coeff_monomial(eps ** 2)
    expected = expectation(noisy_term())
    residual = phi0 + phi1 * x - y
    penalty_per_example = sp.simplify(expected - sp.expand(residual ** 2))
    lam = sp.simplify(I * penalty_per_example / phi1 ** 2)
    # Expected gradient: differentiate the noisy loss, then take the expectation.
    g0 = expectation(sp.diff(noisy_term(), phi0))
    g1 = expectation(sp.diff(noisy_term(), phi1))
    res_i = phi0 + phi1 * xs[i] - ys[i]
    c0, term0 = sp.factor(g0).as_coeff_Mul()
    c1, term1 = sp.factor(g1 - g1.coeff(sigma_x, 2) * sigma_x ** 2).as_coeff_Mul()
    grad0 = c0 * sp.Sum(term0.subs({x: xs[i], y: ys[i]}), (i, 1, I))
    grad1_data = c1 * sp.Sum(term1.subs({x: xs[i], y: ys[i]}), (i, 1, I))
    grad1_noise = I * g1.coeff(sigma_x, 2) * sigma_x ** 2
    return {"cross_factor": cross_factor, "noise_factor": noise_factor,
            "penalty": lam * phi1 ** 2, "lam": lam,
            "loss": sp.Sum(res_i ** 2, (i, 1, I)),
            "grad_phi0": grad0, "grad_phi1_data": grad1_data, "grad_phi1_noise": grad1_noise}
