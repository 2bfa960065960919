"""Problem 2.2: closed-form minimum of the linear regression loss."""
import sympy as sp

from solutions.ch02 import p2_1

# Sums over the training data: sum x_i, sum y_i, sum x_i^2, sum x_i y_i.
Sx, Sy, Sxx, Sxy = sp.symbols(r"S_{x} S_{y} S_{xx} S_{xy}")


def normal_equations():
    """Problem 2.1's derivatives set to zero, written with the data sums."""
    phi0, phi1, I = p2_1.phi0, p2_1.phi1, p2_1.I
    return [sp.Eq(2 * (I * phi0 + phi1 * Sx - Sy), 0),
            sp.Eq(2 * (phi0 * Sx + phi1 * Sxx - Sxy), 0)]


def solve():
    phi0, phi1 = p2_1.phi0, p2_1.phi1
    best = sp.solve(normal_equations(), [phi0, phi1], dict=True)[0]
    return {"equation_phi0": normal_equations()[0].lhs / 2,
            "equation_phi1": normal_equations()[1].lhs / 2,
            "phi0_star": sp.factor(best[phi0]), "phi1_star": sp.factor(best[phi1])}
