"""Problem 4.5: depth and width of a deep network."""
INPUTS, OUTPUTS, LAYERS, UNITS = 5, 1, 20, 30


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "layers": LAYERS, "units": UNITS}


def solve_instructor():
    return {"depth": LAYERS, "width": UNITS, "total_hidden_units": LAYERS * UNITS}
