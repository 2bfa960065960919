"""Problem 16.4: inverses and determinants of a diagonal and a lower-triangular matrix."""
import sympy as sp

OMEGA1 = sp.Matrix([[2, 0, 0, 0], [0, -5, 0, 0], [0, 0, 1, 0], [0, 0, 0, 2]])
OMEGA2 = sp.Matrix([[1, 0, 0, 0], [2, 4, 0, 0], [1, -1, 2, 0], [4, -2, -2, 1]])


def forward_substitution(lower):
    """Inverse of a lower-triangular matrix, one column of L X = I at a time, top to bottom."""
    n = lower.rows
    inverse = sp.zeros(n, n)
    for col in range(n):
        for row in range(n):
            rhs = (1 if row == col else 0) - sum(lower[row, k] * inverse[k, col] for k in range(row))
            inverse[row, col] = sp.Rational(rhs) / lower[row, row]
    return inverse


def derive():
    diag1 = [OMEGA1[i, i] for i in range(4)]
    diag2 = [OMEGA2[i, i] for i in range(4)]
    return {"Omega1_inv": sp.diag(*[sp.Rational(1) / d for d in diag1]),
            "Omega1_det": sp.prod(diag1), "Omega1_diag": diag1,
            "Omega2_inv": forward_substitution(OMEGA2),
            "Omega2_det": sp.prod(diag2), "Omega2_diag": diag2}


def displayed(matrix):
    """LaTeX of a matrix with extra space between the rows, so that the fractions do not crowd."""
    return sp.latex(matrix, mat_str="bmatrix", mat_delim="").replace("\\\\", "\\\\[4pt]")


def solve():
    return {"Omega1": OMEGA1, "Omega2": OMEGA2}


def solve_instructor():
    values = derive()
    values["Omega1_inv"] = displayed(values["Omega1_inv"])
    values["Omega2_inv"] = displayed(values["Omega2_inv"])
    # The factors of the determinant of Omega_1 as printed, negative ones in parentheses.
    values["Omega1_diag_factors"] = [f"({d})" if d < 0 else f"{d}" for d in values.pop("Omega1_diag")]
    return values
