"""Problem 9.2: gradient of a loss with an L2 regularization term (equation 9.5)."""
import sympy as sp

phi_j = sp.Symbol(r"\phi_j", real=True)
lam, alpha = sp.symbols(r"\lambda \alpha", positive=True)
L = sp.Function("L")


def regularized_loss(phi):
    """The loss with the L2 term of the parameter phi_j (the other phi_k do not depend on it)."""
    return L(phi) + lam * phi ** 2


def solve():
    extra = sp.diff(regularized_loss(phi_j), phi_j) - sp.diff(L(phi_j), phi_j)
    step = sp.expand(phi_j - alpha * sp.diff(regularized_loss(phi_j), phi_j))
    decay = step.coeff(phi_j)
    return {"extra_gradient": sp.simplify(extra),
            "shrink": sp.expand(1 - decay)}
