"""Figure 13.4: a) the edge graph of problem 13.11; b) the node graph of problem 13.12.

Node-graph nodes are orange; edge-graph nodes are cyan and sit on the midpoint of the edge they
stand for; edge-graph edges are dashed cyan curves. Labels follow the book's figure 13.15: in a)
the node graph is numbered as in figure 13.15a and the edge-graph nodes are lettered; in b) the
edge graph is numbered as in figure 13.15b and the recovered node graph is lettered.
"""
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch

from figures_src.common import graph_drawing
from solutions.ch13 import p13_11, p13_12
from figures_src.common import style

SCALE = 1.6   # the book's node spacing is tight for the booklet's node size


def _scaled(positions):
    return {k: (SCALE * x, SCALE * y) for k, (x, y) in positions.items()}


def _overlay(ax, edges, positions, edge_labels, edge_graph, node_graph_style):
    """Node graph (orange) with its edge graph (cyan) drawn over it."""
    graph_drawing.draw_graph(ax, edges, positions, edge_style=node_graph_style)
    middle = {label: ((positions[m][0] + positions[n][0]) / 2,
                      (positions[m][1] + positions[n][1]) / 2)
              for label, (m, n) in zip(edge_labels, edges)}
    for first, second in edge_graph:
        ax.add_patch(FancyArrowPatch(middle[first], middle[second], arrowstyle="-",
                                     connectionstyle="arc3,rad=0.25", color=style.SKY,
                                     lw=1.1, ls="--", zorder=2))
    graph_drawing.draw_graph(ax, [], middle, color=graph_drawing.EDGE_NODE_COLOR, radius=0.12,
                             fontsize=style.SIZE["small"])


def draw():
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.9, 0.419))
    values_11 = p13_11.solve()
    positions_11 = _scaled(p13_11.POSITIONS)
    _overlay(axes[0], p13_11.EDGES, positions_11, [row[0] for row in values_11["edge_nodes"]],
             values_11["edge_graph_edges"], {"color": "0.55", "lw": 1.0})
    graph_drawing.frame(axes[0], positions_11, "a)")
    values_12 = p13_12.solve()
    root = [(a, b) for _, a, b in values_12["root_edges"]]
    numbered = p13_12.recover_root(p13_12.EDGE_GRAPH_NODES, p13_12.EDGE_GRAPH)
    positions = _scaled(p13_12.root_positions(numbered, [p13_12.EDGE_GRAPH_POSITIONS[k]
                                                         for k in p13_12.EDGE_GRAPH_NODES]))
    _overlay(axes[1], root, positions, [row[0] for row in values_12["root_edges"]],
             [tuple(e) for e in values_12["edge_graph_edges"]], {"color": "0.2", "lw": 1.6})
    graph_drawing.frame(axes[1], positions, "b)")
    fig.tight_layout()
    return fig
