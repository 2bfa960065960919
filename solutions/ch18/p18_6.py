"""Problem 18.6: the conditional diffusion distribution q(z_{t-1}|z_t, x) (equation 18.15)."""
import sympy as sp

beta = sp.Symbol(r"\beta_{t}", positive=True)
alpha_prev = sp.Symbol(r"\alpha_{t-1}", positive=True)
alpha = sp.Symbol(r"\alpha_{t}", positive=True)

# alpha_t = alpha_{t-1} (1 - beta_t), from alpha_t = prod_s (1 - beta_s).
ALPHA_RECURSION = {alpha: alpha_prev * (1 - beta)}


def product_of_normals(mean_a, var_a, mean_b, var_b):
    """Equation 18.14 in one dimension: mean and variance of Norm[a, A] Norm[b, B] (scaled)."""
    var = 1 / (1 / var_a + 1 / var_b)
    return var * (mean_a / var_a + mean_b / var_b), var


def solve():
    z_t, x = sp.symbols(r"z_{t} x")
    # The two normal distributions in z_{t-1} of equation 18.12, after the change of variables.
    mean, var = product_of_normals(z_t / sp.sqrt(1 - beta), beta / (1 - beta),
                                   sp.sqrt(alpha_prev) * x, 1 - alpha_prev)
    var_target = beta * (1 - alpha_prev) / (1 - alpha)
    coef_z_target = (1 - alpha_prev) * sp.sqrt(1 - beta) / (1 - alpha)
    coef_x_target = sp.sqrt(alpha_prev) * beta / (1 - alpha)
    mean = sp.expand(mean)
    checks = [var - var_target, mean.coeff(z_t) - coef_z_target, mean.coeff(x) - coef_x_target]
    assert all(sp.simplify(c.subs(ALPHA_RECURSION)) == 0 for c in checks)
    return {"variance": var_target, "mean_coef_z": coef_z_target, "mean_coef_x": coef_x_target}
