"""Figure 3.3: the network of problem 3.16 drawn in the style of textbook figure 3.11."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch03 import p3_16
from figures_src.common import style

COLUMNS = [("x", p3_16.INPUTS, "#ffffff"), ("h", p3_16.HIDDEN, style.LIGHT_GREEN),
           ("y", p3_16.OUTPUTS, "#ffffff")]


def positions(count):
    return -(np.arange(count) - (count - 1) / 2) * 0.32


def draw():
    fig, ax = plt.subplots(figsize=style.figsize(0.55, 0.559))
    centres = [[(1.1 * c, y) for y in positions(n)] for c, (_, n, _) in enumerate(COLUMNS)]
    for left, right in zip(centres[:-1], centres[1:]):
        for a in left:
            for b in right:
                ax.annotate("", xy=b, xytext=a,
                            arrowprops=dict(arrowstyle="-|>", lw=0.7, color="0.3",
                                            shrinkA=10, shrinkB=10))
    for (name, _, colour), points in zip(COLUMNS, centres):
        for k, (cx, cy) in enumerate(points, start=1):
            ax.add_patch(plt.Circle((cx, cy), 0.11, facecolor=colour, edgecolor="black", lw=0.8,
                                    zorder=3))
            ax.text(cx, cy, f"${name}_{k}$", ha="center", va="center", zorder=4, fontsize=style.SIZE["panel"])
    ax.set(xlim=(-0.2, 2.4), ylim=(-0.65, 0.65), aspect="equal")
    ax.axis("off")
    fig.tight_layout()
    return fig
