"""Problem 3.7: the least squares loss of equation 3.1 has many equivalent minima."""
from math import factorial

import numpy as np

from solutions.ch03 import p3_8

HIDDEN = 3
ALPHA = 2.0   # a positive rescaling of the first hidden unit (problems 3.5 and 3.6)


def permuted(params, order):
    """The same network with its hidden units relabelled in the given order."""
    out = {"phi0": params["phi0"]}
    for new, old in enumerate(order, start=1):
        for key in ("phi{}", "theta{}0", "theta{}1"):
            out[key.format(new)] = params[key.format(old)]
    return out


def rescaled(params, alpha):
    out = dict(params)
    out["theta10"] *= alpha
    out["theta11"] *= alpha
    out["phi1"] /= alpha
    return out


def same_outputs():
    """Whether cycling the hidden units and rescaling the first leave figure 3.3's outputs unchanged."""
    x = np.linspace(-3, 3, 601)
    base = p3_8.network(x, p3_8.PARAMS)[3]
    gaps = [float(np.max(np.abs(p3_8.network(x, permuted(p3_8.PARAMS, (2, 3, 1)))[3] - base))),
            float(np.max(np.abs(p3_8.network(x, rescaled(p3_8.PARAMS, ALPHA))[3] - base)))]
    return max(gaps) < 1e-12


def solve():
    return {"permutations": factorial(HIDDEN), "alpha": ALPHA}
