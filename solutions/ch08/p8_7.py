"""Problem 8.7: the volume of a hypersphere of diameter one tends to zero (Stirling's formula)."""
import math

import sympy as sp

D = sp.Symbol("D", positive=True)
n = sp.Symbol("n", positive=True)
RADIUS = sp.Rational(1, 2)
DIMENSIONS = [1, 2, 3, 5, 10, 20, 50, 100]


def volume(dimension, r=RADIUS):
    return r ** dimension * sp.pi ** (sp.Rational(dimension, 2)) / sp.gamma(sp.Rational(dimension, 2) + 1)


def stirling_volume():
    """Vol with Gamma[D/2 + 1] = (D/2)! replaced by Stirling's sqrt(2 pi n)(n/e)^n, n = D/2."""
    stirling = sp.sqrt(2 * sp.pi * n) * (n / sp.E) ** n
    return sp.simplify((RADIUS ** D * sp.pi ** (D / 2) / stirling).subs(n, D / 2))


def solve():
    return {"radius": float(RADIUS)}


def solve_instructor():
    approx = stirling_volume()
    approx_value = sp.lambdify(D, approx, "math")
    table = [{"D": d, "exact": float(volume(d)), "stirling": float(approx_value(d))} for d in DIMENSIONS]
    base = sp.pi * sp.E / (2 * D)
    shown = sp.Mul(1 / sp.sqrt(sp.pi * D), sp.Pow(base, D / 2, evaluate=False), evaluate=False)
    assert sp.simplify(sp.expand_power_base(shown.doit(), force=True) - approx) == 0
    return {"stirling": sp.sqrt(2 * sp.pi * n) * (n / sp.E) ** n,
            "approx": shown, "base": base, "table": table,
            "limit": sp.limit(approx, D, sp.oo),
            "base_below_one": int(math.floor(math.pi * math.e / 2)) + 1}
