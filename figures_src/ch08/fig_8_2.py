"""Figure 8.2: angles between pairs of 1000-dimensional standard normal samples (problem 8.6)."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch08 import p8_6
from figures_src.common import style


def draw():
    theta = p8_6.angles()
    fig, ax = plt.subplots(figsize=style.figsize(0.6, 0.578))
    ax.hist(theta, bins=np.linspace(0, 180, 181), color="C0")
    ax.set(xlim=(0, 180), xlabel="Angle (degrees)", ylabel="Count", xticks=[0, 45, 90, 135, 180])
    fig.tight_layout()
    return fig
