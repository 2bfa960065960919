"""Problem 17.7: EM for a 1D mixture of N Gaussians; the M-step by Lagrange multipliers."""
import sympy as sp

# Sums of the responsibilities r_in over the data for component n:
# R_n = sum_i r_in, S_n = sum_i r_in x_i, Q_n = sum_i r_in x_i^2.
R, S, Q = sp.symbols("R_n S_n Q_n", positive=True)
lam, mu, var, nu = sp.symbols(r"\lambda_n \mu_n \sigma_n^2 \nu", real=True)
I = sp.Symbol("I", positive=True)
N_EXAMPLE = 3                      # components used to solve the Lagrangian for the weights


def bound_of_component():
    """Terms of the bound for component n: sum_i r_in (log lambda_n + log Norm_{x_i}[mu_n, var_n])."""
    return (R * sp.log(lam) - R * sp.log(2 * sp.pi * var) / 2
            - (Q - 2 * mu * S + mu**2 * R) / (2 * var))


def weights_by_lagrange(n_components=N_EXAMPLE):
    """Maximize sum_n R_n log lambda_n subject to sum_n lambda_n = 1; return (lambdas, nu)."""
    Rs = sp.symbols(f"R_1:{n_components + 1}", positive=True)
    lams = sp.symbols(f"lambda_1:{n_components + 1}", positive=True)
    lagrangian = sum(r * sp.log(l) for r, l in zip(Rs, lams)) + nu * (sum(lams) - 1)
    equations = [sp.diff(lagrangian, l) for l in lams] + [sp.diff(lagrangian, nu)]
    best = sp.solve(equations, list(lams) + [nu], dict=True)[0]
    return Rs, [best[l] for l in lams], best[nu]


def derive():
    bound = bound_of_component()
    mu_star = sp.solve(sp.diff(bound, mu), mu)[0]
    var_star = sp.solve(sp.diff(bound, var), var)[0]
    var_at_mu = sp.simplify(var_star.subs(mu, mu_star))
    Rs, lams, nu_star = weights_by_lagrange()
    # Responsibilities of each point sum to one over n, so sum_n R_n = I.
    total = sp.Add(*Rs)
    lam_star = sp.simplify(lams[0].subs(total, I))
    n, N = sp.symbols("n N", integer=True, positive=True)
    r_sum = sp.IndexedBase("R")
    nu_general = -sp.Sum(r_sum[n], (n, 1, N))
    assert sp.simplify(nu_general.subs(N, len(Rs)).doit().subs(
        {r_sum[k + 1]: Rs[k] for k in range(len(Rs))}) - nu_star) == 0
    return {"mu_star": mu_star, "var_star": var_star, "var_at_mu": var_at_mu,
            "nu_star": sp.simplify(nu_star), "nu_general": nu_general, "lam_star_example": lams[0],
            "lam_star": lam_star.subs(Rs[0], R)}


def solve():
    values = derive()
    return {k: values[k] for k in ("mu_star", "var_star", "nu_general", "lam_star")}
