"""Problem 7.1: derivatives of a two-layer ReLU network output with respect to its 13 parameters."""
import sympy as sp

from solutions.common.notation import A, Tex

x = sp.Symbol("x", real=True)
phi = sp.symbols(r"\phi_0:3", real=True)
theta = {(i, j): sp.Symbol(rf"\theta_{{{i}{j}}}", real=True) for i in range(2) for j in (1, 2)}
psi = {(i, j): sp.Symbol(rf"\psi_{{{i}{j}}}", real=True) for i in range(3) for j in (1, 2)}


def first_layer(j):
    return theta[0, j] + theta[1, j] * x


def second_layer(j):
    return psi[0, j] + psi[1, j] * A(first_layer(1)) + psi[2, j] * A(first_layer(2))


def network():
    return phi[0] + phi[1] * A(second_layer(1)) + phi[2] * A(second_layer(2))


PARAMETERS = [phi[0], phi[1], phi[2], psi[0, 1], psi[1, 1], psi[2, 1], psi[0, 2], psi[1, 2],
              psi[2, 2], theta[0, 1], theta[1, 1], theta[0, 2], theta[1, 2]]

# Names for the pre-activations so that the printed derivatives stay short.
G = {j: Tex(f"g_{j}") for j in (1, 2)}       # first hidden layer: g_j = theta_0j + theta_1j x
K = {j: Tex(f"k_{j}") for j in (1, 2)}       # second hidden layer: k_j = psi_0j + psi_1j a[g_1] + psi_2j a[g_2]


def shorten(expression, second=True):
    """Replace the second-layer and then the first-layer pre-activations by k_j and g_j."""
    for j in (1, 2) if second else ():
        expression = expression.subs(second_layer(j), K[j])
    for j in (1, 2):
        expression = expression.subs(first_layer(j), G[j])
    return expression


def solve():
    return {"count": len(PARAMETERS)}


def solve_instructor():
    y = network()
    derivatives = [sp.diff(y, p) for p in PARAMETERS]
    rows = [{"parameter": sp.latex(p), "value": shorten(sp.factor_terms(d))}
            for p, d in zip(PARAMETERS, derivatives)]
    return {"rows": rows,
            "g1": first_layer(1), "g2": first_layer(2),
            "k1": shorten(second_layer(1), second=False),
            "k2": shorten(second_layer(2), second=False)}
