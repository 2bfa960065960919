"""Problem 10.15: a strided convolution is a stride-one convolution followed by sub-sampling."""
import numpy as np
import sympy as sp

from solutions.common import conv
from solutions.ch10 import p10_5

N_INPUTS, KERNEL, STRIDE = 6, 3, 2


def sampling_matrix(n=N_INPUTS, stride=STRIDE):
    """Rows pick x_1, x_3, x_5, ...: the positions on which a stride-two kernel is centred."""
    keep = range(0, n, stride)
    matrix = np.zeros((len(keep), n), dtype=int)
    for row, column in enumerate(keep):
        matrix[row, column] = 1
    return matrix


def solve():
    S = sp.Matrix(sampling_matrix())
    out = {"sampling": S, "n_inputs": N_INPUTS}
    stride_one = p10_5.symbolic(conv.conv_matrix(N_INPUTS, KERNEL, 1))
    strided = p10_5.symbolic(conv.conv_matrix(N_INPUTS, KERNEL, STRIDE))
    assert S * stride_one == strided
    out["stride_one_three"], out["strided_three"] = stride_one, strided
    return out
