"""Figure 13.3: graph attention from dot-product self-attention (answer to problem 13.10).

Drawn in the style of figure 13.12 of the book: each matrix is a grid of colored cells (the
example values of solutions/ch13/p13_10.py), arrows show the computation.
"""
import matplotlib.pyplot as plt
from matplotlib.patches import ConnectionPatch

from solutions.ch13 import p13_10
from figures_src.common import style

CELL = 0.022          # side of one matrix cell as a fraction of the figure width
ASPECT = 6.4 / 3.6    # figure width / height


def _matrix(fig, data, left, bottom, title, cmap="RdBu_r", where="above"):
    """Axes showing `data` as colored cells, lower left corner at (left, bottom)."""
    rows, cols = data.shape
    ax = fig.add_axes([left, bottom, cols * CELL, rows * CELL * ASPECT])
    limit = abs(data).max() or 1.0
    if cmap == "Greys":
        ax.imshow(data, cmap=cmap, vmin=0, vmax=1.3 * data.max(), aspect="auto")
    else:
        ax.imshow(data, cmap=cmap, vmin=-limit, vmax=limit, aspect="auto")
    ax.set_xticks([])
    ax.set_yticks([])
    if where == "above":
        ax.set_title(title, pad=3)
    else:
        ax.set_xlabel(title, fontsize=style.SIZE["text"], labelpad=3)
    return ax


def _arrow(fig, start, end, text=None):
    """Arrow from (axes, (x, y)) to (axes, (x, y)) in axes-fraction coordinates."""
    (ax_a, xy_a), (ax_b, xy_b) = start, end
    fig.add_artist(ConnectionPatch(xy_a, xy_b, "axes fraction", "axes fraction", axesA=ax_a,
                                   axesB=ax_b, arrowstyle="-|>", color="0.3", lw=0.9,
                                   mutation_scale=8))


def draw():
    H, A, output, parts = p13_10.example()
    fig = plt.figure(figsize=style.figsize(1, 0.562))
    n, d = H.shape[1], H.shape[0]
    h_ax = _matrix(fig, H, 0.01, 0.42, "$\\mathbf{H}$")
    q_ax = _matrix(fig, parts["Q"], 0.22, 0.72, "$\\mathbf{Q}=\\mathbf{\\beta}_q\\mathbf{1}^T"
                   "+\\mathbf{\\Omega}_q\\mathbf{H}$")
    k_ax = _matrix(fig, parts["K"], 0.22, 0.42, "$\\mathbf{K}=\\mathbf{\\beta}_k\\mathbf{1}^T"
                   "+\\mathbf{\\Omega}_k\\mathbf{H}$")
    v_ax = _matrix(fig, parts["V"], 0.22, 0.08, "$\\mathbf{V}=\\mathbf{\\beta}_v\\mathbf{1}^T"
                   "+\\mathbf{\\Omega}_v\\mathbf{H}$", where="below")
    s_ax = _matrix(fig, parts["S"], 0.50, 0.62, "$\\mathbf{S}=\\mathbf{K}^T\\mathbf{Q}/\\sqrt{D_q}$")
    m_ax = _matrix(fig, parts["mask"], 0.50, 0.27, "$\\mathbf{A}+\\mathbf{I}$", cmap="Greys",
                   where="below")
    a_ax = _matrix(fig, parts["attention"], 0.76, 0.62, "Softmask$[\\mathbf{S},\\mathbf{A}+\\mathbf{I}]$",
                   cmap="Greys")
    o_ax = _matrix(fig, output, 0.76, 0.08, "$\\mathbf{H}'=\\mathrm{a}[\\mathbf{V}\\cdot"
                   "\\mathrm{Softmask}]$", where="below")
    for target in (q_ax, k_ax, v_ax):
        _arrow(fig, (h_ax, (1.0, 0.5)), (target, (0.0, 0.5)))
    _arrow(fig, (q_ax, (1.0, 0.5)), (s_ax, (0.0, 0.8)))
    _arrow(fig, (k_ax, (1.0, 0.5)), (s_ax, (0.0, 0.2)))
    _arrow(fig, (s_ax, (1.0, 0.5)), (a_ax, (0.0, 0.5)))
    _arrow(fig, (m_ax, (1.0, 0.95)), (a_ax, (0.0, 0.05)))
    _arrow(fig, (a_ax, (0.5, 0.0)), (o_ax, (0.55, 1.0)))
    _arrow(fig, (v_ax, (1.0, 0.5)), (o_ax, (0.0, 0.5)))
    fig.text(0.01, 0.35, f"$D={d}$, $N={n}$", fontsize=style.SIZE["small"])
    return fig
