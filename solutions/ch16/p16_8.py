"""Problem 16.8: Jacobian of the piecewise linear flow of equation 16.12 applied elementwise."""
import numpy as np

from solutions.ch16 import p16_9

K, PHI = p16_9.K, p16_9.PHI           # the bins and weights of problem 16.9, as an example
EXAMPLE_H = np.array([0.1, 0.5, 0.9])


def bin_index(h):
    """b = floor(Kh) + 1, the (1-based) bin of h; h = 1 belongs to the last bin."""
    return np.clip(np.floor(K * np.asarray(h, dtype=float)).astype(int) + 1, 1, K)


def flow(h):
    """Equation 16.12: f[h, phi] = sum_{k<b} phi_k + (hK - b + 1) phi_b."""
    b = bin_index(h)
    cumulative = np.concatenate([[0.0], np.cumsum(PHI)])
    return cumulative[b - 1] + (np.asarray(h) * K - b + 1) * PHI[b - 1]


def jacobian(h):
    """Diagonal matrix with elements K phi_{b_d}."""
    return np.diag(K * PHI[bin_index(h) - 1])


def solve():
    jac = jacobian(EXAMPLE_H)
    return {"K": K, "example_h": EXAMPLE_H, "example_bins": bin_index(EXAMPLE_H),
            "example_jacobian": jac, "example_det": float(np.prod(np.diag(jac)))}
