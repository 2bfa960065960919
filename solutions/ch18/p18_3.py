"""Problem 18.3: the diffusion kernel after three steps (continuing equation 18.5)."""
import sympy as sp
from sympy.stats import Normal, variance

b1, b2, b3 = sp.symbols(r"\beta_1 \beta_2 \beta_3", positive=True)


def noise_terms():
    """Variances of the two noise terms of z_3 = sqrt(1-b3) z_2 + sqrt(b3) eps_3, with z_2 from eq. 18.6."""
    eps, eps3 = Normal("epsilon", 0, 1), Normal("epsilon_3", 0, 1)
    keep2 = (1 - b2) * (1 - b1)
    return (sp.simplify(variance(sp.sqrt(1 - b3) * sp.sqrt(1 - keep2) * eps)),
            sp.simplify(variance(sp.sqrt(b3) * eps3)))


def solve():
    keep3 = (1 - b3) * (1 - b2) * (1 - b1)
    assert sp.expand(sum(noise_terms()) - (1 - keep3)) == 0
    return {"mean_coef": sp.sqrt(keep3)}
