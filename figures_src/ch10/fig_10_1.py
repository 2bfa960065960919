"""Figure 10.1: the weight matrices of problems 10.6 (a) and 10.7 (b)."""
import matplotlib.pyplot as plt

from solutions.common import conv
from solutions.ch10 import p10_6, p10_7
from figures_src.common import style


def draw():
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(1, 0.531), gridspec_kw={"width_ratios": [1, 1.6]})
    a, b = p10_6.label_matrix(), p10_7.label_matrix()
    conv.draw_matrix(axes[0], a, [f"$h_{{{r + 1}}}$" for r in range(a.shape[0])],
                     [f"$x_{{{c + 1}}}$" for c in range(a.shape[1])],
                     {k: f"${v}$" for k, v in p10_6.weight_names().items()})
    conv.draw_matrix(axes[1], b, [f"$h'_{{{r + 1}}}$" for r in range(b.shape[0])],
                     [f"$h_{{{c + 1}}}$" for c in range(b.shape[1])],
                     {k: f"${v}$" for k, v in p10_6.weight_names(prime="'").items()})
    for ax, label in zip(axes, "ab"):
        style.panel_label(ax, label)
    fig.tight_layout()
    return fig
