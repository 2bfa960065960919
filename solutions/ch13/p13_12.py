"""Problem 13.12: the node graph whose edge graph is given.

The edge graph stands in for figure 13.15b of the book. It is made here from a root graph
(ROOT_EDGES); the answer recovers that root graph from the edge graph alone (recover_root),
and figure 13.4b draws the result.
"""

from solutions.ch13 import p13_11

ROOT_EDGES = [(1, 2), (1, 3), (1, 4), (2, 3), (3, 4), (4, 5)]
# Where figure 13.4b draws the recovered nodes.
POSITIONS = {1: (0.0, 0.0), 2: (1.2, 1.0), 3: (2.4, 0.0), 4: (1.2, -1.0), 5: (2.6, -1.6)}
N_EDGE_NODES = len(ROOT_EDGES)
EDGE_GRAPH = [(p13_11.edge_label(i), p13_11.edge_label(j))
              for i, j in p13_11.edge_graph(ROOT_EDGES)]


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


def solve():
    edge_nodes = [p13_11.edge_label(k) for k in range(1, N_EDGE_NODES + 1)]
    root = recover_root(edge_nodes, EDGE_GRAPH)
    return {"edge_graph_nodes": edge_nodes,
            "edge_graph_edges": [list(p) for p in EDGE_GRAPH],
            "root_edges": [[label, list(edge)] for label, edge in zip(edge_nodes, root)],
            "n_root_nodes": max(max(e) for e in root)}
