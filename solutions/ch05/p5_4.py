"""Problem 5.4: mixture of two Gaussians; its loss and the modes that inference must find."""
import numpy as np
import sympy as sp

from solutions.common.notation import Normal, Sig, Tex, book_latex, output

i, I = sp.symbols("i I", integer=True, positive=True)
y = Tex("y_i")
f = output("x_i")

# An example mixture for the discussion of inference: lambda, mu_1, sigma_1^2, mu_2, sigma_2^2.
EXAMPLE = {"weight": 0.4, "mean1": -1.0, "var1": 0.25, "mean2": 1.5, "var2": 0.64}


def mixture(value, weight, mean1, var1, mean2, var2):
    """Pr(y | lambda, mu_1, sigma_1^2, mu_2, sigma_2^2) of the problem statement."""
    return weight * Normal(value, mean1, var1) + (1 - weight) * Normal(value, mean2, var2)


def loss_term():
    """-log Pr(y_i | theta) with lambda = sig[f_1], mu_1 = f_2, sigma_1^2 = f_3^2, mu_2 = f_4,
    sigma_2^2 = f_5^2."""
    return -sp.log(mixture(y, Sig(f(1)), f(2), f(3) ** 2, f(4), f(5) ** 2))


def density(values, weight, mean1, var1, mean2, var2):
    """The mixture density at an array of values (numpy)."""
    normal = lambda m, v: np.exp(-(values - m) ** 2 / (2 * v)) / np.sqrt(2 * np.pi * v)  # noqa: E731
    return weight * normal(mean1, var1) + (1 - weight) * normal(mean2, var2)


def fixed_point_mode(start, weight, mean1, var1, mean2, var2, steps=200):
    """Setting the derivative of the density to zero gives y = sum_k r_k mu_k / sum_k r_k with
    r_k = w_k Norm_y[mu_k, s_k^2] / s_k^2; iterate this from a starting point."""
    value = start
    for _ in range(steps):
        r1 = weight * density(value, 1, mean1, var1, 0, 1) / var1
        r2 = (1 - weight) * density(value, 1, mean2, var2, 0, 1) / var2
        value = (r1 * mean1 + r2 * mean2) / (r1 + r2)
    return value


def solve():
    ex = EXAMPLE
    args = (ex["weight"], ex["mean1"], ex["var1"], ex["mean2"], ex["var2"])
    modes = [fixed_point_mode(start, *args) for start in (ex["mean1"], ex["mean2"])]
    mean = ex["weight"] * ex["mean1"] + (1 - ex["weight"]) * ex["mean2"]
    best = max(modes, key=lambda m: density(m, *args))
    return {"component1": book_latex(Sig(f(1)) * Normal(y, f(2), f(3) ** 2)),
            "component2": book_latex((1 - Sig(f(1))) * Normal(y, f(4), f(5) ** 2)),
            "example": ex, "modes": modes, "mode": best,
            "mode_density": density(best, *args),
            "mean": mean, "mean_density": density(mean, *args)}
