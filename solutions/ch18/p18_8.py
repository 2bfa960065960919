"""Problem 18.8: the KL divergence of equation 18.28 between q(z_{t-1}|z_t,x) and Pr(z_{t-1}|z_t,phi_t)."""
import sympy as sp

from solutions.ch18 import p18_6

D = sp.Symbol("D", integer=True, positive=True)
sigma2 = sp.Symbol(r"\sigma_{t}^{2}", positive=True)
# Squared distance ||a - b||^2 between the two means (the only place f_t[z_t, phi_t] appears).
dist2 = sp.Symbol(r"\|\mathbf{a}-\mathbf{b}\|^{2}", nonnegative=True)


def kl_divergence(var_a):
    """Equation 18.48 for A = var_a I and B = sigma_t^2 I in D dimensions, ||a-b||^2 = dist2."""
    trace = D * var_a / sigma2                       # tr[B^{-1} A]
    quadratic = dist2 / sigma2                       # (a-b)^T B^{-1} (a-b)
    log_det = sp.log(sigma2 ** D / var_a ** D)       # log[|B| / |A|]
    return (trace - D + quadratic + log_det) / 2


def solve():
    var_a = p18_6.solve()["variance"]
    kl = kl_divergence(var_a)
    quadratic = dist2 / (2 * sigma2)
    ratio = var_a / sigma2
    constant = D / 2 * (ratio - 1 - sp.log(ratio))
    assert sp.simplify(sp.expand_log(kl - quadratic - constant, force=True)) == 0
    assert sp.diff(constant, dist2) == 0
    return {"var_a": var_a, "trace_term": D * ratio, "ratio": ratio}


def decomposition():
    """The KL of equation 18.48 split as ||a-b||^2/(2 sigma_t^2) + C; returns (quadratic, C)."""
    ratio = solve()["ratio"]
    return dist2 / (2 * sigma2), D / 2 * (ratio - 1 - sp.log(ratio))
