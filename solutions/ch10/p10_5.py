"""Problem 10.5: weight matrices of the convolutions of figure 10.3 (six inputs, zero padding)."""
import sympy as sp

from solutions.common import conv

N_INPUTS = 6
CASES = [  # panel, kernel, stride, dilation
    ("strided", 3, 2, 1), ("kernel five", 5, 1, 1), ("dilated", 3, 1, 2)]


def label_matrices():
    return [conv.conv_matrix(N_INPUTS, k, s, d) for _, k, s, d in CASES]


def symbolic(labels):
    w = conv.weights(int(labels.max()))
    return sp.Matrix(*labels.shape, lambda r, c: w[labels[r, c] - 1] if labels[r, c] else 0)


def solve():
    return {"kernel_five_size": CASES[1][1]}


def solve_instructor():
    mats = label_matrices()
    return {"n_inputs": N_INPUTS,
            "strided": symbolic(mats[0]), "kernel_five": symbolic(mats[1]),
            "dilated": symbolic(mats[2]), "strided_rows": mats[0].shape[0]}
