"""Figure 3.1: figure 3.3 of the textbook redrawn with the third hidden unit of problem 3.4."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch03 import p3_4, p3_8
from figures_src.common import style

COLORS = [style.VERMILION, style.GREEN, style.BLACK]


def panels(params, activation="relu", act_label="ReLU"):
    """Textbook figure 3.3 layout: pre-activations, activations, weighted activations, output."""
    x = np.linspace(*p3_8.X_RANGE, 2001)
    pre, act, weighted, y = p3_8.network(x, params, activation)
    fig, axes = plt.subplots(3, 4, figsize=style.figsize(1, 0.656), sharex=True)
    rows = [(pre, r"$\theta_{{{d}0}}+\theta_{{{d}1}}x$"),
            (act, act_label + r"$[\theta_{{{d}0}}+\theta_{{{d}1}}x]$"),
            (weighted, r"$\phi_{d} h_{d}$")]
    letters = iter("abcdefghi")
    for r, (values, label) in enumerate(rows):
        for d in range(3):
            ax = axes[r, d]
            ax.axhline(0, color="0.8", lw=0.6)
            ax.plot(x, values[d], color=COLORS[d], lw=1.3)
            ax.set(ylim=(-1.2, 1.2), xlim=p3_8.X_RANGE)
            ax.set_title(f"{next(letters)}) " + label.format(d=d + 1))
    for ax in axes[2, :3]:
        ax.set_xlabel("Input, $x$")
    for r in (0, 2):
        axes[r, 3].axis("off")
    ax = axes[1, 3]
    ax.axhline(0, color="0.8", lw=0.6)
    ax.plot(x, y, color=style.BLUE, lw=1.5)
    ax.set(ylim=(-1.2, 1.2), xlim=p3_8.X_RANGE, xlabel="Input, $x$")
    ax.set_title(r"j) output $y$")
    ax.xaxis.set_tick_params(labelbottom=True)
    fig.tight_layout()
    return fig


def draw():
    return panels(p3_4.PARAMS)
