"""Problem 10.10: receptive field after three convolutions with kernel size seven."""
from solutions.common import conv

KERNEL, LAYERS = 7, 3


def solve():
    return {"kernel": KERNEL}


def solve_instructor():
    sizes = conv.receptive_fields([(KERNEL, 1, 1)] * LAYERS)
    return {"sizes": sizes, "growth": KERNEL - 1,
            "receptive_field": sizes[-1]}
