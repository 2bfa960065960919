"""Problem 3.13: activation patterns of the seven regions of figure 3.8 of the book.

Figure 3.8 of the book (ShallowBuildUp2D.pdf of the book's figures) prints no parameters. Its
panels d-f draw each hidden unit's joint line (cyan) on the square [-1, 1]^2 and shade the side
where the unit is active with contour lines. The end points of the three lines were read from
the vector figure (pdftocairo -svg), mapped through the ticks -1, 0, 1 of panel j (the same
lines as in panels d-f), to three decimals; the active side of each unit is the contoured side:
above and to the right of line 1 (panel d), to the right of line 2 (panel e), below line 3
(panel f). Hidden unit d has pre-activation theta_d0 + theta_d1 x_1 + theta_d2 x_2, built here
from its line and its active side and scaled so that its larger slope is one in magnitude (the
scale does not change where it is active).
"""
from itertools import combinations

import numpy as np

# (x_1, x_2) end points of each joint line, and a point on the side where the unit is active.
FIGURE_LINES = [((-0.992, 0.600), (0.596, -0.996)),    # unit 1, panel d
                ((0.216, -0.997), (0.440, 0.992)),     # unit 2, panel e
                ((-0.993, -0.005), (0.997, 0.600))]    # unit 3, panel f
ACTIVE_SIDE = [(1.0, 1.0), (1.0, 0.0), (0.0, -1.0)]


def theta_from_figure():
    rows = []
    for ((ax, ay), (bx, by)), (px, py) in zip(FIGURE_LINES, ACTIVE_SIDE):
        normal = np.array([-(by - ay), bx - ax])
        row = np.array([-(normal[0] * ax + normal[1] * ay), *normal])
        row = row / np.abs(row[1:]).max()
        if row[0] + row[1] * px + row[2] * py < 0:
            row = -row
        rows.append(row)
    return np.array(rows)


THETA = theta_from_figure()
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
    centre = corners().mean(axis=0)          # inside the triangle formed by the three lines
    pre = THETA[:, 0] + THETA[:, 1:] @ centre
    central = [d + 1 for d in range(3) if pre[d] > 0]
    return {"theta": np.round(THETA, 3), "central": central, "regions": regions, "count": len(regions),
            "missing": missing}
