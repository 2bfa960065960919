"""Problem 4.1: composing two shallow networks (companion notebook 4.1, "Composing networks")."""
import numpy as np

from solutions.ch03 import p3_8

# The two networks of notebook 4.1, in the parameter names of equation 3.1.
NETWORK1 = {"theta10": 0.0, "theta11": -1.0, "theta20": 0.0, "theta21": 1.0,
            "theta30": -0.67, "theta31": 1.0,
            "phi0": 1.0, "phi1": -2.0, "phi2": -3.0, "phi3": 9.3}
NETWORK2 = {"theta10": -0.6, "theta11": -1.0, "theta20": 0.2, "theta21": 1.0,
            "theta30": -0.5, "theta31": 1.0,
            "phi0": 0.5, "phi1": -1.0, "phi2": -1.5, "phi3": 2.0}
X_RANGE = (-1.0, 1.0)


def net(params, x):
    return p3_8.network(np.atleast_1d(np.asarray(x, dtype=float)), params)[3]


def joints(params):
    intercepts, slopes = p3_8.lines(params)
    return sorted(set((-intercepts / slopes).round(12).tolist()))


def composed(x):
    """y' = network 2 applied to the output y of network 1."""
    return net(NETWORK2, net(NETWORK1, x))


def composed_joints():
    """Inputs in X_RANGE where the composition can bend: joints of network 1, and inputs that
    network 1 maps onto a joint of network 2 (solved exactly on each linear piece)."""
    lo, hi = X_RANGE
    cuts = [lo] + [j for j in joints(NETWORK1) if lo < j < hi] + [hi]
    points = set(cuts[1:-1])
    for a, b in zip(cuts[:-1], cuts[1:]):
        ya, yb = net(NETWORK1, [a, b])
        for target in joints(NETWORK2):
            if ya != yb and min(ya, yb) < target < max(ya, yb):
                points.add(a + (target - ya) * (b - a) / (yb - ya))
    # keep only true bends: the slope differs on the two sides
    out = []
    for p in sorted(points):
        h = 1e-7
        left = (composed(p) - composed(p - h))[0] / h
        right = (composed(p + h) - composed(p))[0] / h
        if not np.isclose(left, right, atol=1e-5):
            out.append(float(p))
    return out


def solve():
    return {"joints1": [j for j in joints(NETWORK1) if X_RANGE[0] < j < X_RANGE[1]],
            "joints2": joints(NETWORK2), "regions": len(composed_joints()) + 1,
            "x_min": X_RANGE[0], "x_max": X_RANGE[1]}
