"""Problem 16.7: inverse of the leaky ReLU and the inverse absolute Jacobian determinant."""
import numpy as np

SLOPE = 0.1                         # the slope of LReLU for negative inputs
EXAMPLE_Z = np.array([0.7, -1.2, 2.0, -0.3, -0.8])


def lrelu(z):
    return np.where(z < 0, SLOPE * z, z)


def lrelu_inverse(x):
    return np.where(x < 0, x / SLOPE, x)


def inverse_abs_det(z):
    """|df/dz|^{-1} of the elementwise leaky ReLU: (1/slope) to the number of negative z_d."""
    return (1 / SLOPE) ** int(np.sum(z < 0))


def solve():
    return {"slope": SLOPE}


def solve_instructor():
    return {"inv_slope": 1 / SLOPE, "example_z": EXAMPLE_Z,
            "example_negatives": int(np.sum(EXAMPLE_Z < 0)),
            "example_inv_det": inverse_abs_det(EXAMPLE_Z)}
