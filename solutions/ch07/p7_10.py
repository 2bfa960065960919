"""Problem 7.10: backward pass of a network with leaky ReLU activations."""
import numpy as np
import sympy as sp

ALPHA_TYPICAL = 0.1
z, alpha = sp.symbols(r"z \alpha", real=True)


def leaky_relu(values, slope):
    return np.where(values >= 0, values, slope * values)


def forward(weights, biases, x, slope):
    """Pre-activations f_0..f_K and activations h_1..h_K (h_0 = x) of equation 7.24 of the book."""
    fs, hs = [], [x]
    for k, (omega, beta) in enumerate(zip(weights, biases)):
        fs.append(beta + omega @ hs[-1])
        if k < len(weights) - 1:
            hs.append(leaky_relu(fs[-1], slope))
    return fs, hs


def backward(weights, fs, hs, dl_df_last, slope):
    """The backward pass of the answer: derivatives of the loss for every beta_k and Omega_k."""
    dl_df = dl_df_last
    dl_dbeta, dl_domega = [None] * len(weights), [None] * len(weights)
    for k in range(len(weights) - 1, -1, -1):
        dl_dbeta[k] = dl_df
        dl_domega[k] = dl_df @ hs[k].T
        if k > 0:
            back = weights[k].T @ dl_df
            dl_df = (fs[k - 1] > 0) * back + (fs[k - 1] < 0) * slope * back
    return dl_dbeta, dl_domega


def solve():
    activation = sp.Piecewise((alpha * z, z < 0), (z, True))
    return {"alpha_typical": ALPHA_TYPICAL, "activation": activation,
            "slope": sp.diff(activation, z)}
