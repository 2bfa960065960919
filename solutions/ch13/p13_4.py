"""Problem 13.4: the diagonal of A^2 holds the node degrees.

The example is the graph of figure 13.4 of the book (eight nodes; its adjacency matrix is
also given in the book's notebook 13.1).
"""
import numpy as np

A_BOOK = np.array([[0, 1, 0, 1, 0, 0, 0, 0],
                   [1, 0, 1, 1, 1, 0, 0, 0],
                   [0, 1, 0, 0, 1, 0, 0, 0],
                   [1, 1, 0, 0, 1, 0, 0, 0],
                   [0, 1, 1, 1, 0, 1, 0, 1],
                   [0, 0, 0, 0, 1, 0, 1, 1],
                   [0, 0, 0, 0, 0, 1, 0, 0],
                   [0, 0, 0, 0, 1, 1, 0, 0]])


def solve():
    A2 = A_BOOK @ A_BOOK
    return {"A": A_BOOK, "A_squared": A2, "diagonal": np.diag(A2).reshape(1, -1),
            "degrees": A_BOOK.sum(axis=1).reshape(1, -1)}
