"""Problem 11.6: parameters of a deep fully connected network, with and without batch norm."""
INPUTS, OUTPUTS, HIDDEN_LAYERS, HIDDEN_UNITS = 1, 1, 10, 20


def layer_sizes():
    return [INPUTS] + [HIDDEN_UNITS] * HIDDEN_LAYERS + [OUTPUTS]


def solve():
    return {"hidden_layers": HIDDEN_LAYERS, "hidden_units": HIDDEN_UNITS}


def solve_instructor():
    sizes = layer_sizes()
    weights = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    biases = sum(sizes[1:])
    # One batch normalization per hidden layer (between its linear map and its ReLU),
    # each with a scale gamma and an offset delta for every hidden unit.
    batchnorm = 2 * HIDDEN_LAYERS * HIDDEN_UNITS
    return {"first_weights": INPUTS * HIDDEN_UNITS, "middle_weights": HIDDEN_UNITS ** 2,
            "middle_count": HIDDEN_LAYERS - 1, "last_weights": HIDDEN_UNITS * OUTPUTS,
            "weights": weights, "biases": biases, "total": weights + biases,
            "batchnorm_parameters": batchnorm, "batchnorm_total": weights + biases + batchnorm,
            "redundant_biases": HIDDEN_LAYERS * HIDDEN_UNITS,
            "batchnorm_total_without_biases": weights + biases + batchnorm
            - HIDDEN_LAYERS * HIDDEN_UNITS}
