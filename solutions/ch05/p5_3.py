"""Problem 5.3: von Mises loss for predicting the wind direction with constant concentration."""
import sympy as sp

from solutions.common.notation import Bessel0, Tex, VonMises, book_latex

i, I = sp.symbols("i I", integer=True, positive=True)
y = Tex("y_i")
kappa = sp.Symbol(r"\kappa", positive=True)
f = Tex(r"\mathrm{f}[\mathbf{x}_i,\bm{\phi}]")
BESSEL_ORDER = 0          # the order of the modified Bessel function in the normalizer


def negative_log_likelihood_term():
    """-log Pr(y_i | mu = f[x_i, phi], kappa), the von Mises density written out."""
    return -sp.log(VonMises(y, f, kappa))


def loss_term():
    """The same term, with the logarithm of the constant normalizer kept in one piece."""
    return -kappa * sp.cos(y - f) + sp.log(2 * sp.pi * Bessel0(kappa))


def simplified_term():
    """Loss term after dropping the additive constant and dividing by kappa > 0."""
    return -sp.cos(y - f)


def solve():
    nll = sp.expand_log(negative_log_likelihood_term().rewrite(sp.exp), force=True)
    assert sp.simplify(sp.expand_log(nll - loss_term(), force=True)) == 0
    constant = sp.log(2 * sp.pi * Bessel0(kappa))
    assert sp.simplify((loss_term() - constant) / kappa - simplified_term()) == 0
    assert Bessel0(kappa).rewrite(sp.besseli) == sp.besseli(BESSEL_ORDER, kappa)
    return {"bessel_order": BESSEL_ORDER,
            "nll": book_latex(sp.Sum(negative_log_likelihood_term(), (i, 1, I))),
            "loss": book_latex(sp.Sum(loss_term(), (i, 1, I))),
            "loss_simplified": book_latex(sp.Sum(simplified_term(), (i, 1, I)))}
