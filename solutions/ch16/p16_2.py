"""Problem 16.2: a standard normal base density transformed by the logistic sigmoid."""
import sympy as sp

from solutions.common.notation import book_latex

z = sp.Symbol("z", real=True)
x = sp.Symbol("x", positive=True)


def forward(value):
    """x = f[z] = 1 / (1 + exp[-z])."""
    return 1 / (1 + sp.exp(-value))


def base_density(value):
    """Pr(z) of the statement: the standard normal density."""
    return sp.exp(-value**2 / 2) / sp.sqrt(2 * sp.pi)


def derive():
    inverse = sp.log(x / (1 - x))
    assert sp.simplify(forward(inverse) - x) == 0          # f[f^{-1}[x]] = x
    dz_dx = 1 / (x * (1 - x))
    assert sp.simplify(sp.diff(inverse, x) - dz_dx) == 0
    pr_x = base_density(inverse) * dz_dx                   # |dz/dx| = dz/dx > 0 on (0, 1)
    pr_x_tex = (rf"\frac{{1}}{{\sqrt{{2\pi}}}}\exp\left[-\frac{{{book_latex(inverse**2)}}}{{2}}\right]"
                rf"\cdot {book_latex(dz_dx)}")
    return {"forward": forward(z), "forward_tex": book_latex(forward(z)),
            "inverse": inverse, "inverse_tex": book_latex(inverse),
            "dz_dx": dz_dx, "pr_x": pr_x, "pr_x_tex": pr_x_tex}


def solve():
    values = derive()
    return {k: values[k] for k in ("forward_tex", "inverse_tex", "dz_dx", "pr_x_tex")}
