"""Figure 7.1: training loss per epoch of the code of figure 7.8 (problem 7.16)."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch07 import p7_16
from figures_src.common import style


def draw():
    losses = np.array(p7_16.losses())
    fig, ax = plt.subplots(figsize=style.figsize(0.6, 0.622))
    ax.plot(np.arange(len(losses)), losses, "C0-")
    ax.set(xlabel="Epoch", ylabel="Training loss", xlim=(0, len(losses) - 1), ylim=(0, None))
    fig.tight_layout()
    return fig
