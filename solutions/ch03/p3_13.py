"""Problem 3.13: activation patterns of the seven regions of textbook figure 3.8.

The parameters are those of the interactive version of figure 3.8 published with the book
(udlbook figures, "Figure 3.8"): hidden unit d has pre-activation
theta_d0 + theta_d1 x_1 + theta_d2 x_2, plotted on the square [-1, 1]^2.
"""
from itertools import combinations

import numpy as np

THETA = np.array([[0.2, 0.5, 0.5],      # theta_10, theta_11, theta_12
                  [-0.3, -0.1, 0.9],    # theta_20, theta_21, theta_22
                  [0.2, -0.7, 0.2]])    # theta_30, theta_31, theta_32
BOX = (-1.0, 1.0)


def patterns_on_grid(n=801):
    """Activation pattern (tuple of booleans) of every point of an n x n grid on the square."""
    g = np.linspace(*BOX, n)
    x1, x2 = np.meshgrid(g, g)
    pre = THETA[:, :1, None] + THETA[:, 1:2, None] * x1 + THETA[:, 2:3, None] * x2
    return x1, x2, pre > 0


def corners():
    """Intersection point of each pair of joint lines."""
    out = []
    for i, j in combinations(range(3), 2):
        a = THETA[[i, j], 1:]
        b = -THETA[[i, j], 0]
        out.append(np.linalg.solve(a, b))
    return np.array(out)


def solve():
    x1, x2, active = patterns_on_grid()
    codes = active[0] * 1 + active[1] * 2 + active[2] * 4
    regions = []
    for code in sorted(set(codes.ravel().tolist())):
        mask = codes == code
        pattern = [bool(code & (1 << d)) for d in range(3)]
        regions.append({"active": [d + 1 for d in range(3) if pattern[d]],
                        "inactive": [d + 1 for d in range(3) if not pattern[d]],
                        "x1": round(float(x1[mask].mean()), 2),
                        "x2": round(float(x2[mask].mean()), 2)})
    present = {tuple(r["active"]) for r in regions}
    missing = [list(a) for k in range(4) for a in combinations((1, 2, 3), k) if a not in present]
    return {"theta": THETA, "regions": regions, "count": len(regions),
            "missing": missing}
