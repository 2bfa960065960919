"""Problem 13.1: adjacency matrices of the two graphs of figure 13.14 of the book.

The booklet's figure 13.2 redraws them. The graphs are data read from figure 13.14 of the book
(GraphAdjacencyProblem.pdf of the book's figure repository): nodes are numbered as in that
figure, edges are the lines drawn between node numbers, and the positions are the centers of
the node circles as drawn (in units of about a sixth of the panel width, y upwards).
"""
import numpy as np

# Panel a) of figure 13.14 of the book: seven nodes.
EDGES_1 = [(1, 2), (1, 3), (1, 4), (1, 6), (1, 7), (2, 3), (2, 4), (2, 5), (4, 5), (6, 7)]
POSITIONS_1 = {1: (4.00, -0.73), 2: (2.72, -0.88), 3: (3.43, -0.45), 4: (2.58, -1.85),
               5: (2.00, -1.33), 6: (4.55, -1.28), 7: (4.05, -1.82)}
# Panel b) of figure 13.14 of the book: eight nodes.
EDGES_2 = [(1, 4), (1, 7), (1, 8), (2, 3), (2, 5), (2, 6), (3, 8), (4, 8), (5, 6), (5, 7),
           (6, 7)]
POSITIONS_2 = {1: (7.70, -1.20), 2: (9.12, -0.50), 3: (7.62, -0.33), 4: (7.17, -1.85),
               5: (8.62, -1.33), 6: (9.51, -1.52), 7: (8.20, -1.93), 8: (6.87, -0.68)}
GRAPHS = [(EDGES_1, POSITIONS_1), (EDGES_2, POSITIONS_2)]


def adjacency(edges, n_nodes):
    """Symmetric N x N adjacency matrix of an undirected graph with nodes 1..N."""
    A = np.zeros((n_nodes, n_nodes), dtype=int)
    for m, n in edges:
        A[m - 1, n - 1] = A[n - 1, m - 1] = 1
    return A


def adjacency_matrices():
    """The adjacency matrices of graphs a) and b) of figure 13.14 of the book."""
    return [adjacency(edges, len(positions)) for edges, positions in GRAPHS]


def solve():
    A_a, A_b = adjacency_matrices()
    return {"A_a": A_a, "A_b": A_b}
