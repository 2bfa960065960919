"""Problem 16.11: the loss of equation 16.25 and the effect of an unknown scale on q(x)."""
import sympy as sp

from solutions.common.notation import book_latex

i, I = sp.symbols("i I", integer=True, positive=True)
kappa = sp.Symbol(r"\kappa", positive=True)
q = sp.Function("q", positive=True)
x = sp.IndexedBase(r"\mathbf{x}")       # x_i = f[z_i, phi], the transformed samples


def loss(density):
    """-(1/I) sum_i log[density(x_i)]: the part of the KL divergence that depends on phi."""
    terms = sp.expand_log(sp.log(density(x[i])), force=True)
    return -sp.Sum(terms, (i, 1, I)).doit() / I


def scale_shift():
    """Change of the loss when q(x) is replaced by kappa q(x)."""
    return sp.simplify(loss(lambda v: kappa * q(v)) - loss(q))


def solve():
    return {"shift_tex": book_latex(scale_shift())}
