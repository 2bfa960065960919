"""Problem 7.4: derivative of the least squares loss with respect to the network output."""
import sympy as sp

from solutions.common.notation import Tex

f = Tex(r"\mathrm{f}[\mathbf{x}_i,\bm{\phi}]")
y = Tex("y_i")


def solve():
    loss = (y - f) ** 2
    return {"derivative": sp.factor(sp.diff(loss, f))}
