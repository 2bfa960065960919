"""Problem 3.10: ways a 1-3-1 ReLU network makes fewer than four linear regions."""
import numpy as np

from solutions.ch03 import p3_8


def count_regions(params, lo=-10.0, hi=10.0, n=200001):
    """Count linear pieces of the network on [lo, hi] from changes of its numerical slope."""
    x = np.linspace(lo, hi, n)
    y = p3_8.network(x, params)[3]
    slope = np.diff(y) / np.diff(x)
    changes = np.abs(np.diff(slope)) > 1e-6
    # a joint between grid points shows up as one or two consecutive changes
    starts = np.flatnonzero(changes & ~np.concatenate([[False], changes[:-1]]))
    return len(starts) + 1


BASE = dict(p3_8.PARAMS)
EXAMPLES = {
    "original": BASE,
    "zero_weight": {**BASE, "phi2": 0.0},                       # phi_2 = 0
    "flat_unit": {**BASE, "theta21": 0.0},                      # theta_21 = 0
    "shared_joint": {**BASE, "theta20": -0.4, "theta21": 0.8},  # joint of h2 at that of h1
    "cancelling": {**BASE, "theta20": 0.2, "theta21": -0.4},     # h2 mirrors h1: no kink
}


def solve():
    return {name: {"regions": count_regions(p),
                   "joints": sorted(float(-p[f"theta{d}0"] / p[f"theta{d}1"])
                                    for d in (1, 2, 3) if p[f"theta{d}1"] != 0)}
            for name, p in EXAMPLES.items()}
