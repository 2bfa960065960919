"""Problem 13.3: walks from node one to node two in the graphs of figure 13.14 of the book."""
import numpy as np

from solutions.ch13 import p13_1

STEPS = (3, 7)


def walks(A, start, end, steps):
    """Number of walks of `steps` steps from node `start` to node `end` (nodes from one)."""
    return int(np.linalg.matrix_power(A, steps)[start - 1, end - 1])


def solve():
    counts = {}
    for name, A in zip("ab", p13_1.adjacency_matrices()):
        for steps in STEPS:
            counts[f"walks_{name}_{steps}"] = walks(A, 1, 2, steps)
    return counts
