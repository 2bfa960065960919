"""Problem 13.11: the edge graph (line graph) of a graph.

The graph is that of figure 13.15a of the book (GraphAdjointProblem.pdf of the book's figure
repository): nodes numbered as there, edges the lines drawn, positions the centers of the node
circles as drawn (about a sixth of the panel width per unit, y upwards). Figure 13.4a of the
booklet draws it with its edge graph.
"""
from itertools import combinations

NODES = [1, 2, 3, 4, 5, 6]
EDGES = [(1, 2), (1, 3), (1, 6), (2, 4), (2, 5), (3, 4), (3, 6), (4, 5)]
POSITIONS = {1: (4.00, -0.87), 2: (2.70, -0.98), 3: (4.05, -1.90), 4: (2.58, -1.96),
             5: (2.00, -1.45), 6: (4.55, -1.37)}


def edge_graph(edges):
    """Edges of the edge graph: pairs (i, j), i < j, of edge indices (from one) sharing a node."""
    return [(i + 1, j + 1) for (i, e), (j, f) in combinations(enumerate(edges), 2)
            if set(e) & set(f)]


def edge_label(k):
    """Name of the edge-graph node for edge k (from one): a, b, c, ..."""
    return "abcdefghijklmnopqrstuvwxyz"[k - 1]


def solve():
    pairs = edge_graph(EDGES)
    return {"edges": [list(e) for e in EDGES],
            "edge_nodes": [[edge_label(k), *e] for k, e in enumerate(EDGES, 1)],
            "edge_graph_edges": [[edge_label(i), edge_label(j)] for i, j in pairs],
            "n_edge_graph_edges": len(pairs)}
