"""Figure 10.4: sub-sampling matrix and the factorization of a strided convolution (problem 10.15)."""
import matplotlib.pyplot as plt

from solutions.common import conv
from solutions.ch10 import p10_15
from figures_src.common import style


def draw():
    n = p10_15.N_INPUTS
    sampling = p10_15.sampling_matrix()
    stride_one = conv.conv_matrix(n, 3, 1)
    strided = sampling @ stride_one
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.375))
    inputs = [f"$x_{{{c + 1}}}$" for c in range(n)]
    names = {k: rf"$\omega_{k}$" for k in range(1, 4)}
    conv.draw_matrix(axes[0], sampling, [f"$h_{{{r + 1}}}$" for r in range(sampling.shape[0])],
                     [f"$z_{{{c + 1}}}$" for c in range(n)], {1: "1"}, colors=["0.75"])
    conv.draw_matrix(axes[1], stride_one, [f"$z_{{{r + 1}}}$" for r in range(n)], inputs, names)
    conv.draw_matrix(axes[2], strided, [f"$h_{{{r + 1}}}$" for r in range(strided.shape[0])], inputs, names)
    for ax, label in zip(axes, "abc"):
        style.panel_label(ax, label)
    fig.tight_layout()
    return fig
