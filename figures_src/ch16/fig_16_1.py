"""Figure 16.1: the square-root flow of problem 16.9 and its inverse."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch16 import p16_9
from figures_src.common import style


def draw():
    knots = p16_9.KNOTS
    h = np.linspace(0, 1, 2001)
    h_prime = np.linspace(0, knots[-1], 2001)
    edges = np.arange(p16_9.K + 1) / p16_9.K
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.85, 0.467))
    axes[0].plot(h, p16_9.forward(h), "C0-")
    axes[0].plot(edges, knots, "k.", markersize=5)
    axes[0].set(xlim=(0, 1), ylim=(0, knots[-1] * 1.05), xlabel="Input, $h$",
                ylabel="Output, $h'$", title="a) $\\mathrm{f}[h,\\phi]$")
    axes[1].plot(h_prime, p16_9.inverse(h_prime), "C1-")
    axes[1].plot(knots, edges, "k.", markersize=5)
    axes[1].set(xlim=(0, knots[-1] * 1.05), ylim=(0, 1), xlabel="Input, $h'$",
                ylabel="Output, $h$", title="b) $\\mathrm{f}^{-1}[h',\\phi]$")
    for edge, knot in zip(edges, knots):
        axes[0].axvline(edge, color="0.85", lw=0.6, zorder=0)
        axes[1].axhline(edge, color="0.85", lw=0.6, zorder=0)
    fig.tight_layout()
    return fig
