"""Problem 15.2: the loss of equation 15.8 in terms of the Jensen-Shannon divergence (15.9)."""
import sympy as sp

from solutions.ch16.notation import book_latex

L, D_JS = sp.symbols(r"L D_{JS}")


def derive():
    # With m = (q + Pr)/2: q/(q + Pr) = (q/m)/2, so L = KL[q||m] + KL[Pr||m] - 2 log 2.
    loss_in_js = 2 * D_JS - 2 * sp.log(2)
    js_in_loss = sp.solve(sp.Eq(L, loss_in_js), D_JS)[0]
    return {"loss_in_js": loss_in_js, "js_in_loss": js_in_loss}


def solve():
    return {name: book_latex(value) for name, value in derive().items()}
