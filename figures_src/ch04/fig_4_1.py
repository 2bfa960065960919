"""Figure 4.1: the two networks of problem 4.1 (figure 4.8 of the book) and how they are composed."""
import matplotlib.pyplot as plt
import numpy as np

from figures_src.common import style
from solutions.ch04 import p4_1


def _diagram(ax):
    """x -> h1, h2, h3 -> y -> h1', h2', h3' -> y', as in figure 4.8a of the book."""
    ax.axis("off")
    ax.set(xlim=(-0.3, 4.3), ylim=(-0.5, 2.5))
    nodes = {"x": (0, 1), "y": (2, 1), "y'": (4, 1)}
    for k in range(3):
        nodes[f"h{k}"] = (1, 2 - k)
        nodes[f"g{k}"] = (3, 2 - k)
    edges = [("x", f"h{k}") for k in range(3)] + [(f"h{k}", "y") for k in range(3)] + \
        [("y", f"g{k}") for k in range(3)] + [(f"g{k}", "y'") for k in range(3)]
    for a, b in edges:
        ax.annotate("", xy=nodes[b], xytext=nodes[a],
                    arrowprops=dict(arrowstyle="-|>", lw=0.6, shrinkA=9, shrinkB=9))
    labels = {"x": "$x$", "y": "$y$", "y'": "$y'$"}
    labels.update({f"h{k}": f"$h_{k + 1}$" for k in range(3)})
    labels.update({f"g{k}": f"$h'_{k + 1}$" for k in range(3)})
    for name, (cx, cy) in nodes.items():
        ax.text(cx, cy, labels[name], ha="center", va="center", fontsize=style.SIZE["text"],
                bbox=dict(boxstyle="circle,pad=0.25", fc="white", ec="black", lw=0.6))
    ax.set_title("a)")


def draw():
    fig = plt.figure(figsize=style.figsize(1, 0.66))
    grid_spec = fig.add_gridspec(2, 2, height_ratios=[0.8, 1])
    _diagram(fig.add_subplot(grid_spec[0, :]))
    grid = np.linspace(*p4_1.X_RANGE, 2001)
    for column, vertices, colour, xlabel, ylabel, title in [
            (0, p4_1.NETWORK1, style.GREEN, "Input, $x$", "Output, $y$", "b)"),
            (1, p4_1.NETWORK2, style.VERMILION, "Input, $y$", "Output, $y'$", "c)")]:
        ax = fig.add_subplot(grid_spec[1, column])
        ax.plot(grid, p4_1.net(vertices, grid), color=colour, lw=1.4)
        for j in p4_1.joints(vertices):
            ax.axvline(j, color=style.GREY, lw=0.5, ls=":", zorder=0)
        ax.axhline(0, color=style.LIGHT, lw=0.5, zorder=0)
        ax.set(xlim=p4_1.X_RANGE, ylim=(-1.1, 1.1), xlabel=xlabel, ylabel=ylabel, aspect="equal")
        ax.set_title(title)
    fig.tight_layout()
    return fig
