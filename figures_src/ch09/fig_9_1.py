"""Figure 9.1: the L0, L1/2, L1 and L2 regularization terms of problem 9.6."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch09 import p9_6
from figures_src.common import style


def draw():
    grid = np.linspace(-2, 2, 401)      # odd count: the axes phi_d = 0 lie on the grid
    phi0, phi1 = np.meshgrid(grid, grid)
    fig, axes = plt.subplots(1, 4, figsize=style.figsize(1, 0.292))
    for ax, name, p in zip(axes, p9_6.NAMES, p9_6.EXPONENTS):
        values = p9_6.penalty(phi0, phi1, p)
        cmap = plt.get_cmap(style.SEQUENTIAL)
        ax.imshow(values, origin="lower", extent=(-2, 2, -2, 2), cmap=cmap)
        if p == 0:   # the axes (value 1) and the origin (value 0) are too thin to see as pixels
            ax.axhline(0, color=cmap(0.5), lw=2)
            ax.axvline(0, color=cmap(0.5), lw=2)
            ax.plot(0, 0, "o", color=cmap(0.0), ms=4)
        else:
            ax.contour(phi0, phi1, values, levels=6, colors="w", linewidths=0.6)
        ax.set(title=f"${name}$", xlabel=r"$\phi_0$", xticks=[-2, 0, 2], yticks=[-2, 0, 2])
        ax.set_aspect("equal")
    axes[0].set_ylabel(r"$\phi_1$")
    fig.tight_layout()
    return fig
