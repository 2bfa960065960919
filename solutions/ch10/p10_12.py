"""Problem 10.12: number of epochs of the MNIST-1D training run of figure 10.7."""
LEARNING_RATE, BATCH_SIZE, DATASET_SIZE, STEPS = 0.01, 100, 4000, 100000


def solve():
    return {"learning_rate": LEARNING_RATE, "batch_size": BATCH_SIZE, "dataset_size": DATASET_SIZE,
            "steps": STEPS}


def solve_instructor():
    batches_per_epoch = DATASET_SIZE // BATCH_SIZE
    return {"batches_per_epoch": batches_per_epoch,
            "examples": STEPS * BATCH_SIZE, "epochs": STEPS * BATCH_SIZE / DATASET_SIZE}
