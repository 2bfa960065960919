"""Problem 13.5: reading a permutation matrix off a relabelling of the nodes (equation 13.1).

NEW_INDEX[m] is the index that node m receives after the relabelling (an illustration;
the figure of the book is not reproduced here).
"""
import numpy as np

NEW_INDEX = {1: 3, 2: 1, 3: 4, 4: 2}
EDGES = [(1, 2), (1, 3), (2, 3), (3, 4)]


def permutation_matrix(new_index):
    """P with P[m, n] = 1 when node m becomes node n (equation 13.1)."""
    P = np.zeros((len(new_index), len(new_index)), dtype=int)
    for m, n in new_index.items():
        P[m - 1, n - 1] = 1
    return P


def solve():
    n = len(NEW_INDEX)
    A = np.zeros((n, n), dtype=int)
    for a, b in EDGES:
        A[a - 1, b - 1] = A[b - 1, a - 1] = 1
    P = permutation_matrix(NEW_INDEX)
    return {"mapping": [[m, NEW_INDEX[m]] for m in sorted(NEW_INDEX)], "P": P, "A": A,
            "A_permuted": P.T @ A @ P}
