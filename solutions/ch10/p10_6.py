"""Problem 10.6: weight matrix from six inputs to two channels of six outputs (figure 10.5a-b)."""
import numpy as np
import sympy as sp

from solutions.common import conv

N_POSITIONS, KERNEL, CHANNELS = 6, 3, 2


def label_matrix():
    """Rows h_1..h_12 (channel 1 then channel 2), columns x_1..x_6; entry (c-1)K + k is omega_{ck}."""
    return np.vstack([conv.conv_matrix(N_POSITIONS, KERNEL, first_label=c * KERNEL + 1)
                      for c in range(CHANNELS)])


def weight_names(prime=""):
    """Label (c-1)K + k -> LaTeX name of weight k of channel c."""
    return {c * KERNEL + k: rf"\omega{prime}_{{{c + 1}{k}}}" for c in range(CHANNELS)
            for k in range(1, KERNEL + 1)}


def symbolic(labels, names):
    symbols = {k: sp.Symbol(v) for k, v in names.items()}
    return sp.Matrix(labels.shape[0], labels.shape[1],
                     lambda r, c: symbols[labels[r, c]] if labels[r, c] else 0)


def solve():
    labels = label_matrix()
    return {"n_inputs": labels.shape[1], "n_outputs": labels.shape[0],
            "omega": symbolic(labels, weight_names())}
