"""Problem 15.2: the loss of equation 15.8 of the book in terms of the Jensen-Shannon
divergence of its equation 15.9.

Equation 15.8 with the sign of the book's second printing:
L = -int Pr(x*) log[Pr(x*) / (Pr(x*) + Pr(x))] dx* - int Pr(x) log[Pr(x) / (Pr(x*) + Pr(x))] dx.
"""
import sympy as sp

from solutions.common.notation import book_latex

L, D_JS = sp.symbols(r"L D_{JS}")


def derive():
    # With m = (Pr(x*) + Pr(x))/2, each fraction is half of Pr(x*)/m or Pr(x)/m, so
    # L = -(KL[Pr(x*)||m] + KL[Pr(x)||m]) + 2 log 2 = -2 D_JS + 2 log 2.
    loss_in_js = -2 * D_JS + 2 * sp.log(2)
    js_in_loss = sp.solve(sp.Eq(L, loss_in_js), D_JS)[0]
    return {"loss_in_js": loss_in_js, "js_in_loss": js_in_loss}


def solve():
    return {name: book_latex(value) for name, value in derive().items()}
