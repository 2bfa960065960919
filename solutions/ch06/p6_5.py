"""Problem 6.5: derivatives of the least squares loss of the shallow ReLU network (equation 3.1)."""
import sympy as sp

from solutions.common.notation import book_latex

x_i, y_i = sp.symbols("x_i y_i", real=True)
phi = sp.symbols(r"\phi_0 \phi_1 \phi_2 \phi_3", real=True)
theta = {(k, j): sp.Symbol(rf"\theta_{{{k}{j}}}", real=True) for k in (1, 2, 3) for j in (0, 1)}


class indicator(sp.Function):
    """I[z > 0]: one when the argument is positive and zero otherwise."""

    def _latex(self, printer, exp=None):
        return rf"\indicator\left[{printer._print(self.args[0])}>0\right]"


class a(sp.Function):
    """The ReLU activation a[z] = max[0, z]; its derivative is I[z > 0] (taken as zero at z = 0)."""

    def fdiff(self, argindex=1):
        return indicator(self.args[0])

    def _latex(self, printer, exp=None):
        text = rf"a\left[{printer._print(self.args[0])}\right]"
        return f"{text}^{{{exp}}}" if exp is not None else text


def model(x):
    """f[x, phi] of equation 3.1."""
    return phi[0] + sum(phi[k] * a(theta[k, 0] + theta[k, 1] * x) for k in (1, 2, 3))


def parameters():
    """The ten parameters in the order of the answer."""
    return list(phi) + [theta[k, j] for k in (1, 2, 3) for j in (0, 1)]


def solve():
    f = model(x_i)
    loss_term = (y_i - f) ** 2
    rows = []
    for parameter in parameters():
        df = sp.diff(f, parameter)
        # The chain rule: d(y_i - f)^2/dparameter = -2 (y_i - f) df/dparameter.
        assert sp.simplify(sp.diff(loss_term, parameter) + 2 * (y_i - f) * df) == 0
        rows.append([book_latex(parameter), book_latex(df)])
    return {"rows": rows}
