"""Problem 3.5: non-negative homogeneity of the ReLU function, case by case."""
import sympy as sp

alpha = sp.Symbol(r"\alpha", positive=True)
z_neg = sp.Symbol("z", negative=True)
z_nonneg = sp.Symbol("z", nonnegative=True)


def relu(v):
    return sp.Max(0, v)


def cases():
    """Both sides of the property for z < 0 and for z >= 0."""
    return {"negative_lhs": relu(alpha * z_neg), "negative_rhs": alpha * relu(z_neg),
            "nonnegative_lhs": relu(alpha * z_nonneg), "nonnegative_rhs": alpha * relu(z_nonneg)}


def holds():
    """Whether the two sides agree in both cases."""
    c = cases()
    return bool(c["negative_lhs"] == c["negative_rhs"]
                and c["nonnegative_lhs"] == c["nonnegative_rhs"])


def solve():
    return cases()
