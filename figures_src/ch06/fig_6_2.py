"""Figure 6.2: the logistic regression model of problem 6.4 (i) for several parameters."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch06 import p6_4
from figures_src.common import style


def draw():
    grid = np.linspace(-4, 4, 200)
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(1, 0.433), sharey=True)
    for phi0 in p6_4.PHI0_EXAMPLES:
        axes[0].plot(grid, 1 / (1 + np.exp(-(phi0 + p6_4.PHI1_FIXED * grid))),
                     label=f"$\\phi_0={phi0:g}$")
    for phi1 in p6_4.PHI1_EXAMPLES:
        axes[1].plot(grid, 1 / (1 + np.exp(-(p6_4.PHI0_FIXED + phi1 * grid))),
                     label=f"$\\phi_1={phi1:g}$")
    axes[0].set_title(f"$\\phi_1={p6_4.PHI1_FIXED:g}$")
    axes[1].set_title(f"$\\phi_0={p6_4.PHI0_FIXED:g}$")
    for ax in axes:
        ax.set(xlabel="Input, $x$", ylim=(-0.02, 1.02), xlim=(-4, 4))
        ax.legend(fontsize=style.SIZE["text"], loc="upper left")
    axes[0].set_ylabel("$Pr(y=1|x)$")
    fig.tight_layout()
    return fig
