"""Problem 6.6: convexity and the classification of marked points of three 1D functions.

The book's figure 6.11 is not reproduced; three example functions with seven marked points
(figure 6.3 of this booklet) illustrate the tests. Each point is classified numerically.
"""
import numpy as np
import sympy as sp

x = sp.Symbol(r"\phi", real=True)
DOMAIN = (-1.5, 1.5)
FUNCTIONS = {
    "a": (x - sp.Rational(3, 10)) ** 2 + sp.Rational(1, 5),
    "b": x ** 4 - x ** 2 + sp.Rational(1, 5) * x + sp.Rational(1, 2),
    "c": 3 * x ** 4 / 4 - x ** 3 + 1,
}
# Marked points: number -> (function, position); stationary positions are found below.
ROUGH_POINTS = {1: ("a", 0.3), 2: ("a", -0.8), 3: ("b", 0.7), 4: ("b", -0.7), 5: ("b", 0.1),
                6: ("c", 0.0), 7: ("c", 1.0)}
KINDS = {"global": "the global minimum", "local": "a local minimum", "neither": "neither"}


def stationary_near(name, guess):
    """The stationary point of a function closest to a guess, or the guess when far from any."""
    roots = [complex(r) for r in sp.Poly(sp.diff(FUNCTIONS[name], x), x).nroots()]
    real = [r.real for r in roots if abs(r.imag) < 1e-12]
    best = min(real, key=lambda r: abs(r - guess))
    return best if abs(best - guess) < 0.1 else guess


def points():
    return {k: (name, stationary_near(name, guess)) for k, (name, guess) in ROUGH_POINTS.items()}


def is_convex(name, samples=2001):
    """Convex on the domain when the second derivative is never negative there."""
    second = sp.lambdify(x, sp.diff(FUNCTIONS[name], x, 2))
    grid = np.linspace(*DOMAIN, samples)
    return bool(np.all(second(grid) * np.ones_like(grid) >= 0))


def classify(name, position, samples=30001):
    """Global minimum (lowest value on the domain), local minimum (zero slope and lowest in a
    neighbourhood) or neither."""
    f = sp.lambdify(x, FUNCTIONS[name])
    slope = float(sp.diff(FUNCTIONS[name], x).subs(x, position))
    value, grid = f(position), np.linspace(*DOMAIN, samples)
    if abs(slope) > 1e-9:
        return "neither"
    near = np.linspace(position - 0.05, position + 0.05, 201)
    if np.any(f(near) < value - 1e-12):
        return "neither"
    return "global" if np.all(f(grid) >= value - 1e-12) else "local"


def reason(name, position, kind):
    """Why a point has its classification, in words."""
    expr = FUNCTIONS[name]
    slope = float(sp.diff(expr, x).subs(x, position))
    curvature = float(sp.diff(expr, x, 2).subs(x, position))
    if abs(slope) > 1e-9:
        return "the slope is not zero"
    if kind == "global":
        return "zero slope and no lower point on the curve"
    if kind == "local":
        return "lowest point of its valley, but another valley is deeper"
    if curvature < 0:
        return "zero slope, but it is a maximum"
    return "zero slope, but the function keeps decreasing through it"


def solve():
    marked = points()
    rows = []
    for k, (name, position) in sorted(marked.items()):
        kind = classify(name, position)
        rows.append({"point": k, "function": name, "kind": KINDS[kind],
                     "reason": reason(name, position, kind)})
    return {"convex": {name: ("convex" if is_convex(name) else "not convex") for name in FUNCTIONS},
            "functions": {name: sp.latex(expr) for name, expr in FUNCTIONS.items()},
            "rows": rows}
