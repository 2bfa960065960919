"""Problem 8.8: proportion of a unit hypersphere's volume in the shell near its surface."""
import sympy as sp

D = sp.Symbol("D", positive=True, integer=True)
SHELL = sp.Rational(1, 100)          # the outer 1% of the radius
DIMENSIONS = [1, 2, 3, 10, 100, 1000]
THRESHOLDS = [sp.Rational(1, 2), sp.Rational(99, 100)]


class GammaFn(sp.Function):
    """The Gamma function printed as Gamma[z] (display only)."""

    def _latex(self, printer, exp=None):
        return rf"\Gamma\left[{printer._print(self.args[0])}\right]"


def shown_volume(r):
    return r ** D * sp.pi ** (D / 2) / GammaFn(D / 2 + 1)


def volume(r, dimension=D):
    """Volume of a hypersphere of radius r in `dimension` dimensions (equation of problem 8.7)."""
    return r ** dimension * sp.pi ** (dimension / 2) / sp.gamma(sp.Rational(1, 2) * dimension + 1)


def proportion(dimension):
    """(V_1 - V_{0.99}) / V_1 evaluated exactly from the volume formula."""
    return (volume(1, dimension) - volume(1 - SHELL, dimension)) / volume(1, dimension)


def solve():
    inner = 1 - SHELL
    p = sp.simplify(proportion(D))
    assert sp.simplify(p - (1 - inner ** D)) == 0
    table = [{"D": d, "p": float(sp.N(proportion(sp.Integer(d)), 15))} for d in DIMENSIONS]
    first = [int(sp.ceiling(sp.log(1 - t) / sp.log(inner))) for t in THRESHOLDS]
    return {"shell_percent": int(SHELL * 100), "inner_radius": float(inner),
            "V1": shown_volume(1), "V_inner": shown_volume(sp.Symbol(str(float(inner)))), "p": 1 - sp.Symbol(str(float(inner))) ** D,
            "table": table, "half_dimension": first[0], "most_dimension": first[1],
            "most_percent": int(THRESHOLDS[1] * 100),
            "limit": sp.limit(1 - inner ** D, D, sp.oo)}
