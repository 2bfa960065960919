"""Problem 7.6: the derivative of z = beta + Omega h with respect to h is Omega^T."""
import sympy as sp

D_Z, D_H = 2, 3  # sizes of the worked example: z has two entries, h three


def layer():
    """Symbols of a layer z = beta + Omega h with D_Z outputs and D_H inputs."""
    omega = sp.Matrix(D_Z, D_H, lambda i, j: sp.Symbol(rf"\omega_{{{i + 1}{j + 1}}}"))
    beta = sp.Matrix(D_Z, 1, lambda i, _: sp.Symbol(rf"\beta_{{{i + 1}}}"))
    h = sp.Matrix(D_H, 1, lambda j, _: sp.Symbol(f"h_{{{j + 1}}}"))
    return omega, beta, h


def derivative_matrix(z, h):
    """The matrix with dz_i/dh_j in column i and row j (the book's convention)."""
    return sp.Matrix(len(h), len(z), lambda j, i: sp.diff(z[i], h[j]))


def solve():
    omega, beta, h = layer()
    z = beta + omega * h
    dz_dh = derivative_matrix(z, h)
    assert dz_dh == omega.T
    return {"d_z": D_Z, "d_h": D_H, "omega": omega, "dz_dh": dz_dh,
            "element": sp.diff(z[0], h[1]), "z_first": z[0]}
