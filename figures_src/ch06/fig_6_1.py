"""Figure 6.1: heat map of the logistic regression loss of problem 6.4 (iv)."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch06 import p6_4
from figures_src.common import style


def draw():
    values = p6_4.solve()
    p0, p1, loss = p6_4.loss_grid()
    fig, ax = plt.subplots(figsize=style.figsize(0.55, 0.857))
    mesh = ax.pcolormesh(p0, p1, np.log(loss), shading="auto", cmap="viridis", rasterized=True)
    ax.contour(p0, p1, np.log(loss), levels=12, colors="white", linewidths=0.4)
    ax.plot(values["phi0_best"], values["phi1_best"], "w*", markersize=9)
    ax.set(xlabel="Intercept, $\\phi_0$", ylabel="Slope, $\\phi_1$")
    fig.colorbar(mesh, ax=ax, label="$\\log L[\\phi]$")
    fig.tight_layout()
    return fig
