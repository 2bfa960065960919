"""Figure 10.3: weight matrix of the 2D convolution of figure 10.9 (problem 10.13)."""
import matplotlib.pyplot as plt

from solutions.common import conv
from solutions.ch10 import p10_13
from figures_src.common import style


def draw():
    matrix = p10_13.label_matrix()
    rows, cols = p10_13.ROWS, p10_13.COLS
    names = [f"{r + 1}{c + 1}" for r in range(rows) for c in range(cols)]
    fig, ax = plt.subplots(figsize=style.figsize(0.8, 1))
    conv.draw_matrix(ax, matrix, [f"$h_{{{n}}}$" for n in names], [f"$x_{{{n}}}$" for n in names])
    ax.tick_params(axis="x", labelrotation=90)
    for k in range(1, rows):
        ax.axhline(k * cols - 0.5, color="0.3", lw=1)
        ax.axvline(k * cols - 0.5, color="0.3", lw=1)
    fig.tight_layout()
    return fig
