"""Problem 7.7: derivative of the logistic sigmoid activation and its behaviour for large inputs."""
import sympy as sp

from solutions.common.notation import Sig, book_latex

f = sp.Symbol("f", real=True)
INPUTS = [-10.0, -5.0, 0.0, 5.0, 10.0]


def solve():
    derivative = sp.diff(Sig(f), f)
    exact = sp.diff(1 / (1 + sp.exp(-f)), f)
    assert sp.simplify(derivative.rewrite(sp.exp) - exact) == 0
    value = sp.lambdify(f, exact, "numpy")
    return {"derivative": derivative, "in_exp": book_latex(exact),
            "maximum": sp.Rational(1, 4), "table": [{"f": v, "d": float(value(v))} for v in INPUTS],
            "limit_pos": sp.limit(exact, f, sp.oo), "limit_neg": sp.limit(exact, f, -sp.oo)}
