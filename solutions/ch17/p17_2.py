"""Problem 17.2: the logarithm is concave."""
import sympy as sp

x = sp.Symbol("x", positive=True)


def solve():
    g = sp.log(x)
    first, second = sp.diff(g, x), sp.diff(g, x, 2)
    assert sp.ask(sp.Q.negative(second))             # for every x > 0
    return {"first": first, "second": second}
