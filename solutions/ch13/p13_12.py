"""Problem 13.12: the node graph whose edge graph is that of figure 13.15b of the book.

The edge graph is data read from figure 13.15b of the book (GraphAdjointProblem.pdf of the
book's figure repository): its nodes are numbered as there, its edges are the lines drawn, and
EDGE_GRAPH_POSITIONS are the centers of its node circles as drawn (about a sixth of the panel
width per unit, y upwards). The answer recovers a node graph from the edge graph alone
(recover_root); its nodes are lettered, so that they cannot be mistaken for the numbered
edge-graph nodes, and figure 13.4b of the booklet draws the result.
"""
import numpy as np

from solutions.ch13 import p13_11

EDGE_GRAPH_NODES = [1, 2, 3, 4, 5, 6]
EDGE_GRAPH = [(1, 2), (1, 3), (2, 3), (2, 4), (3, 5), (3, 6), (4, 6), (5, 6)]
EDGE_GRAPH_POSITIONS = {1: (7.20, -0.95), 2: (7.25, -1.85), 3: (8.40, -1.03), 4: (8.73, -2.16),
                        5: (9.23, -0.30), 6: (9.85, -1.40)}


def recover_root(edge_nodes, edge_graph):
    """A node graph whose edge graph is `edge_graph`, found by brute force over small graphs.

    Each node of the edge graph is an edge of the node graph; every maximal set of edge-graph
    nodes that share one node-graph node is a clique. We search assignments of two endpoints
    (node numbers) to every edge-graph node in turn, backtracking, such that two
    edge-graph nodes are adjacent exactly when their edges share an endpoint. Node labels of
    the result are canonical: the first edge is (1, 2), new nodes are numbered in order.
    """
    adjacent = {frozenset(p) for p in edge_graph}
    n_edges = len(edge_nodes)

    def extend(assigned, n_used):
        k = len(assigned)
        if k == n_edges:
            return assigned
        new_1, new_2 = n_used + 1, n_used + 2
        candidates = [(m, n) for m in range(1, n_used + 1) for n in range(m + 1, new_1 + 1)]
        candidates.append((new_1, new_2))
        for edge in candidates:
            if edge in assigned:
                continue
            if all(bool(set(edge) & set(other))
                   == (frozenset((edge_nodes[k], edge_nodes[j])) in adjacent)
                   for j, other in enumerate(assigned)):
                result = extend(assigned + [edge], max(n_used, edge[1]))
                if result:
                    return result
        return None

    return extend([(1, 2)], 2)


def root_positions(root, targets):
    """Positions of the node-graph nodes, by least squares, that put the midpoint of each of its
    edges (an edge-graph node) as close as possible to where figure 13.15b draws that node.
    A small pull towards the centroid makes the problem well posed."""
    n_nodes = max(max(e) for e in root)
    rows, rhs = [], []
    for edge, target in zip(root, targets):
        row = np.zeros(n_nodes)
        row[[edge[0] - 1, edge[1] - 1]] = 0.5
        rows.append(row)
        rhs.append(target)
    centre = np.mean(targets, axis=0)
    for n in range(n_nodes):
        row = np.zeros(n_nodes)
        row[n] = 0.05
        rows.append(row)
        rhs.append(0.05 * centre)
    solution, *_ = np.linalg.lstsq(np.array(rows), np.array(rhs), rcond=None)
    return {p13_11.edge_label(n + 1): (float(x), float(y)) for n, (x, y) in enumerate(solution)}


def solve():
    root = recover_root(EDGE_GRAPH_NODES, EDGE_GRAPH)
    letter = p13_11.edge_label
    return {"edge_graph_edges": [list(p) for p in EDGE_GRAPH],
            "root_edges": [[node, letter(edge[0]), letter(edge[1])]
                           for node, edge in zip(EDGE_GRAPH_NODES, root)],
            "n_root_nodes": max(max(e) for e in root)}
