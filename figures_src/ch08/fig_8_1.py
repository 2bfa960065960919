"""Figure 8.1: hidden unit responses of the first layer chosen in problem 8.2."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch08 import p8_2
from figures_src.common import style


def draw():
    x = np.linspace(0, 1, 201)
    h = p8_2.hidden(x)
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(0.85, 0.333), sharey=True)
    for k, ax in enumerate(axes):
        ax.plot(x, h[:, k], "C0-")
        ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="Input, $x$", title=f"$h_{k + 1}$")
    axes[0].set_ylabel("Activation")
    fig.tight_layout()
    return fig
