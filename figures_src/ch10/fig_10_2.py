"""Figure 10.2: weight matrices of the convolutions of figure 10.3 (problem 10.5)."""
import matplotlib.pyplot as plt

from solutions.common import conv
from solutions.ch10 import p10_5
from figures_src.common import style


def draw():
    mats = p10_5.label_matrices()
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.375), gridspec_kw={"width_ratios": [1, 1, 1]})
    for ax, matrix, label in zip(axes, mats, ("i", "ii", "iii")):
        names = {k: rf"$\omega_{k}$" for k in range(1, int(matrix.max()) + 1)}
        conv.draw_matrix(ax, matrix, [f"$h_{{{r + 1}}}$" for r in range(matrix.shape[0])],
                         [f"$x_{{{c + 1}}}$" for c in range(matrix.shape[1])], names)
        style.panel_label(ax, label)
    fig.tight_layout()
    return fig
