"""Problem 13.10: graph attention built from dot-product self-attention (figure 13.3).

Queries, keys and values are linear transformations of the node embeddings (as in
equations 12.2 and 12.4 of the book); the attention matrix is the softmax of the scaled dot
products, masked by A + I as in equation 13.24 so that a node only attends to itself and
its neighbors. The example graph is that of figure 13.4 of the book.
"""
import numpy as np

from solutions.ch13 import p13_4

D = 4
SEED = 13


def softmask(S, mask):
    """Softmax of each column of S over the entries where mask is non-zero (others are zero)."""
    S = np.where(mask > 0, S, -np.inf)
    S = S - S.max(axis=0, keepdims=True)
    E = np.exp(S)
    return E / E.sum(axis=0, keepdims=True)


def parameters(d=D, seed=SEED):
    """Biases and weights of the queries, keys and values."""
    rng = np.random.default_rng(seed)
    return {name: (rng.normal(size=(d, 1)), rng.normal(size=(d, d))) for name in "qkv"}


def graph_dot_product_attention(H, A, params):
    """One layer: H' = ReLU[V Softmask[K^T Q / sqrt(D_q), A + I]]; also returns its parts."""
    (beta_q, omega_q), (beta_k, omega_k), (beta_v, omega_v) = (params[c] for c in "qkv")
    Q, K, V = beta_q + omega_q @ H, beta_k + omega_k @ H, beta_v + omega_v @ H
    S = K.T @ Q / np.sqrt(Q.shape[0])
    mask = A + np.eye(len(A))
    attention = softmask(S, mask)
    return np.maximum(V @ attention, 0), {"Q": Q, "K": K, "V": V, "S": S, "mask": mask,
                                          "attention": attention}


def example():
    """The layer applied to random embeddings on the graph of figure 13.4 of the book."""
    A = p13_4.A_BOOK
    H = np.random.default_rng(SEED + 1).normal(size=(D, len(A)))
    output, parts = graph_dot_product_attention(H, A, parameters())
    return H, A, output, parts


def solve():
    H, A, output, parts = example()
    return {"n_nodes": len(A), "n_edges": int(A.sum() // 2),
            "n_nonzero": int(np.count_nonzero(parts["attention"] > 0))}
