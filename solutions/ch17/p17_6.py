"""Problem 17.6: linear and spherical interpolation between samples of a D-dimensional normal."""
import mpmath
import numpy as np

D = 100
PAIRS = 2000


def slerp(z1, z2, t):
    """Spherical linear interpolation along the great circle from z1 to z2 (equal norms kept)."""
    omega = np.arccos(np.clip(z1 @ z2 / (np.linalg.norm(z1) * np.linalg.norm(z2)), -1, 1))
    return (np.sin((1 - t) * omega) * z1 + np.sin(t * omega) * z2) / np.sin(omega)


def chi2_cdf(value, dof):
    """Pr(||z||^2 <= value) for z ~ Norm[0, I] in dof dimensions (regularized gamma)."""
    return float(mpmath.gammainc(dof / 2, 0, value / 2, regularized=True))


def solve():
    rng = np.random.default_rng(176)
    z1, z2 = rng.normal(size=(PAIRS, D)), rng.normal(size=(PAIRS, D))
    linear_mid = np.linalg.norm((z1 + z2) / 2, axis=1)
    slerp_mid = np.array([np.linalg.norm(slerp(a, b, 0.5)) for a, b in zip(z1, z2)])
    cosines = np.sum(z1 * z2, axis=1) / (np.linalg.norm(z1, axis=1) * np.linalg.norm(z2, axis=1))
    return {"D": D, "pairs": PAIRS, "sqrt_D": np.sqrt(D), "sqrt_half_D": np.sqrt(D / 2),
            "norm_mean": np.linalg.norm(z1, axis=1).mean(),
            "norm_min": np.linalg.norm(np.concatenate([z1, z2]), axis=1).min(),
            "cos_mean_abs": np.abs(cosines).mean(),
            "linear_mid_mean": linear_mid.mean(), "slerp_mid_mean": slerp_mid.mean(),
            "prob_inside_half": chi2_cdf(D / 2, D),
            "n_samples": 2 * PAIRS, "expected_inside": 2 * PAIRS * chi2_cdf(D / 2, D)}
