"""Problem 13.2: the graphs of two adjacency matrices (drawn in figure 13.1)."""
import numpy as np

A1 = np.array([[0, 1, 1, 0, 0, 0, 0],
               [1, 0, 0, 1, 1, 1, 0],
               [1, 0, 0, 0, 0, 1, 1],
               [0, 1, 0, 0, 0, 1, 1],
               [0, 1, 0, 0, 0, 0, 1],
               [0, 1, 1, 1, 0, 0, 0],
               [0, 0, 1, 1, 1, 0, 0]])
A2 = np.array([[0, 0, 1, 1, 0, 0, 1],
               [0, 0, 1, 1, 1, 0, 0],
               [1, 1, 0, 0, 0, 0, 0],
               [1, 1, 0, 0, 1, 1, 1],
               [0, 1, 0, 1, 0, 0, 1],
               [0, 0, 0, 1, 0, 0, 1],
               [1, 0, 0, 1, 1, 1, 0]])
# Where figure 13.1 draws nodes 1..7 of each graph (chosen so that no two edges cross).
POSITIONS_1 = {1: (3, 1), 2: (1, 0), 3: (2, 2), 4: (1, 1), 5: (0, 1), 6: (2, 1), 7: (0, 2)}
POSITIONS_2 = {1: (1, 0), 2: (1, 2), 3: (0, 1), 4: (1, 1), 5: (2, 2), 6: (2, 1), 7: (3, 0)}


def edges(A):
    """The edges (m, n), m < n, of the undirected graph with adjacency matrix A (nodes from one)."""
    return [(m + 1, n + 1) for m in range(len(A)) for n in range(m + 1, len(A)) if A[m, n]]


def solve():
    return {"A1": A1, "A2": A2}
