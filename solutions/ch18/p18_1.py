"""Problem 18.1: the diffusion update x_t = sqrt(1-beta_t) x_{t-1} + sqrt(beta_t) eps_t keeps unit variance."""
import sympy as sp
from sympy.stats import Normal, variance

beta = sp.Symbol(r"\beta_{t}", positive=True)


def solve():
    # One component of each vector: x_{t-1} has unit variance, eps_t is standard normal and independent.
    x_prev, eps = Normal("x_prev", 0, 1), Normal("epsilon", 0, 1)
    x_t = sp.sqrt(1 - beta) * x_prev + sp.sqrt(beta) * eps
    return {"scaled_variance": sp.simplify(variance(sp.sqrt(1 - beta) * x_prev)),
            "noise_variance": sp.simplify(variance(sp.sqrt(beta) * eps)),
            "variance": sp.simplify(variance(x_t))}
