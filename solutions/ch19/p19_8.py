"""Problem 19.8: the baseline b that minimizes the variance of the policy gradient estimate."""
import sympy as sp

b = sp.Symbol("b", real=True)
# Moments of the (per-parameter) gradient term g = g[theta, tau] and the return r = r[tau].
Eg2 = sp.Symbol(r"\mathbb{E}[\mathrm{g}^{2}]", positive=True)
Eg2r = sp.Symbol(r"\mathbb{E}[\mathrm{g}^{2}r]", real=True)
Eg2r2 = sp.Symbol(r"\mathbb{E}[\mathrm{g}^{2}r^{2}]", positive=True)
Egr = sp.Symbol(r"\mathbb{E}[\mathrm{g}r]", real=True)


def variance():
    """Var[g (r - b)] = E[g^2 (r-b)^2] - E[g (r-b)]^2, with E[g] = 0 (problem 19.6)."""
    return sp.expand(Eg2r2 - 2 * b * Eg2r + b ** 2 * Eg2) - Egr ** 2


def solve():
    var = variance()
    derivative = sp.diff(var, b)
    b_star = sp.solve(derivative, b)[0]
    return {"variance": var, "derivative": derivative, "second_derivative": sp.diff(var, b, 2),
            "b_star": b_star}
