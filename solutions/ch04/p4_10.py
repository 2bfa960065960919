"""Problem 4.10: parameters of a deep network with one input, one output and K layers of D units."""
import sympy as sp

K, D = sp.symbols("K D", positive=True, integer=True)


def layer_counts():
    """Weights and biases layer by layer: input -> h_1, h_k -> h_{k+1} (K-1 times), h_K -> output."""
    return {"first_weights": D, "first_biases": D,
            "hidden_weights": (K - 1) * D ** 2, "hidden_biases": (K - 1) * D,
            "output_weights": D, "output_biases": 1}


def count(layers, width):
    return int(solve()["total"].subs({K: layers, D: width}))


def solve():
    parts = layer_counts()
    total = sp.Add(*parts.values())
    book = 3 * D + 1 + (K - 1) * D * (D + 1)
    return {**parts, "total": sp.factor_terms(sp.expand(total)), "book": book,
            "difference": sp.expand(total - book)}
