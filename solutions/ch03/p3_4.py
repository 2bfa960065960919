"""Problem 3.4: figure 3.3 redrawn with the third hidden unit of textbook figure 3.14c."""
from solutions.ch03 import p3_2, p3_8

# Assumed reading of textbook figure 3.14c: the third pre-activation line of figure 3.3
# reflected, so that its intercept and slope change sign.
THETA30, THETA31 = -1.1, 0.7
PARAMS = {**p3_8.PARAMS, "theta30": THETA30, "theta31": THETA31}


def solve():
    regions = p3_2.regions(PARAMS)
    slopes = [sum(PARAMS[f"phi{d}"] * PARAMS[f"theta{d}1"] for d in active)
              for _, _, active in regions]
    return {"theta30_old": p3_8.PARAMS["theta30"], "theta31_old": p3_8.PARAMS["theta31"],
            "theta30": THETA30, "theta31": THETA31,
            "joint3": -THETA30 / THETA31,
            "regions": [{"left": a, "right": b, "active": act, "slope": s}
                        for (a, b, act), s in zip(regions, slopes)]}
