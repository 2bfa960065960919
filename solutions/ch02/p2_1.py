"""Problem 2.1: gradient of the least squares loss of 1D linear regression (equation 2.5)."""
import sympy as sp

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1")
i, I = sp.symbols("i I", integer=True, positive=True)
x, y = sp.IndexedBase("x"), sp.IndexedBase("y")


def loss():
    """Equation 2.5: L[phi] = sum_i (phi_0 + phi_1 x_i - y_i)^2."""
    return sp.Sum((phi0 + phi1 * x[i] - y[i]) ** 2, (i, 1, I))


def solve():
    L = loss()
    return {"loss": L,
            "dL_dphi0": sp.simplify(sp.diff(L, phi0)),
            "dL_dphi1": sp.simplify(sp.diff(L, phi1))}
