"""Figure 5.1: the binary cross-entropy loss of problem 5.2 against sig[f] for y = 0 and y = 1."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch05 import p5_2
from figures_src.common import style


def draw():
    s = np.linspace(0.001, 0.999, 500)
    fig, ax = plt.subplots(figsize=style.figsize(0.5, 0.765))
    ax.plot(s, p5_2.curve(0, s), "C0-", label="$y=0$")
    ax.plot(s, p5_2.curve(1, s), "C1-", label="$y=1$")
    ax.set(xlim=(0, 1), ylim=(0, 5), xlabel="$\\mathrm{sig}[\\mathrm{f}[\\mathbf{x},\\phi]]$",
           ylabel="Loss, $L$")
    ax.legend(loc="upper center")
    fig.tight_layout()
    return fig
