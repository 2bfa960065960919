"""Sympy functions printed in the book's notation (square brackets for function arguments).

Exp, Log, Sin, Cos, Sig are exp, log, sin, cos and the logistic sigmoid; A is the ReLU activation a[z]
whose derivative is the indicator Ind[z] = I[z > 0]; Tex is a symbol printed verbatim.
`numeric` turns an expression made of them into a numpy function.
"""
import numpy as np
import sympy as sp


def _bracket(printer, name, arg, exp=None):
    text = rf"{name}\left[{printer._print(arg)}\right]"
    return rf"\left({text}\right)^{{{exp}}}" if exp is not None else text


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
        text = rf"\indicator\left[{printer._print(self.args[0])} > 0\right]"
        return rf"\left({text}\right)^{{{exp}}}" if exp is not None else text


class A(sp.Function):
    """ReLU activation a[z]; its derivative is Ind[z]."""

    def fdiff(self, argindex=1):
        return Ind(self.args[0])

    def _latex(self, printer, exp=None):
        return _bracket(printer, "a", self.args[0], exp)


MODULES = [{"Exp": np.exp, "Log": np.log, "Sin": np.sin, "Cos": np.cos,
            "Sig": lambda z: 1.0 / (1.0 + np.exp(-z)),
            "Ind": lambda z: np.where(np.asarray(z) > 0, 1.0, 0.0),
            "A": lambda z: np.maximum(z, 0.0)}, "numpy"]


def numeric(symbols, expression):
    """A numpy function of `symbols` that evaluates `expression`."""
    return sp.lambdify(symbols, expression, modules=MODULES)
