"""Problem 7.5: derivative of the binary cross-entropy loss with respect to the network output."""
import sympy as sp

from solutions.common.notation import Sig, Tex

f = Tex(r"\mathrm{f}[\mathbf{x}_i,\bm{\phi}]")
y = Tex("y_i")


def loss():
    return -(1 - y) * sp.log(1 - Sig(f)) - y * sp.log(Sig(f))


def solve():
    raw = sp.diff(loss(), f)
    simple = sp.simplify(sp.expand(raw))
    assert sp.simplify(simple - (Sig(f) - y)) == 0
    return {"raw": raw, "derivative": Sig(f) - y}
