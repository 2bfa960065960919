"""Problem 8.4: double descent when the training set grows to the number of parameters."""
N_INPUT, N_HIDDEN_LAYERS, N_OUTPUT = 40, 2, 10  # MNIST-1D network of figure 8.10
HIDDEN = 200
N_TRAIN = 10_000


def n_parameters(width, d_in=N_INPUT, d_out=N_OUTPUT, layers=N_HIDDEN_LAYERS):
    sizes = [d_in] + [width] * layers + [d_out]
    return sum((a + 1) * b for a, b in zip(sizes[:-1], sizes[1:]))


def solve():
    return {"hidden": HIDDEN, "n_params": n_parameters(HIDDEN), "n_train": N_TRAIN}


def solve_instructor():
    params = n_parameters(HIDDEN)
    return {"n_input": N_INPUT, "n_output": N_OUTPUT, "ratio_before": params / N_TRAIN,
            "layer_counts": [(a + 1) * b for a, b in zip([N_INPUT, HIDDEN, HIDDEN], [HIDDEN, HIDDEN, N_OUTPUT])]}
