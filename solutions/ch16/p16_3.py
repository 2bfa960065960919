"""Problem 16.3: Jacobian and determinant of the inverse of a composed flow, on an example.

The book's fifth printing writes Jacobians as in its chapter 7 and appendix: element (i, j) of
df/dz is df_j/dz_i (the transpose of sympy's `jacobian`), so that the chain rule of its
equation 16.6 multiplies the layers' Jacobians in the order the layers are applied.
"""
import sympy as sp

from solutions.common.notation import book_latex

h1, h2 = sp.symbols("h_1 h_2", real=True)
H = sp.Matrix([h1, h2])
# A three-layer flow in 2D and the inverse of each layer (as functions of the layer's output).
LAYERS = [sp.Matrix([2 * h1 + h2, h2]),                  # f_1: linear
          sp.Matrix([h1, h2 + h1**2]),                   # f_2: coupling
          sp.Matrix([h1 + h2, sp.exp(h2)])]              # f_3: nonlinear
INVERSES = [sp.Matrix([(h1 - h2) / 2, h2]),
            sp.Matrix([h1, h2 - h1**2]),
            sp.Matrix([h1 - sp.log(h2), sp.log(h2)])]
X0 = sp.Matrix([1, 2])


def at(expr, point):
    return expr.subs({h1: point[0], h2: point[1]}, simultaneous=True)


def book_jacobian(f, point):
    """Jacobian in the book's convention (element (i, j) is df_j/dh_i), evaluated at point."""
    return at(f.jacobian(H).T, point)


def derive():
    for f, g in zip(LAYERS, INVERSES):                    # each inverse really inverts its layer
        assert sp.simplify(at(f, g) - H) == sp.zeros(2, 1)
    # Outputs of the layers, walking back from x: f_3 = x, f_2 = f_3^{-1}[x], f_1, then z.
    outputs = [X0]
    for g in reversed(INVERSES):
        outputs.append(sp.simplify(at(g, outputs[-1])))
    f3, f2, f1, z0 = outputs
    # The inverse applies f_3^{-1} to x first, so its Jacobian comes first in the product.
    factors = [book_jacobian(INVERSES[2], f3), book_jacobian(INVERSES[1], f2),
               book_jacobian(INVERSES[0], f1)]
    product = sp.simplify(factors[0] * factors[1] * factors[2])
    forward_dets = [sp.simplify(at(LAYERS[0].jacobian(H).det(), z0)),
                    sp.simplify(at(LAYERS[1].jacobian(H).det(), f1)),
                    sp.simplify(at(LAYERS[2].jacobian(H).det(), f2))]
    return {"layers_tex": [book_latex(f) for f in LAYERS],
            "jacobian_inverse_tex": book_latex(product),
            "layers": LAYERS, "inverses": INVERSES, "x0": X0, "z0": z0,
            "jacobian_inverse": product, "det_inverse": sp.simplify(product.det()),
            "forward_dets": forward_dets,
            "reciprocal_product": sp.simplify(1 / sp.prod(forward_dets))}


def solve():
    values = derive()
    return {k: values[k] for k in ("layers_tex", "x0", "jacobian_inverse_tex", "det_inverse",
                                   "forward_dets")}
