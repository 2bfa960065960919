"""Problem 10.8: weights and biases of two 1D convolutional layers."""
from solutions.common import conv

INPUT_CHANNELS = 3
LAYERS = [{"kernel": 3, "channels": 4}, {"kernel": 5, "channels": 10}]


def counts():
    rows, c_in = [], INPUT_CHANNELS
    for spec in LAYERS:
        rows.append({"c_in": c_in, "c_out": spec["channels"], "kernel": spec["kernel"],
                     "weights": c_in * spec["channels"] * spec["kernel"], "biases": spec["channels"]})
        c_in = spec["channels"]
    return rows


def solve():
    return {"layers": [{"c_in": r["c_in"], "c_out": r["c_out"], "kernel": r["kernel"]}
                       for r in counts()]}


def solve_instructor():
    return {"counts": counts()}
