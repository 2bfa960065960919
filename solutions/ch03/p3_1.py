"""Problem 3.1: the shallow network of equation 3.1 with a linear activation function."""
import sympy as sp

from solutions.ch03 import p3_3

psi0, psi1 = sp.symbols(r"\psi_0 \psi_1")
x = p3_3.x


def network(activation):
    """Equation 3.1 with activation a[z]."""
    phi, theta = p3_3.PHI, p3_3.THETA
    return phi[0] + sum(phi[d] * activation(theta[d - 1][0] + theta[d - 1][1] * x)
                        for d in (1, 2, 3))


def intercept_and_slope(expression):
    poly = sp.Poly(sp.expand(expression), x)
    return sp.factor_terms(poly.coeff_monomial(1)), sp.factor_terms(poly.coeff_monomial(x))


def solve():
    linear = network(lambda z: psi0 + psi1 * z)
    identity = network(lambda z: z)
    b_lin, s_lin = intercept_and_slope(linear)
    b_id, s_id = intercept_and_slope(identity)
    return {"linear_intercept": b_lin, "linear_slope": s_lin,
            "identity_intercept": b_id, "identity_slope": s_id,
            "identity_degree": sp.degree(sp.expand(identity), x)}
