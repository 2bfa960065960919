"""Problem 6.9: the number of epochs of a run of stochastic gradient descent."""
from fractions import Fraction

ITERATIONS, DATASET_SIZE, BATCH_SIZE = 1000, 100, 20


def solve():
    return {"iterations": ITERATIONS, "dataset_size": DATASET_SIZE, "batch_size": BATCH_SIZE}


def solve_instructor():
    batches_per_epoch = Fraction(DATASET_SIZE, BATCH_SIZE)
    epochs = Fraction(ITERATIONS) / batches_per_epoch
    assert epochs.denominator == 1 and batches_per_epoch.denominator == 1
    return {"batches_per_epoch": int(batches_per_epoch), "epochs": int(epochs)}
