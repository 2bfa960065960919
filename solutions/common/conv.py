"""Shared helpers for chapter 10: convolution weight matrices, equations and receptive fields.

Conventions of the book (figures 10.2-10.4): positions are numbered from 1, the input is zero
padded, an output computed with stride s is centred on inputs 1, 1+s, 1+2s, ... (figure 10.3a-b),
and the weight matrix Omega of figure 10.4d has one row per output and one column per input
(h = a[beta + Omega x]).
"""
import numpy as np
import sympy as sp

i = sp.Symbol("i", integer=True)
x = sp.IndexedBase("x")
z = sp.IndexedBase("z")


def offsets(kernel, dilation=1):
    """Offsets of the kernel taps from the centre, e.g. [-1, 0, 1] for kernel size three."""
    half = (kernel - 1) // 2
    return [dilation * (j - half) for j in range(kernel)]


def conv_matrix(n_in, kernel, stride=1, dilation=1, first_label=1):
    """Integer matrix of a zero-padded 1D convolution: entry k >= 1 means weight omega_k, 0 no weight."""
    centres = range(0, n_in, stride)
    matrix = np.zeros((len(centres), n_in), dtype=int)
    for row, centre in enumerate(centres):
        for j, offset in enumerate(offsets(kernel, dilation)):
            if 0 <= centre + offset < n_in:
                matrix[row, centre + offset] = first_label + j
    return matrix


def conv_matrix_2d(rows, cols, kernel=3):
    """Matrix of a zero-padded 2D convolution on a rows x cols grid (row-major order).

    Entry m * kernel + n + 1 stands for the kernel weight omega_{m+1, n+1} (equation 10.6).
    """
    matrix = np.zeros((rows * cols, rows * cols), dtype=int)
    for r in range(rows):
        for c in range(cols):
            for m, dm in enumerate(offsets(kernel)):
                for n, dn in enumerate(offsets(kernel)):
                    if 0 <= r + dm < rows and 0 <= c + dn < cols:
                        matrix[r * cols + c, (r + dm) * cols + c + dn] = m * kernel + n + 1
    return matrix


def weights(kernel, name=r"\omega"):
    return sp.symbols(f"{name}_1:{kernel + 1}")


def conv_sum(kernel, stride=1, dilation=1):
    """Right-hand side of z_i for output i (1-based), as a sum of weights times inputs."""
    centre = stride * (i - 1) + 1
    return sp.Add(*[w * x[centre + off] for w, off in zip(weights(kernel), offsets(kernel, dilation))],
                  evaluate=False)


def conv_index(kernel, stride=1, dilation=1):
    """Index of the input multiplied by omega_j in output z_i, as a function of i and j."""
    j = sp.Symbol("j", integer=True)
    half = sp.Integer((kernel - 1) // 2)
    return sp.expand(stride * (i - 1) + 1 + dilation * (j - 1 - half)), j


def receptive_fields(layers):
    """Receptive field size after each layer of (kernel, stride, dilation) triples."""
    size, jump, sizes = 1, 1, []
    for kernel, stride, dilation in layers:
        size += (kernel - 1) * dilation * jump
        jump *= stride
        sizes.append(size)
    return sizes


def draw_matrix(ax, matrix, row_labels, col_labels, cell_text=None, colors=None):
    """Draw an integer weight matrix in the style of figure 10.4d (same colour = same weight)."""
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    n_labels = int(matrix.max())
    palette = colors or [plt.get_cmap("tab20")(k % 20) for k in
                         (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)]
    cmap = ListedColormap(["white"] + [palette[k % len(palette)] for k in range(n_labels)])
    ax.imshow(matrix, cmap=cmap, vmin=-0.5, vmax=n_labels + 0.5, interpolation="nearest")
    rows, cols = matrix.shape
    ax.set_xticks(np.arange(cols), col_labels, fontsize=7)
    ax.set_yticks(np.arange(rows), row_labels, fontsize=7)
    ax.xaxis.tick_top()
    ax.set_xticks(np.arange(cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="0.6", linewidth=0.4)
    ax.tick_params(which="both", length=0)
    if cell_text:
        for (r, c), label in np.ndenumerate(matrix):
            if label:
                ax.text(c, r, cell_text[label], ha="center", va="center", fontsize=7)
