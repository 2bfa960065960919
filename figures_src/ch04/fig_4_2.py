"""Figure 4.2: the composition of the two networks of problem 4.1."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch04 import p4_1
from figures_src.common import style


def draw():
    grid = np.linspace(*p4_1.X_RANGE, 4001)
    fig, ax = plt.subplots(figsize=style.figsize(0.45, 0.867))
    ax.plot(grid, p4_1.composed(grid), color=style.BLUE, lw=1.4)
    for x in p4_1.composed_joints():
        ax.axvline(x, color="0.75", lw=0.5, ls=":", zorder=0)
    ax.axhline(0, color="0.85", lw=0.5, zorder=0)
    ax.set(xlim=p4_1.X_RANGE, ylim=(-1.1, 1.1), xlabel="Input, $x$", ylabel="Output, $y'$",
           aspect="equal")
    fig.tight_layout()
    return fig
