"""Problem 19.7: control variates, a' = a - c (b - mu_b)."""
import sympy as sp

c = sp.Symbol("c", real=True)
var_a = sp.Symbol(r"\mathrm{Var}[a]", positive=True)
var_b = sp.Symbol(r"\mathrm{Var}[b]", positive=True)
cov_ab = sp.Symbol(r"\mathrm{Covar}[a,b]", real=True)
rho = sp.Symbol(r"\rho_{a,b}", real=True)


def variance_of_a_prime():
    """Var[a - c(b - mu_b)] = Var[a] - 2c Covar[a,b] + c^2 Var[b]."""
    return var_a - 2 * c * cov_ab + c ** 2 * var_b


def solve():
    variance = variance_of_a_prime()
    c_star = sp.solve(sp.diff(variance, c), c)[0]
    assert sp.diff(variance, c, 2).is_positive
    minimum = sp.simplify(variance.subs(c, c_star))
    min_variance = sp.Add(var_a, -cov_ab ** 2 / var_b, evaluate=False)
    in_rho = sp.Mul(1 - rho ** 2, var_a, evaluate=False)
    assert sp.simplify(minimum - min_variance) == 0
    assert sp.simplify(minimum.subs(cov_ab, rho * sp.sqrt(var_a * var_b)) - in_rho) == 0
    return {"c_star": c_star, "min_variance_rho": in_rho}
