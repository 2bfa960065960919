"""Problem 9.1: a normal prior on the parameters is L2 regularization."""
import sympy as sp

from solutions.common.notation import Log

phi_j = sp.Symbol(r"\phi_j", real=True)
sigma = sp.Symbol(r"\sigma_\phi", positive=True)


def normal_pdf(value, mean, variance):
    """Norm_value[mean, variance]."""
    return sp.exp(-(value - mean) ** 2 / (2 * variance)) / sp.sqrt(2 * sp.pi * variance)


def solve():
    neg_log = sp.expand(sp.expand_log(-sp.log(normal_pdf(phi_j, 0, sigma ** 2)), force=True))
    quadratic = neg_log.coeff(phi_j, 2)            # coefficient of phi_j^2
    constant = sp.simplify(neg_log - quadratic * phi_j ** 2)
    log_normalizer = sp.log(2 * sp.pi * sigma ** 2) / 2
    assert sp.simplify(sp.expand_log(constant - log_normalizer, force=True)) == 0
    # Printed with square brackets, log[2 pi sigma^2] / 2.
    return {"neg_log_prior_term": quadratic * phi_j ** 2 + Log(2 * sp.pi * sigma ** 2) / 2,
            "lam": quadratic}                      # lambda = 1 / (2 sigma^2)
