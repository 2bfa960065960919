"""Do the chapter 17 (variational autoencoders) derivations give the right results on concrete data?"""
import functools
import math

import numpy as np
import sympy as sp

from solutions.ch17 import p17_1, p17_2, p17_3, p17_5, p17_6, p17_7

RNG = np.random.default_rng(17)
GRID = np.linspace(-12, 12, 48001)


def _normal(x, mean, var):
    return np.exp(-(x - mean) ** 2 / (2 * var)) / np.sqrt(2 * np.pi * var)


def _expect(density, values):
    """Integral of density * values on GRID (trapezoid rule)."""
    f = density * values
    return float(np.sum((f[1:] + f[:-1]) / 2 * np.diff(GRID)))


def test_17_4_elbo_is_evidence_minus_posterior_kl():
    """For a linear-Gaussian model, is E_q[log Pr(x|z)] - KL[q||Pr(z)] = log Pr(x) - KL[q||Pr(z|x)] <= log Pr(x)?"""
    w, c, s2, x = 1.5, 0.3, 0.4, 1.1                  # z ~ Norm[0, 1], x|z ~ Norm[w z + c, s2]
    log_evidence = math.log(_normal(x, c, w**2 + s2))
    post_var = 1 / (1 + w**2 / s2)
    post_mean = post_var * w * (x - c) / s2
    for m, v in [(0.2, 0.5), (post_mean, post_var), (-1.0, 2.0)]:
        q = _normal(GRID, m, v)
        log_q = -(GRID - m) ** 2 / (2 * v) - 0.5 * math.log(2 * math.pi * v)
        reconstruction = _expect(q, -(x - w * GRID - c) ** 2 / (2 * s2) - 0.5 * math.log(2 * math.pi * s2))
        kl_prior = _expect(q, log_q - (-GRID**2 / 2 - 0.5 * math.log(2 * math.pi)))
        log_post = -(GRID - post_mean) ** 2 / (2 * post_var) - 0.5 * math.log(2 * math.pi * post_var)
        kl_post = _expect(q, log_q - log_post)
        elbo = reconstruction - kl_prior
        assert math.isclose(elbo, log_evidence - kl_post, abs_tol=1e-8)
        assert elbo <= log_evidence + 1e-12


@functools.cache
def _m_step_formulas():
    """The M-step updates of problem 17.7 as numpy functions of R_n, S_n, Q_n and I."""
    values = p17_7.derive()
    return (sp.lambdify((p17_7.R, p17_7.I), values["lam_star"]),
            sp.lambdify((p17_7.S, p17_7.R), values["mu_star"]),
            sp.lambdify((p17_7.Q, p17_7.S, p17_7.R), values["var_at_mu"]))


def _em_step(x, lam, mu, var):
    """One EM iteration with the updates of problem 17.7 (sympy formulas evaluated numerically)."""
    like = lam[None, :] * _normal(x[:, None], mu[None, :], var[None, :])
    r = like / like.sum(axis=1, keepdims=True)
    R, S, Q = r.sum(axis=0), (r * x[:, None]).sum(axis=0), (r * x[:, None] ** 2).sum(axis=0)
    lam_f, mu_f, var_f = _m_step_formulas()
    return r, lam_f(R, len(x)), mu_f(S, R), var_f(Q, S, R)


def _log_likelihood(x, lam, mu, var):
    return float(np.sum(np.log((lam[None, :] * _normal(x[:, None], mu[None, :], var[None, :])).sum(axis=1))))


def test_17_7_em_updates_increase_the_likelihood():
    """Does EM with the updates of problem 17.7 never decrease the log likelihood (fixed seed)?"""
    x = np.concatenate([RNG.normal(-2, 0.5, 150), RNG.normal(1, 1.0, 250), RNG.normal(4, 0.7, 100)])
    lam, mu, var = np.full(3, 1 / 3), np.array([-1.0, 0.0, 1.0]), np.ones(3)
    history = [_log_likelihood(x, lam, mu, var)]
    for _ in range(60):
        _, lam, mu, var = _em_step(x, lam, mu, var)
        history.append(_log_likelihood(x, lam, mu, var))
    assert np.all(np.diff(history) >= -1e-9)
    assert math.isclose(lam.sum(), 1.0)
    assert np.allclose(np.sort(mu), [-2, 1, 4], atol=0.3)


def test_17_7_m_step_maximizes_the_bound():
    """Does any small feasible change of the M-step parameters of problem 17.7 lower the bound?"""
    x = RNG.normal(size=40) * 2
    r, lam, mu, var = _em_step(x, np.array([0.3, 0.7]), np.array([-1.0, 1.0]), np.array([1.0, 2.0]))

    def bound(lam, mu, var):
        return float(np.sum(r * (np.log(lam)[None, :] + np.log(_normal(x[:, None], mu[None, :], var[None, :])))))

    best = bound(lam, mu, var)
    for _ in range(200):
        d = RNG.normal(size=(3, 2)) * 1e-3
        moved_lam = lam + d[0] - d[0].mean()            # stays on sum(lambda) = 1
        assert bound(moved_lam, mu + d[1], var + d[2]) <= best + 1e-12


def test_17_7_lagrange_multiplier_gives_normalized_weights():
    """Do the Lagrange conditions of problem 17.7 give lambda_n = R_n / sum R and nu = -sum R?"""
    Rs, lams, nu = p17_7.weights_by_lagrange(4)
    numbers = {r: v for r, v in zip(Rs, (3.0, 1.0, 5.0, 2.0))}
    assert np.allclose([float(l.subs(numbers)) for l in lams], np.array([3, 1, 5, 2]) / 11)
    assert math.isclose(float(nu.subs(numbers)), -11.0)


def _mixture_log_density(params, x, n):
    lam, mu, var = params[:n], params[n:2 * n], params[2 * n:]
    return np.log(np.sum(lam[None, :] * _normal(x[:, None], mu[None, :], var[None, :]), axis=1))


def _numeric_rank(function, point, step=1e-6):
    columns = []
    for k in range(point.size):
        e = np.zeros_like(point)
        e[k] = step
        columns.append((function(point + e) - function(point - e)) / (2 * step))
    return np.linalg.matrix_rank(np.stack(columns, axis=1), tol=1e-6)


def test_17_1_mixture_has_the_counted_degrees_of_freedom():
    """Does the density of a mixture of n Gaussians change in exactly the counted number of independent ways?"""
    values = {**p17_1.solve(), **p17_1.solve_instructor()}
    n = values["N"]
    x = np.linspace(-6, 6, 200)
    logits = RNG.normal(size=n)
    point = np.concatenate([logits, RNG.normal(size=n) * 2, RNG.uniform(0.5, 2, n)])
    assert point.size == values["total"]

    def with_softmax(p):                  # all 3n parameters; the weights normalized by softmax
        lam = np.exp(p[:n]) / np.exp(p[:n]).sum()
        return _mixture_log_density(np.concatenate([lam, p[n:]]), x, n)

    assert _numeric_rank(with_softmax, point) == values["free"]


def test_17_2_second_derivative_of_log_is_negative():
    """Is the second derivative of log in problem 17.2 the finite-difference one, and negative?"""
    second = sp.lambdify(p17_2.x, p17_2.solve()["second"])
    h = 1e-4
    for xv in (0.3, 1.0, 4.0):
        numeric = (math.log(xv + h) - 2 * math.log(xv) + math.log(xv - h)) / h**2
        assert math.isclose(second(xv), numeric, rel_tol=1e-5)
        assert second(xv) < 0


def test_17_3_second_derivative_and_jensen():
    """Is the second derivative of x^{2n} in problem 17.3 right and non-negative, and E[x]^2 <= E[x^2]?"""
    values = p17_3.solve_instructor()
    for k in range(1, 6):
        g = p17_3.x ** (2 * k)
        assert sp.simplify(sp.diff(g, p17_3.x, 2) - values["second"].subs(p17_3.n, k)) == 0
        f = sp.lambdify(p17_3.x, values["second"].subs(p17_3.n, k))
        assert all(f(v) >= 0 for v in np.linspace(-3, 3, 61))
    for _ in range(20):
        points, probs = RNG.normal(size=8) * 3, RNG.dirichlet(np.ones(8))
        assert (probs @ points) ** 2 <= probs @ points**2 + 1e-12


def test_17_5_score_function_identity_holds_exactly():
    """Is E[f[x] d/dmu log Pr(x|mu)] = d/dmu E[f[x]] for a normal distribution and f[x] = x^3?"""
    x, mu = p17_5.xs, p17_5.mu
    density = p17_5.density()
    left = sp.integrate(x**3 * sp.diff(sp.log(density), mu) * density, (x, -sp.oo, sp.oo))
    right = sp.diff(sp.integrate(x**3 * density, (x, -sp.oo, sp.oo)), mu)
    assert sp.simplify(left - right) == 0


def test_17_5_estimates_are_within_sampling_error():
    """Are both Monte Carlo estimates of problem 17.5 within four standard errors of the exact derivative?"""
    values = p17_5.solve()
    for kind in ("score", "reparam"):
        assert abs(values[f"{kind}_estimate"] - values["exact_value"]) < 4 * values[f"{kind}_std"]
    assert values["score_std"] > values["reparam_std"]


def test_17_6_slerp_keeps_the_norm_and_the_chi_square_tail_is_right():
    """Does slerp in problem 17.6 keep equal norms, and is Pr(||z||^2 <= D/2) right by quadrature?"""
    z1, z2 = RNG.normal(size=50), RNG.normal(size=50)
    z2 = z2 / np.linalg.norm(z2) * np.linalg.norm(z1)
    for t in (0.0, 0.3, 0.5, 1.0):
        assert math.isclose(np.linalg.norm(p17_6.slerp(z1, z2, t)), np.linalg.norm(z1))
    assert np.allclose(p17_6.slerp(z1, z2, 1.0), z2)
    values = p17_6.solve()
    d = values["D"]
    grid = np.linspace(1e-9, d / 2, 200001)                 # chi-square density with d dof
    log_pdf = (d / 2 - 1) * np.log(grid) - grid / 2 - (d / 2) * math.log(2) - math.lgamma(d / 2)
    pdf = np.exp(log_pdf)
    tail = float(np.sum((pdf[1:] + pdf[:-1]) / 2 * np.diff(grid)))
    assert math.isclose(values["prob_inside_half"], tail, rel_tol=1e-6)
    assert abs(values["linear_mid_mean"] - values["sqrt_half_D"]) < 0.1
    assert abs(values["slerp_mid_mean"] - values["sqrt_D"]) < 0.1
