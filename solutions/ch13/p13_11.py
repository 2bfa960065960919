"""Problem 13.11: the edge graph (line graph) of a graph.

The graph stands in for figure 13.15a of the book; figure 13.4a draws it with its edge graph.
"""
from itertools import combinations

NODES = [1, 2, 3, 4, 5, 6]
EDGES = [(1, 2), (1, 3), (2, 3), (2, 4), (3, 5), (4, 5), (5, 6)]
POSITIONS = {1: (0.0, 0.0), 2: (1.2, 0.8), 3: (1.2, -0.8), 4: (2.6, 0.8), 5: (2.6, -0.8),
             6: (3.8, -0.8)}


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
            "edge_nodes": [[edge_label(k), list(e)] for k, e in enumerate(EDGES, 1)],
            "edge_graph_edges": [[edge_label(i), edge_label(j)] for i, j in pairs],
            "n_edge_graph_edges": len(pairs)}
