"""Problem 16.5: mean and covariance of x = A z + b, checked by Monte Carlo on a non-normal z."""
import numpy as np

A = np.array([[1.0, 2.0], [-1.0, 1.0]])
B = np.array([0.5, -1.0])
SAMPLES = 100_000


def sample_z(rng, n):
    """z_1 ~ Uniform[0, 2] and z_2 ~ Exponential(1), independent: mean [1, 1], covariance diag(1/3, 1)."""
    return np.stack([rng.uniform(0, 2, n), rng.exponential(1.0, n)], axis=1)


MU = np.array([1.0, 1.0])
SIGMA = np.diag([1 / 3, 1.0])


def solve():
    x = sample_z(np.random.default_rng(165), SAMPLES) @ A.T + B
    return {"A": A, "b": B, "mu": MU, "Sigma": SIGMA, "samples": SAMPLES,
            "mean_x": A @ MU + B, "cov_x": A @ SIGMA @ A.T,
            "mc_mean": x.mean(axis=0), "mc_cov": np.cov(x.T)}
