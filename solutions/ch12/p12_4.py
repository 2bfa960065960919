"""Problem 12.4: the derivatives of the softmax function for inputs with one large value."""
import numpy as np
import sympy as sp

Z = [-3, 1, 100, 5, -1]
PRECISION = 40


def outputs_and_jacobian(values):
    """Softmax outputs y_i and derivatives dy_i/dz_j = y_i (delta_ij - y_j), in exact arithmetic."""
    z = [sp.Integer(v) for v in values]
    total = sum(sp.exp(v) for v in z)
    y = [sp.exp(v) / total for v in z]
    jacobian = [[y[i] * (sp.KroneckerDelta(i, j) - y[j]) for j in range(len(z))]
                for i in range(len(z))]
    return y, jacobian


def solve():
    return {"z_indexed": [[n, v] for n, v in enumerate(Z, 1)], "count": len(Z)}


def solve_instructor():
    y, jacobian = outputs_and_jacobian(Z)
    J = np.array([[float(sp.N(entry, PRECISION)) for entry in row] for row in jacobian])
    return {"y_row": np.array([[float(sp.N(v, PRECISION)) for v in y]]), "jacobian": J,
            "largest_abs": float(np.max(np.abs(J))),
            "dominant": int(np.argmax(Z)) + 1,
            "gap": int(np.max(Z) - sorted(Z)[-2])}
