"""Problem 3.5: non-negative homogeneity of the ReLU function, case by case."""
import sympy as sp

alpha = sp.Symbol(r"\alpha", positive=True)
z_neg = sp.Symbol("z", negative=True)
z_nonneg = sp.Symbol("z", nonnegative=True)


def relu(v):
    return sp.Max(0, v)


def solve():
    cases = {"negative_lhs": relu(alpha * z_neg), "negative_rhs": alpha * relu(z_neg),
             "nonnegative_lhs": relu(alpha * z_nonneg), "nonnegative_rhs": alpha * relu(z_nonneg)}
    cases["holds"] = bool(cases["negative_lhs"] == cases["negative_rhs"]
                          and cases["nonnegative_lhs"] == cases["nonnegative_rhs"])
    return cases
