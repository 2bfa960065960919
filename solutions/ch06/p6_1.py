"""Problem 6.1: derivatives of one term of the linear regression loss (equations 6.5 and 6.7)."""
import sympy as sp

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1", real=True)
x_i, y_i = sp.symbols("x_i y_i", real=True)


def loss_term():
    """l_i = (f[x_i, phi] - y_i)^2 with f[x, phi] = phi_0 + phi_1 x."""
    return (phi0 + phi1 * x_i - y_i) ** 2


def solve():
    residual = phi0 + phi1 * x_i - y_i
    d0, d1 = sp.diff(loss_term(), phi0), sp.diff(loss_term(), phi1)
    assert sp.expand(d0 - 2 * residual) == 0 and sp.expand(d1 - 2 * x_i * residual) == 0
    return {"loss_term": loss_term(), "residual": residual,
            "inner_dphi0": sp.diff(residual, phi0), "inner_dphi1": sp.diff(residual, phi1)}
