"""Figure 4.1: the two networks of problem 4.1 and how they are composed."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch04 import p4_1
from figures_src.common import style


def draw():
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.359), gridspec_kw={"width_ratios": [0.6, 1, 1]})
    ax = axes[0]
    ax.axis("off")
    ax.set(xlim=(0, 1), ylim=(0, 1))
    boxes = [(0.9, "$x$", "white"), (0.65, "network 1", style.LIGHT_GREEN), (0.35, "network 2", style.LIGHT_VERMILION),
             (0.1, "$y'$", "white")]
    for (ya, _, _), (yb, _, _) in zip(boxes[:-1], boxes[1:]):
        ax.annotate("", xy=(0.5, yb + 0.07), xytext=(0.5, ya - 0.07),
                    arrowprops=dict(arrowstyle="-|>", lw=0.8))
    ax.text(0.56, 0.5, "$y$", va="center", fontsize=style.SIZE["panel"])
    for yc, label, colour in boxes:
        ax.text(0.5, yc, label, ha="center", va="center", fontsize=style.SIZE["text"],
                bbox=dict(boxstyle="round,pad=0.4", fc=colour, ec="black", lw=0.6))
    ax.set_title("a)")
    grid = np.linspace(*p4_1.X_RANGE, 2001)
    for ax, params, colour, xlabel, ylabel, title in [
            (axes[1], p4_1.NETWORK1, style.GREEN, "Input, $x$", "Output, $y$", "b)"),
            (axes[2], p4_1.NETWORK2, style.VERMILION, "Input, $y$", "Output, $y'$", "c)")]:
        ax.plot(grid, p4_1.net(params, grid), color=colour, lw=1.4)
        ax.axhline(0, color="0.85", lw=0.5, zorder=0)
        ax.set(xlim=p4_1.X_RANGE, ylim=(-1.1, 1.1), xlabel=xlabel, ylabel=ylabel, aspect="equal")
        ax.set_title(title)
    fig.tight_layout()
    return fig
