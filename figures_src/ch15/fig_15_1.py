"""Figure 15.1: the divergences of problem 15.4 as a function of the offset a."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch15 import p15_4
from figures_src.common import style


def draw():
    a = p15_4.A_GRID
    js = [p15_4.js_numeric(v) for v in a]
    w = [p15_4.wasserstein_numeric(v) for v in a]
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.344))
    for ax, title in zip(axes[:1], ["a) KL and reverse KL"]):
        ax.plot([-3, 3], [1, 1], color="C3", lw=1.5)
        ax.plot([0], [0], "o", color="C3", markersize=4)
        ax.plot([0], [1], "o", color="white", markeredgecolor="C3", markersize=4)
        ax.set(xlim=(-3, 3), ylim=(-0.1, 1.25), yticks=[0, 1], yticklabels=["0", "$\\infty$"],
               title=title, xlabel="Offset, $a$")
    axes[1].plot(a, js, color="C0")
    axes[1].axhline(np.log(2), color="0.6", lw=0.7, ls="--")
    axes[1].set(xlim=(-3, 3), ylim=(0, 0.8), title="b) Jensen-Shannon", xlabel="Offset, $a$")
    axes[1].text(-2.9, np.log(2) + 0.03, "$\\log[2]$", fontsize=style.SIZE["text"])
    axes[2].plot(a, w, color="C1")
    axes[2].set(xlim=(-3, 3), ylim=(0, 3.2), title="c) Wasserstein", xlabel="Offset, $a$")
    fig.tight_layout()
    return fig
