"""Problem 15.1: the loss when the generated and real distributions agree.

The current printing of the book asks about equation 15.9 with Pr(x*) = Pr(x) (the first
printing asked about equation 15.8 with q(x) = Pr(x)). Equation 15.8 of the book, with the
sign of its second printing, is the discriminator loss with the optimal discriminator:
L = -int Pr(x*) log[Pr(x*) / (Pr(x*) + Pr(x))] dx* - int Pr(x) log[Pr(x) / (Pr(x*) + Pr(x))] dx.
Equation 15.9 of the book is the Jensen-Shannon divergence between Pr(x*) and Pr(x).
"""
import sympy as sp

from solutions.common.notation import book_latex

p = sp.symbols("p", positive=True)     # the common density value Pr(x*) = Pr(x) at a point


def derive():
    """Integrands of equations 15.8 and 15.9 of the book at a point where both densities are p;
    each integrand is p times a constant, and p integrates to one."""
    loss_integrand = -p * sp.log(p / (p + p)) - p * sp.log(p / (p + p))
    js_integrand = (p * sp.log(2 * p / (p + p)) + p * sp.log(2 * p / (p + p))) / 2
    return {"loss": sp.simplify(loss_integrand / p), "js": sp.simplify(js_integrand / p)}


def solve():
    values = derive()
    return {"loss": book_latex(values["loss"]), "loss_value": float(values["loss"]),
            "js": book_latex(values["js"])}
