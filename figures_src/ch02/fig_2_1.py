"""Figure 2.1: the discriminative and generative lines of problem 2.3."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch02 import p2_3
from figures_src.common import style


def draw():
    values = p2_3.solve()
    x, y = p2_3.POINTS.T
    grid = np.linspace(0, 3.5, 50)
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.8, 0.433), sharey=True)
    for ax, kind, title in zip(axes, ("discriminative", "generative"),
                               ("$y = \\phi_0 + \\phi_1 x$", "$x = \\phi_0 + \\phi_1 y$")):
        ax.plot(grid, values[f"{kind}_intercept"] + values[f"{kind}_slope"] * grid, "C0-")
        ax.plot(x, y, "ko")
        ax.set(xlim=(0, 3.5), ylim=(0, 3.5), xlabel="Input, $x$", title=title)
    axes[0].set_ylabel("Output, $y$")
    fig.tight_layout()
    return fig
