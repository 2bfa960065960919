"""Problem 3.9: the third region's slope is the sum of the first and fourth."""
import sympy as sp

from solutions.ch03 import p3_3


def solve():
    s = p3_3.solve()["slopes"]
    values = p3_3.solve()["slope_values"]
    return {"slope1": s[0], "slope3": s[2], "slope4": s[3],
            "difference": sp.simplify(s[2] - (s[0] + s[3])),
            "slope1_value": values[0], "slope3_value": values[2], "slope4_value": values[3]}
