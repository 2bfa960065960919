"""Problem 5.1: the logistic sigmoid at minus infinity, zero and plus infinity."""
import sympy as sp

z = sp.Symbol("z", real=True)


def sigmoid():
    return 1 / (1 + sp.exp(-z))


def solve():
    return {"at_minus_infinity": sp.limit(sigmoid(), z, -sp.oo),
            "at_zero": sigmoid().subs(z, 0),
            "at_plus_infinity": sp.limit(sigmoid(), z, sp.oo)}
