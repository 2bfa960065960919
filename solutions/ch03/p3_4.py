"""Problem 3.4: figure 3.3 of the book redrawn with the third hidden unit of figure 3.14c of the book."""
from solutions.ch03 import p3_2, p3_8

# Figure 3.14c of the book (ShallowChangeSlope.pdf of the book's figures) plots the third
# pre-activation theta30 + theta31 x on x in [0, 2], y in [-1, 1] and prints no numbers. Read from
# the vector figure (pdftocairo -svg, the line's end points mapped through the panel's ticks):
# the line enters the panel at its lower edge at (x, y) = (0.123, -0.991) and leaves at its right
# edge at (1.995, 0.300). Figure 3.3c of the book, read the same way, runs from (0.119, 0.990)
# to (1.996, -0.305): the same line reflected in y = 0. With the values of figure 3.3 of the
# book that problem 3.8 lists (theta30 = 1.1, theta31 = -0.7), the reflection is
# theta30 = -1.1, theta31 = 0.7, which passes within 0.025 (vertically) of both points read from
# figure 3.14c; the lower point is where the drawn line is clipped by the panel's edge.
FIGURE_3_14C_POINTS = [(0.123, -0.991), (1.995, 0.300)]
THETA30, THETA31 = -p3_8.PARAMS["theta30"], -p3_8.PARAMS["theta31"]
PARAMS = {**p3_8.PARAMS, "theta30": THETA30, "theta31": THETA31}


def solve():
    regions = p3_2.regions(PARAMS)
    slopes = [sum(PARAMS[f"phi{d}"] * PARAMS[f"theta{d}1"] for d in active)
              for _, _, active in regions]
    (xa, ya), (xb, yb) = FIGURE_3_14C_POINTS
    return {"read_left": [xa, ya], "read_right": [xb, yb],
            "theta30_old": p3_8.PARAMS["theta30"], "theta31_old": p3_8.PARAMS["theta31"],
            "theta30": THETA30, "theta31": THETA31,
            "joint3": -THETA30 / THETA31,
            "regions": [{"left": a, "right": b, "active": act, "slope": s}
                        for (a, b, act), s in zip(regions, slopes)]}
