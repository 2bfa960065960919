"""Figure 13.2: the two graphs of figure 13.14 of the book (problems 13.1, 13.3 and 13.8)."""
import matplotlib.pyplot as plt

from figures_src.common import graph_drawing
from solutions.ch13 import p13_1
from figures_src.common import style


def draw():
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.8, 0.429))
    for ax, (edges, positions), title in zip(axes, p13_1.GRAPHS, ("a)", "b)")):
        graph_drawing.draw_graph(ax, edges, positions)
        graph_drawing.frame(ax, positions, title)
    fig.tight_layout()
    return fig
