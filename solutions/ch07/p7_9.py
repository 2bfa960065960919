"""Problem 7.9: the derivative of a loss with respect to the weight matrix is (dl/df) h^T."""
import sympy as sp

D_F, D_H = 2, 3  # sizes of the worked example: f has two entries, h three


def layer():
    omega = sp.Matrix(D_F, D_H, lambda i, j: sp.Symbol(rf"\Omega_{{{i + 1}{j + 1}}}"))
    beta = sp.Matrix(D_F, 1, lambda i, _: sp.Symbol(rf"\beta_{{{i + 1}}}"))
    h = sp.Matrix(D_H, 1, lambda j, _: sp.Symbol(f"h_{{{j + 1}}}"))
    return omega, beta, h


def solve():
    omega, beta, h = layer()
    f = beta + omega * h
    # The derivatives of the loss with respect to the outputs, as symbols dl/df_i.
    dl_df = sp.Matrix(D_F, 1, lambda i, _: sp.Symbol(rf"\dfrac{{\partial \ell}}{{\partial f_{{{i + 1}}}}}"))
    # Chain rule entry by entry: dl/dOmega_ij = sum_k dl/df_k df_k/dOmega_ij.
    dl_domega = sp.Matrix(D_F, D_H, lambda i, j: sum(dl_df[k] * sp.diff(f[k], omega[i, j])
                                                     for k in range(D_F)))
    assert dl_domega == dl_df * h.T
    return {"d_f": D_F, "d_h": D_H,
            "df_domega": sp.diff(f[0], omega[0, 1]), "f_first": f[0],
            "dl_df": dl_df, "h_transpose": h.T, "dl_domega": dl_domega}
