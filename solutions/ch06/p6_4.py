"""Problem 6.4: logistic regression; its loss, derivatives, and the loss surface of a sample."""
import numpy as np
import sympy as sp

from solutions.common.notation import Sig as sig, book_latex

phi0, phi1 = sp.symbols(r"\phi_0 \phi_1", real=True)
z = sp.Symbol("z", real=True)
i, I = sp.symbols("i I", integer=True, positive=True)
x, y = sp.IndexedBase("x"), sp.IndexedBase("y")

SEED = 6
COUNT, MEAN_CLASS0, MEAN_CLASS1, SD = 10, -1.0, 1.0, 1.0
# Parameters of the curves of figure 6.2: phi_0 varies with phi_1 fixed, then the reverse.
PHI0_EXAMPLES, PHI1_FIXED = (-2.0, 0.0, 2.0), 1.0
PHI1_EXAMPLES, PHI0_FIXED = (-1.0, 0.5, 1.0, 4.0), 0.0
# The grid of the heat map (figure 6.1).
PHI0_GRID = np.linspace(-5.0, 5.0, 201)
PHI1_GRID = np.linspace(-5.0, 10.0, 301)


def sigmoid(value):
    return 1 / (1 + sp.exp(-value))


def loss_term(xi, yi, with_sig=True):
    """Binary cross-entropy of one example; sig written with the book's function or explicitly."""
    s = (sig if with_sig else sigmoid)(phi0 + phi1 * xi)
    return -(1 - yi) * sp.log(1 - s) - yi * sp.log(s)


def chain_rule_terms(xi, yi, with_sig=True):
    """(dL_i/dphi_0, dL_i/dphi_1) as dL/dsig times dsig/dz times dz/dphi."""
    value = phi0 + phi1 * xi
    s = (sig if with_sig else sigmoid)(value)
    dsig = sp.exp(-value) / (1 + sp.exp(-value)) ** 2
    outer = (1 - yi) / (1 - s) - yi / s
    return outer * dsig, outer * dsig * xi


def sigmoid_derivative():
    """d sig[z] / dz computed by sympy from sig[z] = 1 / (1 + exp[-z])."""
    return sp.diff(sigmoid(z), z)


def data():
    """Ten points from Norm[-1, 1] labelled 0 and ten from Norm[1, 1] labelled 1."""
    rng = np.random.default_rng(SEED)
    inputs = np.concatenate([rng.normal(MEAN_CLASS0, SD, COUNT), rng.normal(MEAN_CLASS1, SD, COUNT)])
    labels = np.concatenate([np.zeros(COUNT), np.ones(COUNT)])
    return inputs, labels


def loss_numeric(p0, p1, inputs, labels):
    """The loss at arrays of parameters (broadcasting), computed stably with logaddexp."""
    z_values = p0[..., None] + p1[..., None] * inputs
    # -log sig[z] = log(1 + exp(-z)); -log(1 - sig[z]) = log(1 + exp(z)).
    return np.sum(labels * np.logaddexp(0, -z_values) + (1 - labels) * np.logaddexp(0, z_values), axis=-1)


def loss_grid():
    inputs, labels = data()
    p0, p1 = np.meshgrid(PHI0_GRID, PHI1_GRID)
    return p0, p1, loss_numeric(p0, p1, inputs, labels)


def newton_minimum(inputs, labels, steps=50):
    """Minimize the loss with Newton's method (gradient and Hessian in closed form)."""
    phi = np.zeros(2)
    design = np.stack([np.ones_like(inputs), inputs], axis=1)
    for _ in range(steps):
        s = 1 / (1 + np.exp(-design @ phi))
        gradient = design.T @ (s - labels)
        hessian = design.T @ (design * (s * (1 - s))[:, None])
        phi = phi - np.linalg.solve(hessian, gradient)
    return phi


def solve():
    dsig = sigmoid_derivative()
    assert sp.simplify(dsig - sigmoid(z) * (1 - sigmoid(z))) == 0
    xi, yi = x[i], y[i]
    derivatives = []
    for k, parameter in enumerate((phi0, phi1)):
        direct = sp.diff(loss_term(xi, yi, with_sig=False), parameter)
        chain = chain_rule_terms(xi, yi, with_sig=False)[k]
        simple = (sigmoid(phi0 + phi1 * xi) - yi) * (1 if k == 0 else xi)
        assert sp.simplify(direct - chain) == 0 and sp.simplify(direct - simple) == 0
        derivatives.append(direct)
    hessian = sp.Matrix(2, 2, lambda r, c: sp.diff(derivatives[r], (phi0, phi1)[c]))
    s = sigmoid(phi0 + phi1 * xi)
    assert sp.simplify(hessian - s * (1 - s) * sp.Matrix([[1, xi], [xi, xi ** 2]])) == sp.zeros(2)
    inputs, labels = data()
    best = newton_minimum(inputs, labels)
    chain = chain_rule_terms(xi, yi)
    return {"mean_class0": MEAN_CLASS0, "mean_class1": MEAN_CLASS1, "sd": SD,
            "sigmoid_derivative": book_latex(dsig),
            "sigmoid_derivative_short": book_latex(sig(z) * (1 - sig(z))),
            "dL_dphi0_chain": book_latex(sp.Sum(chain[0], (i, 1, I))),
            "dL_dphi1_chain": book_latex(sp.Sum(chain[1], (i, 1, I))),
            "dL_dphi0": book_latex(sp.Sum(sig(phi0 + phi1 * xi) - yi, (i, 1, I))),
            "dL_dphi1": book_latex(sp.Sum((sig(phi0 + phi1 * xi) - yi) * xi, (i, 1, I))),
            "hessian_term": book_latex(sig(phi0 + phi1 * xi) * (1 - sig(phi0 + phi1 * xi))),
            "phi0_best": best[0], "phi1_best": best[1],
            "loss_best": float(loss_numeric(best[:1], best[1:], inputs, labels)[0])}
