"""Problem 8.6: two samples of a 1000-dimensional standard normal are almost orthogonal."""
import functools
import math

import numpy as np

DIMENSION, N_PAIRS, SEED = 1000, 20_000, 6
TOLERANCE_DEGREES = 10.0


def solve():
    return {"dimension": DIMENSION}


@functools.lru_cache(maxsize=1)
def angles():
    rng = np.random.default_rng(SEED)
    a = rng.standard_normal((N_PAIRS, DIMENSION), dtype=np.float32)
    b = rng.standard_normal((N_PAIRS, DIMENSION), dtype=np.float32)
    cosine = np.sum(a * b, axis=1, dtype=np.float64) / (
        np.linalg.norm(a, axis=1).astype(np.float64) * np.linalg.norm(b, axis=1).astype(np.float64))
    return np.degrees(np.arccos(cosine))


def solve_instructor():
    theta = angles()
    sd_cos = 1 / math.sqrt(DIMENSION)
    # Chebyshev: Pr(|cos| >= c) <= Var[cos] / c^2 with Var[cos] = 1/D.
    c = math.sin(math.radians(TOLERANCE_DEGREES))
    return {"n_pairs": N_PAIRS, "seed": SEED, "mean_angle": float(theta.mean()),
            "sd_angle": float(theta.std()), "min_angle": float(theta.min()),
            "max_angle": float(theta.max()), "sd_cos": sd_cos,
            "sd_angle_theory": math.degrees(sd_cos), "tolerance": TOLERANCE_DEGREES,
            "cos_tolerance": c, "chebyshev": 1 / (DIMENSION * c ** 2),
            "n_sd": c / sd_cos, "right_angle": 90}
