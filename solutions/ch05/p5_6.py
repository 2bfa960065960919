"""Problem 5.6: a Poisson loss for counting pedestrians."""
import sympy as sp

from solutions.common.notation import Tex, book_latex

i, I = sp.symbols("i I", integer=True, positive=True)
y = Tex("y_i", integer=True, nonnegative=True)
f = Tex(r"\mathrm{f}[\mathbf{x}_i,\bm{\phi}]")
rate = sp.Symbol(r"\lambda_i", positive=True)


def poisson(k, lam):
    return lam ** k * sp.exp(-lam) / sp.factorial(k)


def loss_term():
    """-log Pr(y_i | lambda = exp[f[x_i, phi]]), expanded."""
    return sp.exp(f) - y * f + sp.log(sp.factorial(y))


def solve():
    general = sp.expand_log(-sp.log(poisson(y, rate)), force=True)
    assert sp.simplify(general - (rate - y * sp.log(rate) + sp.log(sp.factorial(y)))) == 0
    assert sp.simplify(sp.expand_log(general.subs(rate, sp.exp(f)), force=True) - loss_term()) == 0
    return {"nll_general": book_latex(sp.Sum(rate - y * sp.log(rate) + sp.log(sp.factorial(y)),
                                             (i, 1, I))),
            "loss": book_latex(sp.Sum(loss_term(), (i, 1, I))),
            "loss_without_constant": book_latex(sp.Sum(sp.exp(f) - y * f, (i, 1, I)))}
