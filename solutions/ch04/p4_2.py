"""Problem 4.2: hyperparameters of textbook figure 4.6."""
INPUTS, OUTPUTS = 3, 2          # D_i and D_o, fixed by the data
HIDDEN = [4, 2, 3]              # D_1, D_2, D_3


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "layers": len(HIDDEN), "hidden": HIDDEN,
            "count": 1 + len(HIDDEN)}
