"""Figure 8.3: distances of standard normal samples from the origin, with chi densities (problem 8.9)."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch08 import p8_9
from figures_src.common import style


def draw():
    fig, ax = plt.subplots(figsize=style.figsize(0.7, 0.509))
    grid = np.linspace(0.5, 27, 600)
    for k, (d, r) in enumerate(p8_9.distances().items()):
        ax.hist(r, bins=np.arange(0, 27.01, 0.25), density=True, color=f"C{k}", alpha=0.45,
                label=f"$D = {d}$")
        ax.plot(grid, p8_9.chi_pdf(grid, d), color=f"C{k}", lw=1.2)
    ax.set(xlim=(0, 27), xlabel="Distance from origin", ylabel="Probability density")
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig
