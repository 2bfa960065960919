"""Problem 5.2: the binary cross-entropy loss as a function of sig[f] for each label."""
import numpy as np
import sympy as sp

s = sp.Symbol(r"\sig[\mathrm{f}[\mathbf{x},\bm{\phi}]]", positive=True)
y = sp.Symbol("y")


def loss():
    """L = -(1 - y) log[1 - s] - y log[s] with s = sig[f[x, phi]]."""
    return -(1 - y) * sp.log(1 - s) - y * sp.log(s)


def curve(label, values):
    """The loss for a label at an array of values of sig[f] in (0, 1) (numpy)."""
    return sp.lambdify(s, loss().subs(y, label), "numpy")(values)


def solve():
    from solutions.common.notation import book_latex
    half = sp.Rational(1, 2)
    return {"loss_y0": book_latex(loss().subs(y, 0)), "loss_y1": book_latex(loss().subs(y, 1)),
            "at_half": book_latex(sp.simplify(loss().subs({y: 0, s: half}))),
            "at_half_value": float(loss().subs({y: 0, s: half})),
            "near_one": 0.99, "loss_y0_near_one": float(curve(0, np.array(0.99)))}
