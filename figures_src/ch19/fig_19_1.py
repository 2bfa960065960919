"""Figure 19.1: state values and policy of the penguin grid world after each iteration (problem 19.3)."""
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

from solutions.ch19 import p19_3
from figures_src.common import style

ARROW = {"up": (0, 0.22), "right": (0.22, 0), "down": (0, -0.22), "left": (-0.22, 0)}


def _panel(ax, values, policy, title):
    rows, cols = p19_3.ROWS, p19_3.COLS
    for state in range(rows * cols):
        row, col = divmod(state, cols)
        x, y = col, rows - 1 - row
        color = style.LIGHT_BLUE if state in p19_3.HOLES else (style.LIGHT_ORANGE if state == p19_3.FISH else "white")
        ax.add_patch(Rectangle((x, y), 1, 1, facecolor=color, edgecolor="0.4", linewidth=0.8))
        ax.text(x + 0.06, y + 0.94, str(state + 1), fontsize=style.SIZE["small"], va="top", ha="left", color="0.35")
        if state in p19_3.HOLES:
            ax.text(x + 0.94, y + 0.94, "hole", fontsize=style.SIZE["small"], va="top", ha="right", color="0.2")
        if state == p19_3.FISH:
            ax.text(x + 0.94, y + 0.94, "fish", fontsize=style.SIZE["small"], va="top", ha="right", color="0.2")
        else:
            dx, dy = ARROW[policy[row][col]]
            ax.annotate("", xy=(x + 0.5 + dx, y + 0.6 + dy), xytext=(x + 0.5 - dx, y + 0.6 - dy),
                        arrowprops=dict(arrowstyle="-|>", color="0.15", lw=1.0))
        ax.text(x + 0.5, y + 0.12, f"${values[row][col]:.2f}$", fontsize=style.SIZE["small"], ha="center",
                color=style.VERMILION)
    ax.set(xlim=(0, cols), ylim=(0, rows), aspect="equal", title=title)
    ax.axis("off")


def draw():
    (v1, p1), (v2, p2) = p19_3.iterate()
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.9, 0.517))
    _panel(axes[0], p19_3.value_grid(v1), p19_3.policy_grid(p1), "a) After one iteration")
    _panel(axes[1], p19_3.value_grid(v2), p19_3.policy_grid(p2), "b) After two iterations")
    fig.tight_layout()
    return fig
