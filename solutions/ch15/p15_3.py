"""Problem 15.3: constraint matrix of the earth mover's distance as a linear program.

The transport plan P (rows i: Pr(x=i), columns j: q(x=j)) is vectorized column-first:
p[i + 4j] = P[i, j] (from zero). The constraints A p = b say that row i of P sums to
Pr(x=i) and column j sums to q(x=j).
"""
import numpy as np

K = 4


def constraint_matrix(k=K):
    top = np.kron(np.ones((1, k), dtype=int), np.eye(k, dtype=int))     # row sums
    bottom = np.kron(np.eye(k, dtype=int), np.ones((1, k), dtype=int))  # column sums
    return np.vstack([top, bottom])


def cost_vector(k=K):
    """c with c[i + 4j] = |i - j|, so that c^T p is the total work of the plan."""
    i, j = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
    return np.abs(i - j).flatten(order="F")


def solve():
    support = list(range(1, K + 1))
    b_entries = [rf"\Pr(x={i})" for i in support] + [f"q(x={j})" for j in support]
    A = constraint_matrix()
    return {"support": support, "b_entries": b_entries, "A_rows": A.shape[0], "A_cols": A.shape[1]}


def solve_instructor():
    return {"A": constraint_matrix(), "c": cost_vector().reshape(1, -1), "k": K}
