"""Problem 20.1: how many quantized ImageNet inputs are there per training example?

The image size (224 x 224 x 3), the ten bins and the 10^7 training examples are those of the
problem statement (the book's problem 20.1); they are rendered into the statement from here.
"""
HEIGHT, WIDTH, CHANNELS = 224, 224, 3
BINS = 10
TRAIN_EXPONENT = 7          # about 10^7 training examples


BASE = 10                   # counts are written as powers of ten


def solve():
    return {"height": HEIGHT, "width": WIDTH, "channels": CHANNELS, "bins": BINS,
            "train_exponent": TRAIN_EXPONENT, "base": BASE}


def solve_instructor():
    n_values = HEIGHT * WIDTH * CHANNELS
    # BINS ** n_values is a power of BASE because BINS is ten; keep the exponents.
    assert BINS == BASE
    inputs_exponent = n_values
    return {"n_values": n_values, "inputs_exponent": inputs_exponent,
            "per_example_exponent": inputs_exponent - TRAIN_EXPONENT}
