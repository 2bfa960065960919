"""Problem 8.3: closed-form least squares fit of the output layer of the model of figure 8.4a."""
import numpy as np
import sympy as sp

i, I = sp.symbols("i I", integer=True, positive=True)
beta = sp.Symbol(r"\beta")
omegas = sp.symbols(r"\omega_1:4")
h1, h2, h3, y = (sp.IndexedBase(name) for name in ("h_1", "h_2", "h_3", "y"))
PARAMETERS = [beta, *omegas]


def residual():
    return beta + omegas[0] * h1[i] + omegas[1] * h2[i] + omegas[2] * h3[i] - y[i]


def loss():
    return sp.Sum(residual() ** 2, (i, 1, I))


def closed_form(hidden, targets):
    """[beta, omega_1, omega_2, omega_3] from the normal equations H^T H phi = H^T y."""
    design = np.column_stack([np.ones(len(targets)), hidden])
    return np.linalg.solve(design.T @ design, design.T @ targets)


def solve():
    L = loss()
    derivatives = [sp.simplify(sp.diff(L, p)) for p in PARAMETERS]
    return {"model_i": residual() + y[i], "loss": L,
            "dL_dbeta": derivatives[0], "dL_domega1": derivatives[1],
            "n_parameters": len(PARAMETERS)}
