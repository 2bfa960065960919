"""Drawing of small undirected graphs with given node positions (used by the chapter 13 figures)."""
from matplotlib.patches import Circle

from figures_src.common import style

NODE_COLOR = style.LIGHT_VERMILION
EDGE_NODE_COLOR = style.LIGHT_BLUE


def draw_graph(ax, edges, positions, labels=None, color=NODE_COLOR, radius=0.16,
               edge_style=None, fontsize=8):
    """Draw nodes as labelled circles at `positions` and edges as straight lines."""
    style = {"color": "0.35", "lw": 1.2, "zorder": 1} | (edge_style or {})
    for m, n in edges:
        (x0, y0), (x1, y1) = positions[m], positions[n]
        ax.plot([x0, x1], [y0, y1], **style)
    for node, (x, y) in positions.items():
        ax.add_patch(Circle((x, y), radius, facecolor=color, edgecolor="0.2", lw=0.8, zorder=3))
        ax.text(x, y, str(labels[node] if labels else node), ha="center", va="center",
                fontsize=fontsize, zorder=4)


def frame(ax, positions, title, margin=0.45):
    """Equal aspect, no axes, limits around the nodes, title below the panel."""
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    ax.set_xlim(min(xs) - margin, max(xs) + margin)
    ax.set_ylim(min(ys) - margin, max(ys) + margin)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(title)
