"""Problem 7.13: forward-mode differentiation on the computational graph of figure 7.9."""
import sympy as sp

from solutions.ch07.p7_12 import GRAPH, ORDER, f1, f2, f3, f4, f5, x, y


def forward_mode():
    """dnode/dx for every node, from x to y, reusing the parents' derivatives."""
    derivative = {x: sp.S.One}
    for node in ORDER[1:]:
        expr = GRAPH[node]
        derivative[node] = sp.factor(sum(sp.diff(expr, parent) * derivative[parent]
                                         for parent in ORDER if parent in derivative
                                         and expr.has(parent)))
    return derivative


def solve():
    d = forward_mode()
    return {"df1_dx": d[f1], "df2_dx": d[f2], "df3_dx": d[f3], "df4_dx": d[f4],
            "df5_dx": d[f5], "dy_dx": d[y]}
