"""Problem 12.1: parameter and attention-weight counts of self-attention versus a dense layer."""
import sympy as sp

N, D = sp.symbols("N D", positive=True, integer=True)


def solve():
    per_projection = D * D + D                 # Omega (D x D) and beta (D) for one of q, k, v
    return {"qkv": sp.factor(3 * per_projection),
            "qkv_expanded": sp.expand(3 * per_projection),
            "attention_weights": N ** 2,
            "dense": sp.expand((D * N) ** 2 + D * N),
            "example_N": 100, "example_D": 512,
            "example_qkv": int((3 * per_projection).subs({D: 512})),
            "example_dense": int(((D * N) ** 2 + D * N).subs({D: 512, N: 100}))}
