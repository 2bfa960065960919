"""Problem 17.3: x^{2n} is convex, and Jensen's inequality gives E[x]^2 <= E[x^2]."""
import sympy as sp

x = sp.Symbol("x", real=True)
n = sp.Symbol("n", integer=True, positive=True)
FIRST_N = [1, 2, 3]     # the statement lists the admissible n as 1, 2, 3, ...


def solve():
    return {"first_n": FIRST_N}


def solve_instructor():
    g = x ** (2 * n)
    second = sp.factor(sp.diff(g, x, 2))
    coefficient = sp.factor(sp.simplify(second / x ** (2 * n - 2)))
    return {"g": g, "second": second, "coefficient": coefficient,
            "g_n1": g.subs(n, 1), "second_n1": sp.diff(g.subs(n, 1), x, 2)}
