"""Problem 4.11: a shallow and a deep network with the same number of parameters."""
from math import comb

from solutions.ch04 import p4_10

SHALLOW_D = 95
DEEP_K, DEEP_D = 10, 5
INPUTS = 1


def max_regions_deep(inputs, layers, width):
    """Equation 4.17: (D/D_i + 1)^(D_i (K-1)) * sum_{j=0}^{D_i} C(D, j)."""
    return (width // inputs + 1) ** (inputs * (layers - 1)) * sum(
        comb(width, j) for j in range(inputs + 1))


def solve():
    return {"formula": p4_10.solve()["book"], "shallow_k": 1, "inputs": INPUTS,
            "deep_k_minus_1": DEEP_K - 1, "deep_d_plus_1": DEEP_D + 1,
            "shallow_d": SHALLOW_D, "deep_k": DEEP_K, "deep_d": DEEP_D,
            "shallow_params": p4_10.count(1, SHALLOW_D),
            "deep_params": p4_10.count(DEEP_K, DEEP_D),
            "deep_first": 3 * DEEP_D + 1,
            "shallow_regions": SHALLOW_D + 1, "shallow_joints": SHALLOW_D,
            "deep_base": DEEP_D // INPUTS + 1, "deep_exponent": INPUTS * (DEEP_K - 1),
            "deep_sum": sum(comb(DEEP_D, j) for j in range(INPUTS + 1)),
            "deep_regions": max_regions_deep(INPUTS, DEEP_K, DEEP_D)}
