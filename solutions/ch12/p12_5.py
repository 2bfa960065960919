"""Problem 12.5: cost of multi-head self-attention with head dimension D/H versus D.

Multiply-adds for N inputs of dimension D and H heads whose queries, keys and values have
dimension d (biases and softmax exponentials are lower order and not counted).
"""
import sympy as sp

N, D, H, d = sp.symbols("N D H d", positive=True, integer=True)


def costs(head_dim):
    return {"projections": 3 * H * head_dim * D * N,       # Omega_q, Omega_k, Omega_v per head
            "scores": H * N * N * head_dim,                # K^T Q per head
            "weighted_sums": H * N * N * head_dim,         # V Softmax[.] per head
            "output": D * H * head_dim * N}                # Omega_c on the stacked heads


def solve():
    small = {k: sp.simplify(v) for k, v in costs(D / H).items()}
    full = {k: sp.simplify(v) for k, v in costs(D).items()}
    total_small = sp.expand(sum(small.values()))
    total_full = sp.expand(sum(full.values()))
    return {"general": costs(d),
            "total_general": sp.factor(sum(costs(d).values())),
            "total_small": total_small, "total_full": sp.factor(total_full),
            "ratio": sp.simplify(total_full / total_small),
            "single_head": sp.expand(sum(costs(D).values()).subs(H, 1))}
