"""Problem 10.14: weights and biases of a 2D convolutional layer."""
KERNEL, C_IN, C_OUT = 5, 3, 10


def solve():
    return {"kernel": KERNEL, "c_in": C_IN, "c_out": C_OUT}


def solve_instructor():
    return {"weights": C_IN * C_OUT * KERNEL * KERNEL, "biases": C_OUT}
