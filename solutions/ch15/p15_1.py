"""Problem 15.1: the loss of equation 15.8 when the generated and real distributions agree.

Equation 15.8 is the discriminator loss with the optimal discriminator substituted:
L = int q(x) log[q(x) / (q(x) + Pr(x))] dx + int Pr(x) log[Pr(x) / (q(x) + Pr(x))] dx.
"""
import sympy as sp

from solutions.ch16.notation import book_latex


def derive():
    """With q = Pr each ratio is 1/2, and each integral of Pr(x) log[1/2] is log[1/2]."""
    return sp.simplify(2 * sp.log(sp.Rational(1, 2)))


def solve():
    loss = derive()
    return {"loss": book_latex(loss), "loss_value": float(loss)}
