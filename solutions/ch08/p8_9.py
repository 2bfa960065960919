"""Problem 8.9: distances of standard normal samples from the origin follow a chi distribution."""
import functools
import math

import numpy as np

DIMENSIONS = [25, 100, 500]
N_SAMPLES, SEED = 5000, 9


def solve():
    return {"dims": DIMENSIONS}


@functools.lru_cache(maxsize=1)
def distances():
    rng = np.random.default_rng(SEED)
    return {d: np.linalg.norm(rng.standard_normal((N_SAMPLES, d)), axis=1) for d in DIMENSIONS}


def chi_pdf(r, d):
    """Density of the chi distribution with d degrees of freedom."""
    log_pdf = (d - 1) * np.log(r) - r ** 2 / 2 - (d / 2 - 1) * math.log(2) - math.lgamma(d / 2)
    return np.exp(log_pdf)


def chi_mean(d):
    return math.sqrt(2) * math.exp(math.lgamma((d + 1) / 2) - math.lgamma(d / 2))


def solve_instructor():
    rows = []
    for d, r in distances().items():
        mean = chi_mean(d)
        rows.append({"D": d, "mean": float(r.mean()), "sd": float(r.std()), "chi_mean": mean,
                     "chi_sd": math.sqrt(d - mean ** 2), "sqrt_d": math.sqrt(d)})
    return {"rows": rows, "n_samples": N_SAMPLES, "seed": SEED, "limit_sd": 1 / math.sqrt(2)}
