"""Problem 8.5: a heteroscedastic model that fits the training data exactly."""
import sympy as sp

from solutions.common.notation import Log

sigma = sp.Symbol(r"\sigma", positive=True)
SIGMAS = [1.0, 0.1, 0.01, 0.001]


def solve():
    # Negative log-likelihood of one point under a normal with predicted mean equal to the target.
    term = sp.log(sp.sqrt(2 * sp.pi * sigma ** 2))
    shown = Log(2 * sp.pi * sigma ** 2) / 2
    assert sp.simplify(term - sp.log(2 * sp.pi * sigma ** 2) / 2) == 0
    return {"term": shown, "limit": sp.limit(term, sigma, 0, "+"),
            "table": [{"sigma": s, "nll": float(term.subs(sigma, s))} for s in SIGMAS]}
