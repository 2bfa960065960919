"""Problem 10.19: He initialization of a 3x3 convolution between C_1 and C_2 channels."""
import sympy as sp

SIZE, KERNEL = 224, 3
C1, C2 = sp.symbols("C_1 C_2", positive=True, integer=True)


def fan_in(in_channels, kernel=KERNEL):
    """Number of weights that contribute to each hidden unit."""
    return in_channels * kernel * kernel


def solve():
    return {"size": SIZE, "kernel": KERNEL, "fan_in": fan_in(C1),
            "variance": 2 / fan_in(C1), "std": sp.sqrt(2 / fan_in(C1))}
