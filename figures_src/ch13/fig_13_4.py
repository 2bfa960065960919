"""Figure 13.4: a) the edge graph of problem 13.11; b) the node graph of problem 13.12.

Node-graph nodes are orange and numbered; edge-graph nodes are cyan, lettered, and sit on the
midpoint of the edge they stand for; edge-graph edges are dashed cyan curves.
"""
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch

from figures_src.common import graph_drawing
from solutions.ch13 import p13_11, p13_12


def _overlay(ax, edges, positions, edge_graph, node_graph_style):
    """Node graph (orange) with its edge graph (cyan) drawn over it."""
    graph_drawing.draw_graph(ax, edges, positions, edge_style=node_graph_style)
    labels = [p13_11.edge_label(k) for k in range(1, len(edges) + 1)]
    middle = {label: ((positions[m][0] + positions[n][0]) / 2,
                      (positions[m][1] + positions[n][1]) / 2)
              for label, (m, n) in zip(labels, edges)}
    for first, second in edge_graph:
        ax.add_patch(FancyArrowPatch(middle[first], middle[second], arrowstyle="-",
                                     connectionstyle="arc3,rad=0.25", color="#1b9fc2",
                                     lw=1.1, ls="--", zorder=2))
    graph_drawing.draw_graph(ax, [], middle, color=graph_drawing.EDGE_NODE_COLOR, radius=0.12,
                             fontsize=7)


def draw():
    fig, axes = plt.subplots(1, 2, figsize=(6.2, 2.6))
    values_11 = p13_11.solve()
    _overlay(axes[0], p13_11.EDGES, p13_11.POSITIONS, values_11["edge_graph_edges"],
             {"color": "0.55", "lw": 1.0})
    graph_drawing.frame(axes[0], p13_11.POSITIONS, "a)")
    values_12 = p13_12.solve()
    root = [tuple(edge) for _, edge in values_12["root_edges"]]
    _overlay(axes[1], root, p13_12.POSITIONS, values_12["edge_graph_edges"],
             {"color": "0.2", "lw": 1.6})
    graph_drawing.frame(axes[1], p13_12.POSITIONS, "b)")
    fig.tight_layout()
    return fig
