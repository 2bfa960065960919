"""Sympy expressions printed in the book's notation: square brackets for function arguments.

`book_latex` prints exp, log, cos, sin as \\exp[...] etc.; `Tex` is a symbol printed as its
LaTeX name (a network output such as f[x_i, phi]); `sig` and `Bessel0` are the logistic
sigmoid and the modified Bessel function of order zero with the book's names.
"""
import sympy as sp
from sympy.printing.latex import LatexPrinter


class Tex(sp.Symbol):
    """A real symbol printed verbatim as its LaTeX name."""

    def __new__(cls, name, **assumptions):
        assumptions.setdefault("real", True)
        return super().__new__(cls, name, **assumptions)

    def _latex(self, printer, exp=None):
        return f"{self.name}^{{{exp}}}" if exp is not None else self.name


def _bracket(printer, name, arg, exp=None):
    text = rf"{name}\left[{printer._print(arg)}\right]"
    return f"{text}^{{{exp}}}" if exp is not None else text


class sig(sp.Function):
    """Logistic sigmoid sig[z] = 1 / (1 + exp[-z])."""

    def fdiff(self, argindex=1):
        return sig(self.args[0]) * (1 - sig(self.args[0]))

    def _eval_rewrite_as_exp(self, z, **kwargs):
        return 1 / (1 + sp.exp(-z))

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\sig", self.args[0], exp)


class Bessel0(sp.Function):
    """Modified Bessel function of the first kind and order zero, Bessel_0[kappa]."""

    def fdiff(self, argindex=1):
        return sp.besseli(1, self.args[0])

    def _eval_rewrite_as_besseli(self, z, **kwargs):
        return sp.besseli(0, z)

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\mathrm{Bessel}_0", self.args[0], exp)


class BookPrinter(LatexPrinter):
    """LaTeX printer with \\exp[...], \\log[...], \\cos[...], \\sin[...]."""

    def _print_exp(self, expr, exp=None):
        return _bracket(self, r"\exp", expr.args[0], exp)

    def _print_ExpBase(self, expr, exp=None):
        return _bracket(self, r"\exp", expr.args[0], exp)

    def _print_log(self, expr, exp=None):
        return _bracket(self, r"\log", expr.args[0], exp)

    def _print_cos(self, expr, exp=None):
        return _bracket(self, r"\cos", expr.args[0], exp)

    def _print_sin(self, expr, exp=None):
        return _bracket(self, r"\sin", expr.args[0], exp)


def book_latex(expr, **settings):
    """LaTeX string of a sympy expression in the book's notation."""
    return BookPrinter({"mat_str": "bmatrix", "mat_delim": "", **settings}).doprint(sp.sympify(expr))


def numeric(expr):
    """The expression with sig and Bessel0 written with exp and besseli (for lambdify)."""
    return expr.replace(sig, lambda z: 1 / (1 + sp.exp(-z))).replace(Bessel0, lambda z: sp.besseli(0, z))


class Normal(sp.Function):
    """Normal density of y with mean mu and variance var, printed in full (arguments y, mu, var)."""

    nargs = 3

    def _eval_rewrite_as_exp(self, y, mu, var, **kwargs):
        return sp.exp(-(y - mu) ** 2 / (2 * var)) / sp.sqrt(2 * sp.pi * var)

    def _latex(self, printer, exp=None):
        y, mu, var = (printer._print(a) for a in self.args)
        text = (rf"\frac{{1}}{{\sqrt{{2\pi {var}}}}}"
                rf"\exp\left[-\frac{{({y}-{mu})^{{2}}}}{{2{var}}}\right]")
        return rf"\left({text}\right)^{{{exp}}}" if exp is not None else text


class VonMises(sp.Function):
    """Von Mises density of y with mean direction mu and concentration kappa."""

    nargs = 3

    def _eval_rewrite_as_exp(self, y, mu, kappa, **kwargs):
        return sp.exp(kappa * sp.cos(y - mu)) / (2 * sp.pi * Bessel0(kappa))

    def _latex(self, printer, exp=None):
        y, mu, kappa = (printer._print(a) for a in self.args)
        text = (rf"\frac{{\exp\bigl[{kappa}\cos[{y}-{mu}]\bigr]}}"
                rf"{{2\pi\cdot\mathrm{{Bessel}}_0[{kappa}]}}")
        return rf"\left({text}\right)^{{{exp}}}" if exp is not None else text


def output(input_tex):
    """A sympy function class for network outputs: output(r'\\mathbf{x}_i')(1, d) prints
    \\mathrm{f}_{1d}[\\mathbf{x}_i,\\bm{\\phi}]; with no arguments, \\mathrm{f}[...]."""

    def _latex(self, printer, exp=None):
        index = "".join(printer._print(a) for a in self.args)
        text = rf"\mathrm{{f}}{'_{' + index + '}' if index else ''}[{input_tex},\bm{{\phi}}]"
        return f"{text}^{{{exp}}}" if exp is not None else text

    return type("f", (sp.Function,), {"_latex": _latex, "is_real": True})


def explicit(expr):
    """The expression with sig, Bessel0, Normal and VonMises written out (for numerics)."""
    for cls in (VonMises, Normal, sig):
        expr = expr.replace(cls, lambda *a, cls=cls: cls(*a).rewrite(sp.exp))
    return expr.replace(Bessel0, lambda z: sp.besseli(0, z))
