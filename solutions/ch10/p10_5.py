"""Problem 10.5: weight matrices of the convolutions of figure 10.3 of the book (zero padding).

Figure 10.3 of the book (read from its SVG, figures/chapter10/Conv1a.svg of the public repository
ai-ml-devops/UnderstandingDeepLearning) draws eight inputs x_1 ... x_8 in every panel: a)-b) kernel
size three with stride two, four outputs z_1 ... z_4 centred on x_1, x_3, x_5, x_7; c) kernel size five,
stride one, eight outputs; d) kernel size three with one zero between neighbouring weights (labelled
"Dilation = 1" in the figure, "dilation rate of two" in problem 10.3 of the book), eight outputs.
"""
import sympy as sp

from solutions.common import conv

N_INPUTS = 8
CASES = [  # panel, kernel, stride, spacing of the taps (conv.conv_matrix's dilation)
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
    strided = mats[0]
    centres = [f"x_{{{c + 1}}}" for c in range(0, N_INPUTS, CASES[0][2])]
    return {"n_inputs": N_INPUTS,
            "strided": symbolic(strided), "kernel_five": symbolic(mats[1]),
            "dilated": symbolic(mats[2]), "strided_rows": strided.shape[0],
            "strided_centres": centres, "small_kernel": CASES[0][1],
            "outputs": mats[1].shape[0], "stride": CASES[0][2]}
