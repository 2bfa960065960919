"""Problem 6.3: derivatives of the least squares loss of the Gabor model (equation 6.8)."""
import sympy as sp

from solutions.common.notation import Tex, book_latex

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1", real=True)
x_i, y_i = sp.symbols("x_i y_i", real=True)
u = Tex("u_i")                                    # the argument phi_0 + 0.06 phi_1 x_i
SCALE, WIDTH = sp.Rational(6, 100), 32            # the constants of equation 6.8


def model(x):
    """f[x, phi] = sin[phi_0 + 0.06 phi_1 x] exp[-(phi_0 + 0.06 phi_1 x)^2 / 32]."""
    argument = phi0 + SCALE * phi1 * x
    return sp.sin(argument) * sp.exp(-argument ** 2 / WIDTH)


def shape_derivative():
    """d/du of sin[u] exp[-u^2/32]."""
    return sp.diff(sp.sin(u) * sp.exp(-u ** 2 / WIDTH), u)


def solve():
    argument = phi0 + SCALE * phi1 * x_i
    g = (sp.cos(u) - u * sp.sin(u) / (WIDTH // 2)) * sp.exp(-u ** 2 / WIDTH)
    assert sp.simplify(g - shape_derivative()) == 0
    for parameter, inner in ((phi0, 1), (phi1, SCALE * x_i)):
        direct = sp.diff((model(x_i) - y_i) ** 2, parameter)
        claimed = 2 * (model(x_i) - y_i) * g.subs(u, argument) * inner
        assert sp.simplify(direct - claimed) == 0
    return {"model": book_latex(model(x_i).subs(argument, u)),
            "argument": book_latex(phi0 + sp.Float(float(SCALE), 2) * phi1 * x_i),
            "scale": float(SCALE),
            "shape_derivative": book_latex(g),
            "residual": book_latex(model(x_i).subs(argument, u)) + " - " + book_latex(y_i)}
