"""Problem 13.5: the permutation matrix between the two labellings of figure 13.5 of the book.

Data read from figure 13.5 of the book (GraphNodeEquiv.pdf of the book's figure repository):
EDGES_A are the filled cells of the adjacency matrix of panel b (they are the lines of the graph
of panel a), EDGES_D those of panel e (the graph of panel d). NEW_INDEX[m] is the number that
node m of panel a carries in panel d, read from the drawing: the same node sits at the same
place in both graphs and carries the same embedding (the column of panel c equals the column of
panel f); for example node five of panel a has the darkest top entry, as does node four of
panel d.
"""
from itertools import permutations

import numpy as np

EDGES_A = [(1, 3), (1, 4), (2, 3), (3, 4), (3, 5), (3, 6), (4, 5), (5, 6)]
EDGES_D = [(1, 6), (2, 3), (2, 4), (2, 6), (3, 6), (4, 5), (4, 6), (5, 6)]
NEW_INDEX = {1: 3, 2: 1, 3: 6, 4: 2, 5: 4, 6: 5}
N_NODES = 6


def adjacency(edges, n_nodes=N_NODES):
    A = np.zeros((n_nodes, n_nodes), dtype=int)
    for a, b in edges:
        A[a - 1, b - 1] = A[b - 1, a - 1] = 1
    return A


def permutation_matrix(new_index):
    """P with P[m, n] = 1 when node m becomes node n, so that X' = XP and A' = P^T A P
    (equation 13.1 of the book)."""
    P = np.zeros((len(new_index), len(new_index)), dtype=int)
    for m, n in new_index.items():
        P[m - 1, n - 1] = 1
    return P


def consistent_relabellings(A, A_new):
    """Every relabelling (node m -> new[m - 1]) with P^T A P = A_new, by brute force."""
    n = len(A)
    found = []
    for new in permutations(range(1, n + 1)):
        P = permutation_matrix(dict(zip(range(1, n + 1), new)))
        if np.array_equal(P.T @ A @ P, A_new):
            found.append(list(new))
    return found


def solve():
    A, A_new = adjacency(EDGES_A), adjacency(EDGES_D)
    P = permutation_matrix(NEW_INDEX)
    others = [r for r in consistent_relabellings(A, A_new)
              if r != [NEW_INDEX[m] for m in sorted(NEW_INDEX)]]
    other = dict(zip(range(1, N_NODES + 1), others[0]))
    return {"mapping": [[m, NEW_INDEX[m]] for m in sorted(NEW_INDEX)], "P": P, "A": A,
            "A_permuted": P.T @ A @ P,
            "n_consistent": len(others) + 1,
            "other_mapping": [[m, other[m]] for m in sorted(other) if other[m] != NEW_INDEX[m]]}
