"""LaTeX of sympy expressions in the book's notation: square brackets for function arguments."""
import sympy as sp
from sympy.printing.latex import LatexPrinter


class BookPrinter(LatexPrinter):
    """Prints exp, log and other named functions as \\exp\\left[...\\right]."""

    def _bracket(self, name, arg, exp=None):
        text = rf"\{name}\left[{self._print(arg)}\right]"
        return f"{text}^{{{exp}}}" if exp is not None else text

    def _print_exp(self, expr, exp=None):
        return self._bracket("exp", expr.args[0], exp)

    def _print_ExpBase(self, expr, exp=None):
        return self._bracket("exp", expr.args[0], exp)

    def _print_log(self, expr, exp=None):
        return self._bracket("log", expr.args[0], exp)


def book_latex(expr):
    """LaTeX string of a sympy expression in the book's notation."""
    return BookPrinter({"mat_str": "bmatrix", "mat_delim": ""}).doprint(sp.sympify(expr))
