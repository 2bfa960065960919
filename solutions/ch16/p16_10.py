"""Problem 16.10: structure of the Jacobian of the residual flow of figure 16.8.

h'_1 = h_1 + f_1[h_2],  h'_2 = h_2 + f_2[h'_1] (equation 16.18 of the book). In the book's
convention (fifth printing: element (i, j) of a Jacobian is the derivative of output j with
respect to input i, so rows belong to [h_1; h_2] and columns to [h'_1; h'_2]) the Jacobian is
[[I, J_2], [J_1, I + J_1 J_2]] with J_1 = df_1/dh_2 and J_2 = df_2/dh'_1.
"""
import numpy as np

HALF = 4                                  # dimension of each half h_1, h_2 in the drawing
ZERO, ONE, FREE = 0, 1, 2                 # codes: structural zero, constant one, general value


def jacobian(j1, j2):
    eye = np.eye(len(j1))
    return np.block([[eye, j2], [j1, eye + j1 @ j2]])


def pattern(j1, j2):
    """Code each element of the Jacobian for generic (random) J_1 and J_2 of the given shape."""
    jac = jacobian(j1, j2)
    codes = np.full(jac.shape, FREE)
    codes[jac == 0] = ZERO
    codes[:HALF, :HALF][np.eye(HALF, dtype=bool)] = ONE      # the identity block
    return codes


def patterns():
    """Element codes for (i) fully connected and (ii) elementwise f_1 and f_2."""
    rng = np.random.default_rng(1610)
    dense = pattern(rng.normal(size=(HALF, HALF)), rng.normal(size=(HALF, HALF)))
    elementwise = pattern(np.diag(rng.normal(size=HALF)), np.diag(rng.normal(size=HALF)))
    return {"dense": dense, "elementwise": elementwise}


def solve():
    dense, elementwise = patterns()["dense"], patterns()["elementwise"]
    return {"half": HALF, "dense_nonzeros": int(np.sum(dense != ZERO)),
            "elementwise_nonzeros": int(np.sum(elementwise != ZERO)),
            "size": 2 * HALF}
