"""Problem 8.2: first-layer weights and biases giving the hidden unit responses of figure 8.4b-d."""
import numpy as np
import sympy as sp

N_HIDDEN = 3
# Vertices (x, activation) of the three responses drawn in figure 8.4b-d of the book, read from its
# vector figure (PerfModel.pdf; pdftocairo -svg) and mapped through the axis ticks (x: 0 and 1,
# activation: -1, 0 and 1), rounded to two decimals.
FIGURE_RESPONSES = {1: [(0.0, 0.0), (1.0, 0.99)],
                    2: [(0.0, 0.01), (0.33, 0.0), (1.0, 0.65)],
                    3: [(0.0, 0.0), (0.66, 0.0), (1.0, 0.33)]}
# Read from them: hidden unit k is ReLU[theta_k0 + theta_k1 x] with its joint at (k-1)/3 (the dotted
# lines of panels c and d) and slope one on [0, 1].
JOINTS = [sp.Rational(k, N_HIDDEN) for k in range(N_HIDDEN)]
SLOPES = [sp.Integer(1)] * N_HIDDEN


def first_layer():
    """(bias theta_k0, weight theta_k1) of each hidden unit: joint where theta_k0 + theta_k1 x = 0."""
    return [(-s * j, s) for j, s in zip(JOINTS, SLOPES)]


def hidden(x):
    """Responses of the three hidden units at inputs x (numpy)."""
    return np.stack([np.maximum(0.0, float(b) + float(w) * x) for b, w in first_layer()], axis=-1)


def solve():
    return {"rows": [{"k": k + 1, "bias": b, "weight": w, "joint": j}
                     for k, ((b, w), j) in enumerate(zip(first_layer(), JOINTS))]}
