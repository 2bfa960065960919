"""Problem 7.14: the second moment of a ReLU applied to a symmetric zero-mean variable is sigma^2/2."""
import sympy as sp

a = sp.Symbol("a", real=True)
sigma = sp.Symbol(r"\sigma", positive=True)


# How each density is printed: the same expressions as densities(), in the usual written form.
DISPLAY = {"normal": r"\frac{1}{\sqrt{2\pi\sigma^{2}}}\exp\left[-\frac{a^{2}}{2\sigma^{2}}\right]",
           "uniform": r"\frac{1}{2\sqrt{3}\,\sigma}",
           "Laplace": r"\frac{1}{\sqrt{2}\,\sigma}\exp\left[-\frac{\sqrt{2}\,|a|}{\sigma}\right]"}


def displayed():
    """The printed forms of DISPLAY rebuilt as sympy expressions (to check them against densities())."""
    return {"normal": sp.exp(-a ** 2 / (2 * sigma ** 2)) / sp.sqrt(2 * sp.pi * sigma ** 2),
            "uniform": 1 / (2 * sp.sqrt(3) * sigma),
            "Laplace": sp.exp(-sp.sqrt(2) * sp.Abs(a) / sigma) / (sp.sqrt(2) * sigma)}


def densities():
    """Three symmetric zero-mean densities of variance sigma^2, with their supports."""
    c = sp.sqrt(3) * sigma          # uniform on [-c, c]
    b = sigma / sp.sqrt(2)          # Laplace with scale b
    return {"normal": (sp.exp(-a ** 2 / (2 * sigma ** 2)) / sp.sqrt(2 * sp.pi * sigma ** 2), -sp.oo, sp.oo),
            "uniform": (1 / (2 * c), -c, c),
            "Laplace": (sp.exp(-sp.Abs(a) / b) / (2 * b), -sp.oo, sp.oo)}


def solve():
    rows = []
    for name, (p, lo, hi) in densities().items():
        variance = sp.simplify(sp.integrate(a ** 2 * p, (a, lo, hi)))
        second_moment = sp.simplify(sp.integrate(a ** 2 * p, (a, 0, hi)))
        assert sp.simplify(variance - sigma ** 2) == 0
        assert sp.simplify(displayed()[name] - p) == 0
        rows.append({"name": name, "density": DISPLAY[name], "second_moment": second_moment})
    return {"rows": rows, "result": sigma ** 2 / 2, "uniform_halfwidth": densities()["uniform"][2]}
