"""Problem 6.2: the Hessian of the linear regression loss and why it is positive definite."""
import itertools

import sympy as sp

from solutions.common.notation import Tex

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1", real=True)
I = sp.Symbol("I", integer=True, positive=True)
# Sums over the training data: sum_i x_i and sum_i x_i^2.
Sx = Tex(r"\Bigl(\sum_{i}x_i\Bigr)")
Sxx = Tex(r"\sum_{i}x_i^2")


def hessian_for(xs, ys):
    """The Hessian computed directly from the loss for concrete symbols x_i, y_i."""
    loss = sum((phi0 + phi1 * a - b) ** 2 for a, b in zip(xs, ys))
    return sp.hessian(loss, (phi0, phi1))


def hessian():
    """The Hessian written with I and the sums of x_i and x_i^2."""
    return sp.Matrix([[2 * I, 2 * Sx], [2 * Sx, 2 * Sxx]])


def solve():
    for count in range(1, 6):                     # check the general form on small datasets
        xs, ys = sp.symbols(f"x1:{count + 1}", real=True), sp.symbols(f"y1:{count + 1}", real=True)
        sums = {I: count, Sx: sum(xs), Sxx: sum(a * a for a in xs)}
        assert sp.simplify(hessian_for(xs, ys) - hessian().subs(sums)) == sp.zeros(2)
        # Lagrange's identity: I sum x^2 - (sum x)^2 = sum_{i<j} (x_i - x_j)^2.
        pairs = sum((a - b) ** 2 for a, b in itertools.combinations(xs, 2))
        assert sp.expand((I * Sxx - Sx ** 2).subs(sums) - pairs) == 0
    H = hessian()
    factor = sp.simplify(H.det() / (I * Sxx - Sx ** 2))
    return {"hessian": H, "trace": H.trace(), "determinant": sp.factor(H.det()),
            "determinant_factor": factor}
