"""Problem 9.5: weight decay is gradient descent on an L2-regularized loss."""
import sympy as sp

phi_k = sp.Symbol(r"\phi_k", real=True)
lam, alpha = sp.symbols(r"\lambda \alpha", positive=True)
L = sp.Function("L")


def modified_loss(phi):
    """L~[phi] = L[phi] + lambda / (2 alpha) phi^2, the part that depends on phi_k."""
    return L(phi) + lam / (2 * alpha) * phi ** 2


def solve():
    penalty_gradient = sp.diff(modified_loss(phi_k) - L(phi_k), phi_k)
    step = sp.expand(phi_k - alpha * sp.diff(modified_loss(phi_k), phi_k))
    decay = step.coeff(phi_k)
    return {"penalty_gradient": penalty_gradient,
            "scaled_penalty_gradient": sp.expand(alpha * penalty_gradient),
            "shrink": sp.expand(1 - decay)}
