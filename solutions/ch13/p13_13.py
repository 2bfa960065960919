"""Problem 13.13: adjacency matrices of a graph and of its edge graph, via the incidence matrix.

The example is the graph of problem 13.11.
"""
import numpy as np

from solutions.ch13 import p13_1, p13_11


def incidence(edges, n_nodes):
    """N x E matrix B with B[n, e] = 1 when edge e (from zero) has node n + 1 as an end point."""
    B = np.zeros((n_nodes, len(edges)), dtype=int)
    for e, (m, n) in enumerate(edges):
        B[m - 1, e] = B[n - 1, e] = 1
    return B


def solve():
    edges, n_nodes = p13_11.EDGES, len(p13_11.NODES)
    B = incidence(edges, n_nodes)
    A_node = p13_1.adjacency(edges, n_nodes)
    A_edge = B.T @ B - 2 * np.eye(len(edges), dtype=int)
    return {"B": B, "A_node": A_node, "A_edge": A_edge, "BBt": B @ B.T, "D": np.diag(B.sum(axis=1))}
