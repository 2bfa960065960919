"""Problem 13.1: adjacency matrices of the two graphs of figure 13.2 (figure 13.14 of the book).

The graphs are data: nodes are numbered from one, edges are pairs of node numbers, and the
positions are where figure 13.2 draws the nodes.
"""
import numpy as np

# Graph a) of figure 13.2: seven nodes.
EDGES_1 = [(1, 2), (1, 3), (1, 4), (1, 6), (1, 7), (2, 4), (2, 5), (2, 7), (3, 6), (4, 5)]
POSITIONS_1 = {1: (0.0, 0.0), 2: (2.0, 0.0), 3: (-1.0, 0.9), 4: (1.0, -1.0), 5: (2.2, -1.5),
               6: (-1.0, -0.9), 7: (1.0, 1.0)}
# Graph b) of figure 13.2: six nodes.
EDGES_2 = [(1, 4), (1, 5), (1, 6), (2, 3), (2, 4), (3, 4), (3, 5), (3, 6)]
POSITIONS_2 = {1: (0.0, 0.0), 2: (2.2, 1.2), 3: (2.0, 0.0), 4: (1.0, 1.0), 5: (1.0, 0.0),
               6: (1.0, -1.0)}
GRAPHS = [(EDGES_1, POSITIONS_1), (EDGES_2, POSITIONS_2)]


def adjacency(edges, n_nodes):
    """Symmetric N x N adjacency matrix of an undirected graph with nodes 1..N."""
    A = np.zeros((n_nodes, n_nodes), dtype=int)
    for m, n in edges:
        A[m - 1, n - 1] = A[n - 1, m - 1] = 1
    return A


def adjacency_matrices():
    """The adjacency matrices of graphs a) and b) of figure 13.2."""
    return [adjacency(edges, len(positions)) for edges, positions in GRAPHS]


def solve():
    A_a, A_b = adjacency_matrices()
    return {"A_a": A_a, "A_b": A_b}
