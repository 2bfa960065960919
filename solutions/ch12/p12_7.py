"""Problem 12.7: extra computation when a token is appended to masked self-attention.

Multiply-adds in one layer of masked self-attention with N cached tokens of dimension D
(exponentials and divisions of the softmax are counted as one operation each).
"""
import sympy as sp

N, D = sp.symbols("N D", positive=True, integer=True)


def extra_cost():
    return {"projections": 3 * D * D,          # q, k, v of the new token
            "scores": (N + 1) * D,             # its query with the N cached keys and its own
            "softmax": 2 * (N + 1),            # exponentials and their normalization
            "weighted_sum": (N + 1) * D}       # its output from N + 1 values


def full_cost(tokens):
    return sp.expand(3 * tokens * D * D + sp.Rational(1, 2) * tokens * (tokens + 1) * (2 * D + 2))


def solve():
    extra = extra_cost()
    return {"extra": extra, "extra_total": sp.expand(sum(extra.values())),
            "recompute_total": full_cost(N + 1)}
