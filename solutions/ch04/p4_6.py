"""Problem 4.6: does one more layer or one more unit per layer add more weights?"""
from solutions.ch04 import p4_10

INPUTS, OUTPUTS, LAYERS, UNITS = 1, 1, 10, 10


def weights(layers, width):
    """Weights only (no biases): input -> h_1, K-1 hidden-to-hidden matrices, h_K -> output."""
    return INPUTS * width + (layers - 1) * width * width + width * OUTPUTS


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "layers": LAYERS, "units": UNITS}


def solve_instructor():
    base = weights(LAYERS, UNITS)
    deeper, wider = weights(LAYERS + 1, UNITS), weights(LAYERS, UNITS + 1)
    params = p4_10.count(LAYERS, UNITS)
    return {"weights": base, "weights_deeper": deeper, "weights_wider": wider,
            "gain_deeper": deeper - base, "gain_wider": wider - base,
            "params": params, "params_deeper": p4_10.count(LAYERS + 1, UNITS),
            "params_wider": p4_10.count(LAYERS, UNITS + 1),
            "param_gain_deeper": p4_10.count(LAYERS + 1, UNITS) - params,
            "param_gain_wider": p4_10.count(LAYERS, UNITS + 1) - params}
