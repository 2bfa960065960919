"""Problem 11.5: forward and backward passes of batch normalization for a batch of scalars."""
import inspect

import numpy as np
import sympy as sp

# A batch of I = 6 scalar pre-activations and the batch normalization parameters.
Z = np.array([0.9, -1.3, 2.4, 0.2, -0.4, 1.1])
GAMMA, DELTA, EPSILON = 1.5, -0.2, 1e-5


def forward(z, gamma, delta, epsilon):
    """Forward pass of figure 11.15: z' and what the backward pass needs."""
    f1 = np.mean(z)
    f2 = z - f1
    f3 = f2 ** 2
    f4 = np.mean(f3)
    f5 = np.sqrt(f4 + epsilon)
    f6 = 1 / f5
    f7 = f2 * f6
    z_prime = f7 * gamma + delta
    return z_prime, (f2, f5, f6, gamma)


def backward(dl_dz_prime, stored):
    """Backward pass: from every dL/dz'_i to every dL/dz_i."""
    f2, f5, f6, gamma = stored
    batch = len(f2)
    dl_df7 = gamma * dl_dz_prime
    dl_df6 = np.sum(dl_df7 * f2)
    dl_df5 = -dl_df6 / f5 ** 2
    dl_df4 = dl_df5 / (2 * f5)
    dl_df3 = np.full(batch, dl_df4 / batch)
    dl_df2 = dl_df7 * f6 + dl_df3 * 2 * f2
    dl_df1 = -np.sum(dl_df2)
    dl_dz = dl_df2 + dl_df1 / batch
    return dl_dz


def diagonal(z, gamma, delta, epsilon):
    """dz'_i/dz_i for every i: backward pass from dL/dz' = e_i."""
    _, stored = forward(z, gamma, delta, epsilon)
    unit = np.eye(len(z))
    return np.array([backward(unit[i], stored)[i] for i in range(len(z))])


# Symbols of the computational graph (one element i of the batch, batch size I).
z_i, f1, f2i, f3i, f4, f5, f6, f7i = sp.symbols("z_i f_1 f_{2i} f_{3i} f_4 f_5 f_6 f_{7i}")
gamma, delta, epsilon = sp.symbols(r"\gamma \delta \epsilon")
I = sp.Symbol("I", positive=True, integer=True)
others = sp.Symbol("S")     # the sum of the other I-1 terms of a batch mean


def local_derivatives():
    """Derivative of each node of the graph with respect to each of its inputs."""
    return {"dzp_df7": sp.diff(f7i * gamma + delta, f7i),
            "df7_df6": sp.diff(f2i * f6, f6),
            "df7_df2": sp.diff(f2i * f6, f2i),
            "df6_df5": sp.diff(1 / f5, f5),
            "df5_df4": sp.diff(sp.sqrt(f4 + epsilon), f4).subs(sp.sqrt(f4 + epsilon), f5),
            "df4_df3": sp.diff((f3i + others) / I, f3i),
            "df3_df2": sp.diff(f2i ** 2, f2i),
            "df2_df1": sp.diff(z_i - f1, f1),
            "df2_dz": sp.diff(z_i - f1, z_i),
            "df1_dz": sp.diff((z_i + others) / I, z_i)}


def diagonal_closed_form():
    """dz'_i/dz_i: the backward recursion with dL/dz'_j = 1 for j = i and 0 otherwise.

    The deviations f_2j sum to zero over the batch, so the sum over j of 2 f_2j dL/df_3j
    vanishes in dL/df_1.
    """
    d = local_derivatives()
    g7 = d["dzp_df7"]                          # only element i receives a gradient
    g6 = g7 * d["df7_df6"]
    g5 = g6 * d["df6_df5"]
    g4 = g5 * d["df5_df4"]
    g3 = g4 * d["df4_df3"]                     # the same for every j
    g2 = g7 * d["df7_df2"] + g3 * d["df3_df2"]
    g1 = d["df2_df1"] * g7 * d["df7_df2"]      # -sum_j dL/df_2j, the f_3 terms cancel
    gz = g2 * d["df2_dz"] + g1 * d["df1_dz"]
    return sp.factor(sp.simplify(gz.subs(f6, 1 / f5)))


def solve():
    z_prime, _ = forward(Z, GAMMA, DELTA, EPSILON)
    slopes = diagonal(Z, GAMMA, DELTA, EPSILON)
    return {"gamma": GAMMA, "delta": DELTA, "epsilon": EPSILON, "batch_size": len(Z),
            "rows": [[i + 1, float(a), float(b), float(c)]
                     for i, (a, b, c) in enumerate(zip(Z, z_prime, slopes))],
            "local": local_derivatives(), "diagonal_formula": diagonal_closed_form(),
            "code_forward": inspect.getsource(forward),
            "code_backward": inspect.getsource(backward),
            "code_diagonal": inspect.getsource(diagonal)}
