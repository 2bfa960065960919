"""Problem 4.4: weight and bias sizes of a deep network with three hidden layers."""
INPUTS, OUTPUTS = 5, 4
HIDDEN = [20, 10, 7]


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "hidden": HIDDEN}


def solve_instructor():
    sizes = [INPUTS, *HIDDEN, OUTPUTS]
    layers = [{"index": k, "rows": sizes[k + 1], "cols": sizes[k]} for k in range(len(sizes) - 1)]
    return {"layers": layers, "parameters": sum(l["rows"] * (l["cols"] + 1) for l in layers)}
