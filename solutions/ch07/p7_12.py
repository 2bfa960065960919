"""Problem 7.12: reverse-mode differentiation on the computational graph of figure 7.9."""
import sympy as sp

from solutions.common.notation import Exp, Sin

x = sp.Symbol("x", real=True)
f1, f2, f3, f4, f5 = sp.symbols("f_1:6", real=True)
y = sp.Symbol("y", real=True)

# Each node as a function of its parents in the graph.
GRAPH = {f1: Exp(x), f2: f1 ** 2, f3: f1 + f2, f4: Exp(f3), f5: Sin(f3), y: f4 + f5}
ORDER = [x, f1, f2, f3, f4, f5, y]


def reverse_mode():
    """dy/dnode for every node, from y back to x, reusing the children's derivatives."""
    derivative = {y: sp.S.One}
    for node in reversed(ORDER[:-1]):
        derivative[node] = sum(derivative[child] * sp.diff(expr, node)
                               for child, expr in GRAPH.items() if expr.has(node))
    return derivative


def solve():
    d = reverse_mode()
    return {"dy_df5": d[f5], "dy_df4": d[f4], "dy_df3": d[f3], "dy_df2": d[f2],
            "dy_df1": d[f1], "dy_df1_factored": sp.factor(d[f1]),
            "dy_dx": sp.factor(d[x])}
