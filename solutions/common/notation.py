"""Sympy expressions printed in the book's notation: square brackets for function arguments.

One notation module for the whole booklet (the union of the former chapter modules of
chapters 5, 7 and 16).

- `book_latex` prints sympy's own exp, log, cos and sin as \\exp[...], \\log[...], ...;
- `Exp`, `Log`, `Sin`, `Cos`, `Sig` (logistic sigmoid), `A` (ReLU activation a[z]) and `Ind`
  (its derivative, the indicator I[z > 0]) are sympy functions that print the same way with
  any printer and differentiate as their namesakes;
- `Bessel0` is the modified Bessel function of order zero, `Normal` and `VonMises` the
  densities printed in full, `output` makes network outputs f[x, phi], `Tex` is a symbol
  printed verbatim;
- `explicit` rewrites all of these into sympy's own functions (for symbolic checks) and
  `numeric` turns an expression into a numpy function (for numerical checks).

A bracketed function raised to a power prints as the book writes it (for example
\\exp[x]^2 in equation 7.13 of the book, f_2[x, phi]^2 in equation 5.22 of the book):
`\\exp\\left[x\\right]^{2}`, without parentheses.
"""
import numpy as np
import sympy as sp
from sympy.printing.latex import LatexPrinter


def _power(text, exp=None):
    return f"{text}^{{{exp}}}" if exp is not None else text


def _bracket(printer, name, arg, exp=None):
    return _power(rf"{name}\left[{printer._print(arg)}\right]", exp)


class Tex(sp.Symbol):
    """A real symbol printed verbatim as its LaTeX name."""

    def __new__(cls, name, **assumptions):
        assumptions.setdefault("real", True)
        return super().__new__(cls, name, **assumptions)

    def _latex(self, printer, exp=None):
        return f"{{{self.name}}}^{{{exp}}}" if exp is not None else self.name


class Exp(sp.Function):
    """exp[z]."""

    def fdiff(self, argindex=1):
        return Exp(self.args[0])

    def _eval_rewrite_as_exp(self, z, **kwargs):
        return sp.exp(z)

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\exp", self.args[0], exp)


class Log(sp.Function):
    """log[z]."""

    def fdiff(self, argindex=1):
        return 1 / self.args[0]

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\log", self.args[0], exp)


class Sin(sp.Function):
    """sin[z]."""

    def fdiff(self, argindex=1):
        return Cos(self.args[0])

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\sin", self.args[0], exp)


class Cos(sp.Function):
    """cos[z]."""

    def fdiff(self, argindex=1):
        return -Sin(self.args[0])

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\cos", self.args[0], exp)


class Sig(sp.Function):
    """Logistic sigmoid sig[z] = 1/(1 + exp[-z])."""

    def fdiff(self, argindex=1):
        return Sig(self.args[0]) * (1 - Sig(self.args[0]))

    def _eval_rewrite_as_exp(self, z, **kwargs):
        return 1 / (1 + sp.exp(-z))

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\sig", self.args[0], exp)


class Ind(sp.Function):
    """Indicator I[z > 0], the derivative of the ReLU function."""

    def fdiff(self, argindex=1):
        return sp.S.Zero

    def _latex(self, printer, exp=None):
        return _power(rf"\indicator\left[{printer._print(self.args[0])} > 0\right]", exp)


class A(sp.Function):
    """ReLU activation a[z]; its derivative is Ind[z]."""

    def fdiff(self, argindex=1):
        return Ind(self.args[0])

    def _latex(self, printer, exp=None):
        return _bracket(printer, "a", self.args[0], exp)


class Bessel0(sp.Function):
    """Modified Bessel function of the first kind and order zero, Bessel_0[kappa]."""

    def fdiff(self, argindex=1):
        return sp.besseli(1, self.args[0])

    def _eval_rewrite_as_besseli(self, z, **kwargs):
        return sp.besseli(0, z)

    def _latex(self, printer, exp=None):
        return _bracket(printer, r"\mathrm{Bessel}_0", self.args[0], exp)


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
        return _power(rf"\mathrm{{f}}{'_{' + index + '}' if index else ''}[{input_tex},\bm{{\phi}}]", exp)

    return type("f", (sp.Function,), {"_latex": _latex, "is_real": True})


class BookPrinter(LatexPrinter):
    """LaTeX printer with sympy's exp, log, cos and sin as \\exp[...], \\log[...], ..."""

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


_EXPLICIT = {Exp: sp.exp, Log: sp.log, Sin: sp.sin, Cos: sp.cos,
             Sig: lambda z: 1 / (1 + sp.exp(-z)),
             Ind: lambda z: sp.Piecewise((1, z > 0), (0, True)),
             A: lambda z: sp.Max(z, 0)}


def explicit(expr):
    """The expression with every function of this module written with sympy's own functions
    (exp, log, sin, cos, besseli, Max, Piecewise), for symbolic and numerical checks."""
    for cls in (VonMises, Normal):
        expr = expr.replace(cls, lambda *a, cls=cls: cls(*a).rewrite(sp.exp))
    for cls, native in _EXPLICIT.items():
        expr = expr.replace(cls, native)
    return expr.replace(Bessel0, lambda z: sp.besseli(0, z))


MODULES = [{"Exp": np.exp, "Log": np.log, "Sin": np.sin, "Cos": np.cos,
            "Sig": lambda z: 1.0 / (1.0 + np.exp(-z)),
            "Ind": lambda z: np.where(np.asarray(z) > 0, 1.0, 0.0),
            "A": lambda z: np.maximum(z, 0.0),
            "Bessel0": np.i0,
            "Normal": lambda y, mu, var: np.exp(-(y - mu) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var),
            "VonMises": lambda y, mu, kappa: np.exp(kappa * np.cos(y - mu)) / (2 * np.pi * np.i0(kappa))},
           "numpy"]


def numeric(symbols, expression):
    """A numpy function of `symbols` that evaluates `expression` (any function of this module)."""
    return sp.lambdify(symbols, expression, modules=MODULES)
