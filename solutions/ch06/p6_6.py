"""Problem 6.6: which function of figure 6.11 of the book is convex, and what are points 1-7.

The data are read from the book's figure 6.11 (TrainConvexProb.pdf of the book's public figure
archive, three panels a-c). Each curve is drawn there as a chain of cubic Bezier segments; the
control points below are those of the PDF, converted with `pdftocairo -svg` and mapped into the
frame of their panel: phi runs from 0 (left edge of the frame) to 1 (right edge) and the loss
from 0 (bottom edge) to 1 (top edge), rounded to four decimals. The figure has no axis ticks,
so these units are arbitrary; convexity and the kinds of the points do not depend on them.
The seven marked points are the centres of the figure's dots (radius RADIUS in the same units).
"""
import numpy as np

CURVES = {
    "a": [
        [(0.0062, 0.7885), (0.0062, 0.7885), (0.0432, 0.541), (0.1005, 0.4317)],
        [(0.1005, 0.4317), (0.1154, 0.4032), (0.1307, 0.3586), (0.1633, 0.358)],
        [(0.1633, 0.358), (0.2078, 0.3572), (0.2082, 0.4595), (0.2525, 0.4557)],
        [(0.2525, 0.4557), (0.3286, 0.449), (0.3259, 0.1983), (0.4309, 0.2005)],
        [(0.4309, 0.2005), (0.5102, 0.2022), (0.5253, 0.3388), (0.5573, 0.399)],
        [(0.5573, 0.399), (0.5785, 0.439), (0.5973, 0.4901), (0.6397, 0.5075)],
        [(0.6397, 0.5075), (0.6762, 0.5225), (0.7226, 0.4727), (0.7572, 0.4915)],
        [(0.7572, 0.4915), (0.806, 0.5179), (0.7955, 0.5953), (0.8261, 0.641)],
        [(0.8261, 0.641), (0.873, 0.7109), (0.9984, 0.8263), (0.9984, 0.8263)],
    ],
    "b": [
        [(0.0028, 0.7911), (0.0028, 0.7911), (0.0689, 0.556), (0.1431, 0.4623)],
        [(0.1431, 0.4623), (0.2109, 0.3766), (0.3073, 0.312), (0.4074, 0.2669)],
        [(0.4074, 0.2669), (0.5064, 0.2225), (0.6176, 0.1947), (0.7262, 0.1992)],
        [(0.7262, 0.1992), (0.7887, 0.2017), (0.8616, 0.2092), (0.9058, 0.253)],
        [(0.9058, 0.253), (0.9774, 0.3242), (0.9925, 0.5419), (0.9925, 0.5419)],
    ],
    "c": [
        [(0.0042, 0.5683), (0.0237, 0.4855), (0.1035, 0.2562), (0.1574, 0.1832)],
        [(0.1574, 0.1832), (0.1875, 0.1422), (0.2478, 0.1254), (0.2993, 0.1234)],
        [(0.2993, 0.1234), (0.3349, 0.1221), (0.3735, 0.1345), (0.4006, 0.1573)],
        [(0.4006, 0.1573), (0.4447, 0.1944), (0.4398, 0.2693), (0.4817, 0.3088)],
        [(0.4817, 0.3088), (0.5103, 0.3357), (0.5496, 0.3566), (0.5892, 0.3586)],
        [(0.5892, 0.3586), (0.6557, 0.362), (0.7222, 0.35), (0.7776, 0.3825)],
        [(0.7776, 0.3825), (0.8402, 0.4192), (0.8323, 0.5152), (0.8587, 0.5818)],
        [(0.8587, 0.5818), (0.8816, 0.6394), (0.8863, 0.707), (0.9256, 0.7552)],
        [(0.9256, 0.7552), (0.9441, 0.7779), (0.9996, 0.8031), (0.9996, 0.8031)],
    ],
}
# Point number -> (panel, phi, loss) of the centre of its dot in figure 6.11 of the book.
POINTS = {1: ("a", 0.162, 0.3609), 2: ("a", 0.4331, 0.203), 3: ("a", 0.7411, 0.4863),
          4: ("b", 0.153, 0.4497), 5: ("b", 0.7234, 0.1974),
          6: ("c", 0.3059, 0.1238), 7: ("c", 0.6474, 0.3591)}
RADIUS = 0.0212          # radius of the dots, in panel widths
LINE_WIDTH = 0.0142      # width of the drawn curves, in panel heights: finer detail is not visible
FLAT = 0.1               # a slope below this (loss per phi, panel units) is read as flat
WINDOW = 0.1             # half-width of the neighbourhood in which a minimum must be lowest
# The points the answer discusses one by one: on the slope of b), on the shelf of c), at the small
# dip of a), and at the bottom of the convex b).
SLOPE_POINT, SHELF_POINT, DIP_POINT, CONVEX_MIN_POINT = 4, 7, 3, 5
KINDS = {"global": "the global minimum", "local": "a local minimum", "neither": "neither"}


def sample(name, per_segment=4000):
    """Points (phi, L) along a curve, by evaluating its Bernstein polynomials."""
    t = np.linspace(0.0, 1.0, per_segment)[:, None]
    parts = [(1 - t) ** 3 * p[0] + 3 * t * (1 - t) ** 2 * p[1] + 3 * t ** 2 * (1 - t) * p[2]
             + t ** 3 * p[3] for p in map(np.array, CURVES[name])]
    curve = np.vstack([part[1:] if k else part for k, part in enumerate(parts)])  # joins once
    assert np.all(np.diff(curve[:, 0]) > 0), "each curve is a function of phi"
    return curve[:, 0], curve[:, 1]


def height_above_chords(name, n=801, step=4):
    """The largest height of the curve above a chord between two of its points (zero if convex)."""
    phi, loss = sample(name)
    grid = np.linspace(phi[0], phi[-1], n)
    values = np.interp(grid, phi, loss)
    worst = 0.0
    for i in range(0, n, step):
        for j in range(i + 2, n, step):
            chord = np.linspace(values[i], values[j], j - i + 1)
            worst = max(worst, float(np.max(values[i:j + 1] - chord)))
    return worst


def classify(number):
    """Kind of a marked point: the curve's lowest point within WINDOW of the dot must lie under the
    dot (within two radii) and not at the edge of the window to be a minimum; it is the global
    minimum if no point of the whole curve is lower."""
    name, centre, _ = POINTS[number]
    phi, loss = sample(name)
    near = np.abs(phi - centre) <= WINDOW
    lowest = np.flatnonzero(near)[np.argmin(loss[near])]
    edge = lowest in (np.flatnonzero(near)[0], np.flatnonzero(near)[-1])
    slope = float(np.gradient(loss, phi)[np.argmin(np.abs(phi - centre))])
    if edge or abs(phi[lowest] - centre) > 2 * RADIUS:
        return "neither", slope, float(phi[lowest])
    kind = "global" if loss[lowest] <= loss.min() + 1e-9 else "local"
    return kind, slope, float(phi[lowest])


def shelf_depth(number):
    """Largest dip of the curve within the dot of a point: how much it rises again after falling."""
    name, centre, _ = POINTS[number]
    phi, loss = sample(name)
    inside = loss[np.abs(phi - centre) <= RADIUS]
    return float(np.max(np.maximum.accumulate(inside) - inside))


REASONS = {
    "global": "it is the lowest point of its function",
    "local": "it is the bottom of a valley, but another valley of the function is deeper",
    "on_slope": "it lies on a slope",
    "shelf": "the curve is flat there but keeps falling to its left, toward point~6, "
             "so it is a flat point of inflection, not the bottom of a valley",
}


def solve():
    return {"first_point": min(POINTS), "last_point": max(POINTS)}


def solve_instructor():
    convex = {name: height_above_chords(name) <= 1e-6 for name in CURVES}
    rows = []
    for number in sorted(POINTS):
        kind, slope, _ = classify(number)
        name = POINTS[number][0]
        if kind != "neither":
            reason = REASONS[kind]
        else:
            reason = REASONS["shelf"] if abs(slope) < FLAT else REASONS["on_slope"]
        rows.append({"point": number, "function": name, "kind": KINDS[kind], "reason": reason})
    return {
        "convex": {name: "convex" if ok else "not convex" for name, ok in convex.items()},
        "slope_point": SLOPE_POINT, "shelf_point": SHELF_POINT, "dip_point": DIP_POINT,
        "convex_min_point": CONVEX_MIN_POINT,
        "chord_heights": {name: round(height_above_chords(name), 3) for name in CURVES},
        "rows": rows,
        "slope_4": round(classify(SLOPE_POINT)[1], 2),
        "slope_7": float(f"{classify(SHELF_POINT)[1]:.1g}"),
        "shelf_depth": float(f"{shelf_depth(SHELF_POINT):.1g}"),
        "line_width": LINE_WIDTH,
        "window": WINDOW,
    }
