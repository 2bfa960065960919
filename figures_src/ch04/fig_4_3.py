"""Figure 4.3: the three hidden-unit activations of problem 4.8."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch04 import p4_8
from figures_src.common import style


def draw():
    x = np.linspace(0, 1, 1201)
    fig, axes = plt.subplots(1, 3, figsize=style.figsize(1, 0.317), sharey=True)
    for d, (ax, slope, joint) in enumerate(zip(axes, p4_8.SLOPES, p4_8.JOINTS)):
        ax.plot(x, np.maximum(0.0, slope * (x - float(joint))), color=style.GREEN, lw=1.4)
        ax.axvline(float(joint), color="0.8", lw=0.5, ls=":")
        ax.set(xlim=(0, 1), ylim=(-0.05, 1), xlabel="Input, $x$", xticks=[0, 0.5, 1])
        ax.set_title(f"{'abc'[d]}) $h_{d + 1}$")
    axes[0].set_ylabel("Activation")
    fig.tight_layout()
    return fig
