"""Figure 3.2: figure 3.3 of the textbook redrawn with three other activation functions (problem 3.8)."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch03 import p3_8
from figures_src.common import style

COLORS = [style.VERMILION, style.GREEN, style.BLACK]
ROWS = [("heaviside", r"$\mathrm{heaviside}$"), ("tanh", r"$\tanh$"), ("rect", r"$\mathrm{rect}$")]


def draw():
    x = np.linspace(*p3_8.X_RANGE, 4001)
    fig, axes = plt.subplots(3, 5, figsize=style.figsize(1, 0.591), sharex=True)
    for r, (name, label) in enumerate(ROWS):
        pre, act, weighted, y = p3_8.network(x, p3_8.PARAMS, name)
        for d in range(3):
            ax = axes[r, d]
            ax.plot(x, act[d], color=COLORS[d], lw=1.2)
            ax.set(ylim=(-1.2, 1.2))
            ax.set_title(label + f"$[\\theta_{{{d + 1}0}}+\\theta_{{{d + 1}1}}x]$", fontsize=style.SIZE["small"])
        ax = axes[r, 3]
        for d in range(3):
            ax.plot(x, weighted[d], color=COLORS[d], lw=1.0)
        ax.set(ylim=(-1.6, 1.6))
        ax.set_title(r"$\phi_1h_1,\ \phi_2h_2,\ \phi_3h_3$", fontsize=style.SIZE["small"])
        ax = axes[r, 4]
        ax.plot(x, y, color=style.BLUE, lw=1.4)
        ax.set(ylim=(-2.0, 1.5))
        ax.set_title(r"output $y$, " + label, fontsize=style.SIZE["small"])
        for ax in axes[r]:
            ax.axhline(0, color="0.85", lw=0.5, zorder=0)
            ax.tick_params(labelsize=style.SIZE["small"])
    for ax in axes[2]:
        ax.set_xlabel("Input, $x$", fontsize=style.SIZE["small"])
    fig.tight_layout(h_pad=0.6, w_pad=0.4)
    return fig
