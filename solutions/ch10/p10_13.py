"""Problem 10.13: weight matrix of the 2D convolution of figure 10.9 (3x3 kernel, zero padding)."""
from solutions.common import conv

# Figure 10.9 of the book (its SVG, figures/chapter10/Conv2D.svg of the public repository
# ai-ml-devops/UnderstandingDeepLearning) draws inputs x_11 ... x_46: four rows, six columns.
ROWS, COLS, KERNEL = 4, 6, 3


def label_matrix():
    return conv.conv_matrix_2d(ROWS, COLS, KERNEL)


def solve():
    return {"n": ROWS * COLS}


def solve_instructor():
    labels = label_matrix()
    nonzero_per_row = (labels > 0).sum(axis=1)
    return {"rows": ROWS, "cols": COLS,
            "kernel": KERNEL, "n_weights": KERNEL * KERNEL, "max_per_row": int(nonzero_per_row.max()),
            "corner_per_row": int(nonzero_per_row[0]), "nonzero": int((labels > 0).sum()),
            "entries": labels.size}
