"""Problem 17.1: number of parameters of a 1D mixture of N Gaussians (equation 17.4)."""

N = 5
# Each component n has a weight lambda_n, a mean mu_n and a variance sigma_n^2.
PER_COMPONENT = {"weight": 1, "mean": 1, "variance": 1}


def solve():
    return {"N": N}


def solve_instructor():
    total = N * sum(PER_COMPONENT.values())
    return {"per_component": sum(PER_COMPONENT.values()), "total": total, "free": total - 1}
