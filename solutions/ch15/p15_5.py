"""Problem 15.5: KL and Wasserstein distances between univariate Gaussians (equations 15.20-15.21)."""
import sympy as sp

mu1, mu2 = sp.symbols(r"\mu_1 \mu_2", real=True)
s1, s2 = sp.symbols(r"\sigma_1 \sigma_2", positive=True)
delta = sp.Symbol(r"{(\mu_1-\mu_2)}", real=True)


def d_kl():
    return sp.log(s2 / s1) + (s1 ** 2 + (mu1 - mu2) ** 2) / (2 * s2 ** 2) - sp.Rational(1, 2)


def d_w():
    return (mu1 - mu2) ** 2 + s1 + s2 - 2 * sp.sqrt(s1 * s2)


def at_unit_variance(expression):
    """Set sigma_1 = sigma_2 = 1 and write the result in terms of mu_1 - mu_2."""
    return sp.simplify(expression.subs({s1: 1, s2: 1}).subs(mu1, mu2 + delta))


def solve():
    return {"kl_unit": at_unit_variance(d_kl()), "w_unit": at_unit_variance(d_w())}
