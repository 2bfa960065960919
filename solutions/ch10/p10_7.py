"""Problem 10.7: weight matrix from two channels of six inputs to one output channel (figure 10.5c)."""
import numpy as np

from solutions.ch10 import p10_6


def label_matrix():
    """Rows h'_1..h'_6, columns h_1..h_12; entry (c-1)K + k is weight k applied to input channel c."""
    return np.hstack([p10_6.conv.conv_matrix(p10_6.N_POSITIONS, p10_6.KERNEL,
                                             first_label=c * p10_6.KERNEL + 1)
                      for c in range(p10_6.CHANNELS)])


def solve():
    labels = label_matrix()
    return {"omega": p10_6.symbolic(labels, p10_6.weight_names(prime="'")),
            "n_inputs": labels.shape[1], "n_outputs": labels.shape[0]}
