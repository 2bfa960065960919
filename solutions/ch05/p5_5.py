"""Problem 5.5: a mixture of two von Mises distributions for the wind direction."""
import sympy as sp

from solutions.common.notation import VonMises, book_latex

y = sp.Symbol("y", real=True)
lam = sp.Symbol(r"\lambda", positive=True)
mu1, mu2 = sp.symbols(r"\mu_1 \mu_2", real=True)
kappa1, kappa2 = sp.symbols(r"\kappa_1 \kappa_2", positive=True)
PARAMETERS = (lam, mu1, kappa1, mu2, kappa2)


def likelihood():
    """Pr(y | theta) = lambda vonMises[mu_1, kappa_1] + (1 - lambda) vonMises[mu_2, kappa_2]."""
    return lam * VonMises(y, mu1, kappa1) + (1 - lam) * VonMises(y, mu2, kappa2)


def solve():
    return {"likelihood": book_latex(likelihood()),
            "theta": r"\{" + ", ".join(book_latex(p) for p in PARAMETERS) + r"\}",
            "outputs": len(PARAMETERS)}
