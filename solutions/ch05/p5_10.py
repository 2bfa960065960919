"""Problem 5.10: predicting wind direction (von Mises) and wind speed (log-normal) together."""
import sympy as sp

from solutions.common.notation import Bessel0, Tex, VonMises, book_latex

i, I = sp.symbols("i I", integer=True, positive=True)
direction = Tex("y_{i1}")
speed = Tex("y_{i2}", positive=True)
f1 = Tex(r"\mathrm{f}_1[\mathbf{x}_i,\bm{\phi}]")
f2 = Tex(r"\mathrm{f}_2[\mathbf{x}_i,\bm{\phi}]")
kappa = sp.Symbol(r"\kappa", positive=True)
sigma = sp.Symbol(r"\sigma", positive=True)


def log_normal(value, mean, variance):
    """Density of a positive value whose logarithm is Norm[mean, variance]."""
    return sp.exp(-(sp.log(value) - mean) ** 2 / (2 * variance)) / (value * sp.sqrt(2 * sp.pi * variance))


def likelihood():
    """Pr(y_i1, y_i2 | x_i): independent von Mises direction and log-normal speed."""
    return VonMises(direction, f1, kappa) * log_normal(speed, f2, sigma ** 2)


def loss_term():
    """-log of the likelihood, with the constants kept."""
    return (-kappa * sp.cos(direction - f1) + (f2 - sp.log(speed)) ** 2 / (2 * sigma ** 2)
            + sp.log(speed) + sp.log(2 * sp.pi * Bessel0(kappa)) + sp.log(2 * sp.pi * sigma ** 2) / 2)


def reduced_term():
    """The part of the loss term that depends on the parameters phi."""
    return -kappa * sp.cos(direction - f1) + (f2 - sp.log(speed)) ** 2 / (2 * sigma ** 2)


def solve():
    direct = sp.expand_log(-sp.log(likelihood().rewrite(sp.exp)), force=True)
    assert sp.simplify(sp.expand_log(direct - loss_term(), force=True)) == 0
    assert sp.simplify(sp.diff(loss_term() - reduced_term(), f1)) == 0
    assert sp.simplify(sp.diff(loss_term() - reduced_term(), f2)) == 0
    return {"loss": book_latex(sp.Sum(reduced_term(), (i, 1, I)))}
