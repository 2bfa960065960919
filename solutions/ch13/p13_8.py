"""Problem 13.8: degree matrices of the two graphs of figure 13.14 of the book."""
import numpy as np

from solutions.ch13 import p13_1


def degree_matrix(A):
    """Diagonal matrix of the number of neighbors of each node."""
    return np.diag(A.sum(axis=1))


def solve():
    D_a, D_b = (degree_matrix(A) for A in p13_1.adjacency_matrices())
    return {"D_a": D_a, "D_b": D_b}
