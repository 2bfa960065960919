"""Problem 4.2: hyperparameters of figure 4.6 of the book."""
# Figure 4.6 of the book (DeepKLayer.pdf of the book's figures) labels its layers
# D_i = 3, D_1 = 4, D_2 = 2, D_3 = 3 and D_o = 2.
INPUTS, OUTPUTS = 3, 2          # D_i and D_o, fixed by the data
HIDDEN = [4, 2, 3]              # D_1, D_2, D_3


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "layers": len(HIDDEN), "hidden_numbered": [[k + 1, d] for k, d in enumerate(HIDDEN)],
            "count": 1 + len(HIDDEN)}
