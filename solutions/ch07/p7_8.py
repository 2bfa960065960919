"""Problem 7.8: derivatives of the Heaviside and rectangular activation functions."""
import sympy as sp
from sympy.printing.latex import LatexPrinter

z = sp.Symbol("z", real=True)


class _BookPrinter(LatexPrinter):
    """Prints the Dirac delta with square brackets, delta[z], as the book writes function arguments."""

    def _print_DiracDelta(self, expr, exp=None):
        text = rf"\delta\left[{self._print(expr.args[0])}\right]"
        return f"{text}^{{{exp}}}" if exp is not None else text


def heaviside(v):
    return sp.Heaviside(v, 1)


def rect(v):
    return sp.Heaviside(v, 1) - sp.Heaviside(v - 1, 0)


def derivatives():
    """The distributional derivatives of Heaviside[z] and rect[z]."""
    return sp.diff(heaviside(z), z), sp.diff(rect(z), z)


def solve():
    d_heaviside, d_rect = derivatives()
    printer = _BookPrinter()
    return {"d_heaviside": printer.doprint(d_heaviside), "d_rect": printer.doprint(d_rect)}
