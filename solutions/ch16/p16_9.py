"""Problem 16.9: the elementwise flow built from square roots in K equal bins, and its inverse."""
import numpy as np

K = 5
PHI = np.array([0.1, 0.2, 0.5, 0.1, 0.1])
# Output at the right edge of bins 1..K (and 0 at h = 0): sums of sqrt(phi_k).
KNOTS = np.concatenate([[0.0], np.cumsum(np.sqrt(PHI))])


def forward(h):
    """h' = sqrt([Kh - b + 1] phi_b) + sum_{k<b} sqrt(phi_k), b = floor(Kh) + 1."""
    h = np.asarray(h, dtype=float)
    b = np.clip(np.floor(K * h).astype(int) + 1, 1, K)     # h = 1 belongs to the last bin
    return np.sqrt((K * h - b + 1) * PHI[b - 1]) + KNOTS[b - 1]


def inverse(h_prime):
    """h = (b - 1 + (h' - S_{b-1})^2 / phi_b) / K in the bin b whose outputs contain h'."""
    h_prime = np.asarray(h_prime, dtype=float)
    b = np.clip(np.searchsorted(KNOTS, h_prime, side="right"), 1, K)
    return (b - 1 + (h_prime - KNOTS[b - 1]) ** 2 / PHI[b - 1]) / K


def solve():
    return {"K": K, "phi_items": [[k, float(value)] for k, value in enumerate(PHI, start=1)],
            "knots": [f"{value:.3g}" for value in KNOTS],     # printed to 3 significant digits
            "output_max": KNOTS[-1]}
