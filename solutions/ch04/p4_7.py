"""Problem 4.7: a shallow network (equation 3.1) that is the identity on [a, b]."""
import sympy as sp

a, b = sp.symbols("a b", real=True)
x = sp.Symbol("x", real=True)

PARAMS = {"phi0": a, "phi1": 1, "phi2": 0, "phi3": 0, "theta10": -a, "theta11": 1,
          "theta20": 0, "theta21": 0, "theta30": 0, "theta31": 0}
SYMBOLS = [r"\phi_0", r"\phi_1", r"\phi_2", r"\phi_3", r"\theta_{10}", r"\theta_{11}",
           r"\theta_{20}", r"\theta_{21}", r"\theta_{30}", r"\theta_{31}"]


def network(params, at):
    relu = lambda z: sp.Max(0, z)  # noqa: E731
    return params["phi0"] + sum(params[f"phi{d}"] * relu(params[f"theta{d}0"] + params[f"theta{d}1"] * at)
                                for d in (1, 2, 3))


def solve():
    t = sp.Symbol("t", nonnegative=True)       # x = a + t with t >= 0 covers [a, b]
    inside = sp.simplify(network(PARAMS, a + t) - (a + t))
    return {"parameters": [{"symbol": s, "value": sp.sympify(PARAMS[n])}
                           for s, n in zip(SYMBOLS, PARAMS)],
            "error_inside": inside}
