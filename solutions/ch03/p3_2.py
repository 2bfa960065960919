"""Problem 3.2: which hidden units are active in each linear region of figure 3.3j."""
import numpy as np

from solutions.ch03 import p3_8


def joints(params):
    """Positions -theta_d0 / theta_d1 where each hidden unit's line crosses zero."""
    intercepts, slopes = p3_8.lines(params)
    return -intercepts / slopes


def regions(params, x_range=p3_8.X_RANGE):
    """Linear regions inside x_range: (left, right, active units 1..3) for each."""
    inside = sorted(j for j in joints(params) if x_range[0] < j < x_range[1])
    bounds = [x_range[0], *inside, x_range[1]]
    intercepts, slopes = p3_8.lines(params)
    out = []
    for left, right in zip(bounds[:-1], bounds[1:]):
        middle = (left + right) / 2
        active = [d + 1 for d in range(3) if intercepts[d] + slopes[d] * middle > 0]
        out.append((float(left), float(right), active))
    return out


def solve():
    table = [{"left": left, "right": right, "active": active,
              "inactive": [d for d in (1, 2, 3) if d not in active]}
             for left, right, active in regions(p3_8.PARAMS)]
    return {"joints": np.sort(joints(p3_8.PARAMS)), "regions": table}
