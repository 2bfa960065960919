"""Problem 5.7: ten independent normal outputs with a shared variance give least squares."""
import sympy as sp

from solutions.common.notation import Normal, book_latex, output

DIMENSIONS = 10
d, D = sp.symbols("d D", integer=True, positive=True)
i, I = sp.symbols("i I", integer=True, positive=True)
sigma = sp.Symbol(r"\sigma", positive=True)
y = sp.IndexedBase("y")
f = output(r"\mathbf{x}_i")


def likelihood():
    """Pr(y_i | f[x_i, phi]) = prod_d Norm_{y_id}[f_d[x_i, phi], sigma^2]."""
    return sp.Product(Normal(y[i, d], f(d), sigma ** 2), (d, 1, DIMENSIONS))


def nll_term():
    """-log Pr(y_i | f[x_i, phi]): a scaled sum of squares plus a constant."""
    squares = sp.Sum((f(d) - y[i, d]) ** 2, (d, 1, DIMENSIONS))
    return squares / (2 * sigma ** 2) + sp.Rational(DIMENSIONS, 2) * sp.log(2 * sp.pi * sigma ** 2)


def solve():
    return {"dimensions": DIMENSIONS}


def solve_instructor():
    # Check the closed form against the logarithm of the product of the ten densities.
    m, v = sp.symbols("m v", real=True)
    one = sp.expand_log(-sp.log(Normal(v, m, sigma ** 2).rewrite(sp.exp)), force=True)
    per_dimension = (v - m) ** 2 / (2 * sigma ** 2) + sp.log(2 * sp.pi * sigma ** 2) / 2
    assert sp.simplify(sp.expand_log(one - per_dimension, force=True)) == 0
    return {"likelihood": book_latex(likelihood()),
            "nll": r"\sum_{i=1}^{I}\left(" + book_latex(nll_term()) + r"\right)",
            "constant": book_latex(I * sp.Rational(DIMENSIONS, 2) * sp.log(2 * sp.pi * sigma ** 2)),
            "scale": book_latex(1 / (2 * sigma ** 2))}
