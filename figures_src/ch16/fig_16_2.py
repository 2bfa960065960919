"""Figure 16.2: which elements of the residual flow's Jacobian are zero (problem 16.10)."""
import matplotlib.pyplot as plt
from matplotlib.colors import ListedColormap

from solutions.ch16 import p16_10
from figures_src.common import style


def draw():
    values = {**p16_10.solve(), **p16_10.patterns()}
    half, size = values["half"], values["size"]
    cmap = ListedColormap(["white", "0.65", "C0"])
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.7, 0.538))
    titles = ("i) fully connected $\\mathbf{f}_1, \\mathbf{f}_2$",
              "ii) elementwise $\\mathbf{f}_1, \\mathbf{f}_2$")
    for ax, key, title in zip(axes, ("dense", "elementwise"), titles):
        ax.imshow(values[key], cmap=cmap, vmin=0, vmax=2)
        for k in range(size + 1):
            ax.axhline(k - 0.5, color="0.85", lw=0.5)
            ax.axvline(k - 0.5, color="0.85", lw=0.5)
        ax.axhline(half - 0.5, color="k", lw=1)
        ax.axvline(half - 0.5, color="k", lw=1)
        # The book's convention: rows are the inputs, columns the outputs.
        ax.set_xticks([(half - 1) / 2, half + (half - 1) / 2], ["$\\mathbf{h}'_1$", "$\\mathbf{h}'_2$"])
        ax.set_yticks([(half - 1) / 2, half + (half - 1) / 2], ["$\\mathbf{h}_1$", "$\\mathbf{h}_2$"])
        ax.tick_params(length=0)
        ax.set_title(title)
    fig.tight_layout()
    return fig
