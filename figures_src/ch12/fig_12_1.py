"""Figure 12.1: interaction matrices of full, local and local-plus-global attention (problem 12.8)."""
import matplotlib.pyplot as plt

from solutions.ch12 import p12_8
from figures_src.common import style

SMALL_GRID, SMALL_WINDOW, SMALL_GLOBAL = p12_8.FIGURE_GRID, p12_8.FIGURE_WINDOW, p12_8.FIGURE_GLOBAL


def draw():
    panels = [("Full", p12_8.interaction_matrix(SMALL_GRID)),
              (f"Local ${SMALL_WINDOW}\\times{SMALL_WINDOW}$ windows",
               p12_8.interaction_matrix(SMALL_GRID, SMALL_WINDOW)),
              (f"Local + {SMALL_GLOBAL} global tokens",
               p12_8.interaction_matrix(SMALL_GRID, SMALL_WINDOW, SMALL_GLOBAL))]
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.371))
    for ax, (title, matrix) in zip(axes, panels):
        ax.imshow(~matrix, cmap="gray", vmin=0, vmax=1.4, interpolation="nearest")
        ax.set(xticks=[], yticks=[], title=title, xlabel="Key")
    axes[0].set_ylabel("Query")
    fig.tight_layout()
    return fig
