"""Problem 4.1: composing the two shallow networks of figure 4.8 of the book.

The book gives the two networks only as plotted functions (figure 4.8b and 4.8c of the book,
file DeepConcatQuestion.pdf of the book's figures), not as parameters. Each is piecewise
linear with three joints, so it is fixed by its vertices. These were read from the vector
figure (pdftocairo -svg): the polyline of each curve mapped through the axis ticks of its
panel (x ticks -1, 0, 1; y ticks -1, 0, 1), to three decimals. The curves' first and last
vertices stop a few thousandths short of x = -1 and x = 1 (line caps); the end segments are
extended to the ends of the range along their own slope.
"""
import numpy as np

X_RANGE = (-1.0, 1.0)

# Figure 4.8b of the book: y = f[x], vertices (x, y) as read.
FIGURE_B = [(-0.995, 0.001), (-0.414, 0.966), (0.001, -0.936), (0.604, 0.968), (0.997, -0.013)]
# Figure 4.8c of the book: y' = g[y], vertices (y, y') as read; flat at zero after the last joint.
FIGURE_C = [(-0.992, 0.600), (-0.193, -0.822), (0.481, -0.669), (0.771, 0.000), (1.002, -0.002)]
# The last segment of figure 4.8c is level to within the reading error (0.002 over 0.23); we
# take it as exactly zero, as drawn along the axis.
FLAT_AFTER_LAST_JOINT = True


def _vertices(points, flat_tail=False):
    """Vertices on the whole of X_RANGE: end segments extended along their slopes."""
    xs, ys = (np.array(v, dtype=float) for v in zip(*points))
    if flat_tail:
        ys[-1] = ys[-2]
    lo, hi = X_RANGE
    ys[0] = ys[0] + (lo - xs[0]) * (ys[1] - ys[0]) / (xs[1] - xs[0])
    ys[-1] = ys[-1] + (hi - xs[-1]) * (ys[-1] - ys[-2]) / (xs[-1] - xs[-2])
    xs[0], xs[-1] = lo, hi
    return xs, ys


NETWORK1 = _vertices(FIGURE_B)
NETWORK2 = _vertices(FIGURE_C, FLAT_AFTER_LAST_JOINT)


def net(vertices, x):
    """The piecewise linear function through the vertices, on X_RANGE."""
    xs, ys = vertices
    return np.interp(np.atleast_1d(np.asarray(x, dtype=float)), xs, ys)


def joints(vertices):
    return [float(v) for v in vertices[0][1:-1]]


def composed(x):
    """y' = network 2 applied to the output y of network 1."""
    return net(NETWORK2, net(NETWORK1, x))


def composed_joints():
    """Inputs in X_RANGE where the composition bends: joints of network 1, and inputs that
    network 1 maps onto a joint of network 2 (solved exactly on each linear piece); a candidate
    is kept only if the slopes on its two sides differ."""
    lo, hi = X_RANGE
    cuts = [lo] + joints(NETWORK1) + [hi]
    points = set(cuts[1:-1])
    for a, b in zip(cuts[:-1], cuts[1:]):
        ya, yb = net(NETWORK1, [a, b])
        for target in joints(NETWORK2):
            if ya != yb and min(ya, yb) < target < max(ya, yb):
                points.add(a + (target - ya) * (b - a) / (yb - ya))
    out = []
    for p in sorted(points):
        h = 1e-7
        left = (composed(p) - composed(p - h))[0] / h
        right = (composed(p + h) - composed(p))[0] / h
        if not np.isclose(left, right, atol=1e-5):
            out.append(float(p))
    return out


def flat_pieces():
    """Number of linear pieces of the composition on which y' is constant (slope zero)."""
    cuts = [X_RANGE[0]] + composed_joints() + [X_RANGE[1]]
    mids = [(a + b) / 2 for a, b in zip(cuts[:-1], cuts[1:])]
    h = 1e-7
    return sum(abs((composed(m + h) - composed(m - h))[0] / (2 * h)) < 1e-9 for m in mids)


def solve():
    bends = composed_joints()
    ys = [float(net(NETWORK1, j)[0]) for j in joints(NETWORK1)]
    return {"joints1": joints(NETWORK1), "joint_values1": ys,
            "joints2": joints(NETWORK2), "regions": len(bends) + 1,
            "flat_regions": flat_pieces(), "plateau": float(NETWORK2[1][-1]),
            "x_min": X_RANGE[0], "x_max": X_RANGE[1]}
