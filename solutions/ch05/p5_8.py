"""Problem 5.8: heteroscedastic multivariate regression with a variance for each dimension."""
import sympy as sp

from solutions.common.notation import Normal, book_latex, output

i, d, I = sp.symbols("i d I", integer=True, positive=True)
D = sp.Symbol("D_o", integer=True, positive=True)   # output dimensions (y in R^{D_o}, problem statement)
y = sp.IndexedBase("y")
f = output(r"\mathbf{x}_i")


def loss():
    """-sum_i log prod_d Norm_{y_id}[f_1d, f_2d^2]."""
    return -sp.Sum(sp.log(sp.Product(Normal(y[i, d], f(1, d), f(2, d) ** 2), (d, 1, D))), (i, 1, I))


def loss_term(mean, deviation, value):
    """-log of one normal factor: squared error over twice the variance plus half the log of
    2 pi times the variance."""
    return (mean - value) ** 2 / (2 * deviation ** 2) + sp.log(2 * sp.pi * deviation ** 2) / 2


def solve():
    m, s, v = sp.Symbol("m", real=True), sp.Symbol("s", positive=True), sp.Symbol("v", real=True)
    direct = -sp.log(Normal(v, m, s ** 2).rewrite(sp.exp))
    assert sp.simplify(sp.expand_log(direct - loss_term(m, s, v), force=True)) == 0
    inner = sp.Sum(loss_term(f(1, d), f(2, d), y[i, d]), (d, 1, D))
    return {"loss": book_latex(loss()),
            "loss_expanded": r"\sum_{i=1}^{I}" + book_latex(inner)}
