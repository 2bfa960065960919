"""Figure 13.1: the graphs of the adjacency matrices A1 and A2 of problem 13.2."""
import matplotlib.pyplot as plt

from figures_src.common import graph_drawing
from solutions.ch13 import p13_2
from figures_src.common import style


def draw():
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.8, 0.429))
    for ax, A, positions, title in [(axes[0], p13_2.A1, p13_2.POSITIONS_1, "a) $\\mathbf{A}_1$"),
                                    (axes[1], p13_2.A2, p13_2.POSITIONS_2, "b) $\\mathbf{A}_2$")]:
        graph_drawing.draw_graph(ax, p13_2.edges(A), positions)
        graph_drawing.frame(ax, positions, title)
    fig.tight_layout()
    return fig
