"""Problem 17.5: the score function (REINFORCE) estimator on a normal distribution."""
import numpy as np
import sympy as sp

xs, mu = sp.symbols("x mu", real=True)
MU, SIGMA2, SAMPLES = 1.5, 1, 100_000


def density():
    """Pr(x|mu) = Norm_x[mu, sigma^2]; the parameter is the mean."""
    return sp.exp(-(xs - mu) ** 2 / (2 * sp.Integer(SIGMA2))) / sp.sqrt(2 * sp.pi * SIGMA2)


def f(value):
    return value**2


def solve():
    expectation = sp.simplify(sp.integrate(f(xs) * density(), (xs, -sp.oo, sp.oo)))
    exact = sp.diff(expectation, mu)
    score = sp.simplify(sp.diff(sp.log(density()), mu))
    rng = np.random.default_rng(175)
    eps = rng.normal(size=SAMPLES)
    x = MU + np.sqrt(SIGMA2) * eps
    score_terms = f(x) * (x - MU) / SIGMA2                   # f[x_i] d/dmu log Pr(x_i|mu)
    reparam_terms = 2 * (MU + np.sqrt(SIGMA2) * eps)         # d/dmu f[mu + sigma eps_i]
    return {"mu": MU, "sigma2": SIGMA2, "samples": SAMPLES,
            "expectation": expectation, "exact": exact,
            "score_tex": sp.latex(score, order="old"),
            "exact_value": float(exact.subs(mu, sp.nsimplify(MU))),
            "score_estimate": score_terms.mean(),
            "score_std": score_terms.std() / np.sqrt(SAMPLES),
            "reparam_estimate": reparam_terms.mean(),
            "reparam_std": reparam_terms.std() / np.sqrt(SAMPLES)}
