"""Do the chapter 18 (diffusion models) derivations hold on concrete numbers?"""
import numpy as np
import sympy as sp

from solutions.ch18 import p18_1, p18_2, p18_3, p18_6, p18_8

RNG = np.random.default_rng(18)


def log_normal(x, mean, cov):
    """log Norm_x[mean, cov] for a vector x."""
    diff = x - mean
    _, logdet = np.linalg.slogdet(2 * np.pi * cov)
    return -0.5 * (diff @ np.linalg.solve(cov, diff) + logdet)


def random_spd(n):
    m = RNG.normal(size=(n, n))
    return m @ m.T + n * np.eye(n)


def test_18_1_update_keeps_identity_covariance():
    """Does a seeded sample of the update of problem 18.1 keep Cov = I in three dimensions?"""
    beta = 0.3
    x_prev = RNG.normal(size=(200_000, 3))           # Cov[x_{t-1}] = I
    x_t = np.sqrt(1 - beta) * x_prev + np.sqrt(beta) * RNG.normal(size=(200_000, 3))
    assert np.allclose(np.cov(x_t.T), np.eye(3), atol=0.015)
    assert sp.simplify(p18_1.solve()["variance"] - 1) == 0


def test_18_4_change_of_variables_is_proportional():
    """Is Norm_v[Aw, B] / Norm_w[(A'B^-1A)^-1 A'B^-1 v, (A'B^-1A)^-1] the same for every w?"""
    A, B, v = RNG.normal(size=(3, 2)), random_spd(3), RNG.normal(size=3)
    precision = A.T @ np.linalg.solve(B, A)
    cov = np.linalg.inv(precision)
    mean = cov @ A.T @ np.linalg.solve(B, v)
    ratios = [log_normal(v, A @ w, B) - log_normal(w, mean, cov) for w in RNG.normal(size=(5, 2))]
    assert np.allclose(ratios, ratios[0])


def test_18_5_product_of_normals_is_proportional_to_a_normal():
    """Is Norm_x[a, A] Norm_x[b, B] a constant multiple of the normal of problem 18.5?"""
    a, b, A, B = RNG.normal(size=2), RNG.normal(size=2), random_spd(2), random_spd(2)
    cov = np.linalg.inv(np.linalg.inv(A) + np.linalg.inv(B))
    mean = cov @ (np.linalg.solve(A, a) + np.linalg.solve(B, b))
    ratios = [log_normal(x, a, A) + log_normal(x, b, B) - log_normal(x, mean, cov)
              for x in RNG.normal(size=(5, 2))]
    assert np.allclose(ratios, ratios[0])


def _alphas(betas):
    return np.cumprod(1 - np.asarray(betas))


def test_18_6_posterior_matches_numerical_bayes():
    """Does equation 18.15 give the mean and variance of q(z_{t-1}|z_t,x) computed on a grid?"""
    betas, x, z_t = [0.1, 0.2, 0.3], 1.3, 0.4
    alphas = _alphas(betas)
    beta, alpha_prev, alpha = betas[2], alphas[1], alphas[2]
    grid = np.linspace(-8, 8, 200001)
    log_post = (-(z_t - np.sqrt(1 - beta) * grid) ** 2 / (2 * beta)
                - (grid - np.sqrt(alpha_prev) * x) ** 2 / (2 * (1 - alpha_prev)))
    weights = np.exp(log_post - log_post.max())
    weights /= weights.sum()
    mean = (weights * grid).sum()
    var = (weights * (grid - mean) ** 2).sum()
    values = p18_6.solve()
    numbers = {p18_6.beta: beta, p18_6.alpha_prev: alpha_prev, p18_6.alpha: alpha}
    predicted_mean = float(values["mean_coef_z"].subs(numbers)) * z_t + float(values["mean_coef_x"].subs(numbers)) * x
    assert np.isclose(mean, predicted_mean, atol=1e-6)
    assert np.isclose(var, float(values["variance"].subs(numbers)), atol=1e-6)


def test_18_7_reconstruction_and_kl_terms_by_monte_carlo():
    """Is E_q(z_1..T|x)[sum_t log Pr(z_{t-1}|z_t)/q(z_{t-1}|z_t,x)] = -sum_t E_q(z_t|x)[KL] (third line of 18.25)?"""
    betas, x, n = np.array([0.2, 0.3, 0.4]), 0.8, 400000
    alphas = _alphas(betas)
    weights, sigma2 = [None, 0.7, 0.9], [None, 0.25, 0.3]   # f_t[z_t] = weights[t] * z_t (t = 2, 3)
    rng = np.random.default_rng(7)
    z = [None]
    prev = np.full(n, x)
    for beta in betas:
        prev = np.sqrt(1 - beta) * prev + np.sqrt(beta) * rng.normal(size=n)
        z.append(prev)

    def posterior(t, z_t):
        a_prev, a_t, b = alphas[t - 2], alphas[t - 1], betas[t - 1]
        mean = (1 - a_prev) / (1 - a_t) * np.sqrt(1 - b) * z_t + np.sqrt(a_prev) * b / (1 - a_t) * x
        return mean, b * (1 - a_prev) / (1 - a_t)

    def log_norm(v, m, s2):
        return -0.5 * ((v - m) ** 2 / s2 + np.log(2 * np.pi * s2))

    lhs, rhs = 0.0, 0.0
    for t in (2, 3):
        q_mean, q_var = posterior(t, z[t])
        lhs += np.mean(log_norm(z[t - 1], weights[t - 1] * z[t], sigma2[t - 1]) - log_norm(z[t - 1], q_mean, q_var))
        kl = 0.5 * (q_var / sigma2[t - 1] - 1 + (q_mean - weights[t - 1] * z[t]) ** 2 / sigma2[t - 1]
                    + np.log(sigma2[t - 1] / q_var))
        rhs -= np.mean(kl)
    assert np.isclose(lhs, rhs, atol=0.01)


def test_18_8_kl_is_quadratic_plus_constant():
    """Does the full KL of equation 18.48 equal ||a - f||^2 / (2 sigma^2) + C for any f?"""
    values = p18_8.solve()
    D, sigma2, alpha_prev, beta = 4, 0.5, 0.4, 0.2
    alpha = alpha_prev * (1 - beta)
    A = beta * (1 - alpha_prev) / (1 - alpha) * np.eye(D)
    B = sigma2 * np.eye(D)
    a = RNG.normal(size=D)
    for f in RNG.normal(size=(3, D)):
        full = 0.5 * (np.trace(np.linalg.solve(B, A)) - D + (a - f) @ np.linalg.solve(B, a - f)
                      + np.log(np.linalg.det(B) / np.linalg.det(A)))
        numbers = {p18_8.D: D, p18_8.sigma2: sigma2, p18_8.dist2: float((a - f) @ (a - f)),
                   p18_6.alpha_prev: alpha_prev, p18_6.beta: beta, p18_6.alpha: alpha}
        quadratic, constant = p18_8.decomposition()
        assert np.isclose(full, float((quadratic + constant).subs(numbers)))
    assert not p18_8.decomposition()[1].has(p18_8.dist2)
    assert np.isclose(float(values["ratio"].subs(numbers)), A[0, 0] / sigma2)


def test_18_9_and_18_10_identities_on_a_schedule():
    """Do sqrt(alpha_t/alpha_{t-1}) = sqrt(1-beta_t) and the identity of problem 18.10 hold for a random schedule?"""
    betas = RNG.uniform(0.01, 0.5, size=10)
    alphas = _alphas(betas)
    for t in range(1, 10):
        a_prev, a_t, b = alphas[t - 1], alphas[t], betas[t]
        assert np.isclose(np.sqrt(a_t / a_prev), np.sqrt(1 - b))
        assert np.isclose(((1 - a_prev) * (1 - b) + b) / ((1 - a_t) * np.sqrt(1 - b)), 1 / np.sqrt(1 - b))


def test_18_11_reconstruction_term_in_terms_of_noise():
    """Is ||x - f_1[z_1]||^2 equal to (beta_1/(sqrt(1-alpha_1) sqrt(1-beta_1)))^2 ||g_1 - epsilon||^2?"""
    beta = 0.05
    alpha = 1 - beta
    x, eps, g = RNG.normal(size=(3, 5))
    z1 = np.sqrt(alpha) * x + np.sqrt(1 - alpha) * eps
    scale = beta / (np.sqrt(1 - alpha) * np.sqrt(1 - beta))
    f1 = z1 / np.sqrt(1 - beta) - scale * g
    assert np.isclose(np.sum((x - f1) ** 2), np.sum((scale * g - scale * eps) ** 2))


def test_18_6_variance_in_closed_form_symbolically():
    """Does the sympy product of normals reduce to beta_t (1 - alpha_{t-1}) / (1 - alpha_t)?"""
    values = p18_6.solve()
    direct = 1 / ((1 - p18_6.beta) / p18_6.beta + 1 / (1 - p18_6.alpha_prev))
    assert sp.simplify(direct - values["variance"].subs(p18_6.ALPHA_RECURSION)) == 0


def test_18_1_variance_stays_one_by_monte_carlo():
    """Does the update of problem 18.1 keep the sample covariance at the identity?"""
    rng = np.random.default_rng(1)
    beta = 0.3
    x = rng.normal(size=(200000, 3))
    x = np.sqrt(1 - beta) * x + np.sqrt(beta) * rng.normal(size=x.shape)
    assert np.allclose(np.cov(x.T), np.eye(3), atol=0.01)
    values = p18_1.solve()
    assert values["variance"] == 1
    assert sp.simplify(values["scaled_variance"] + values["noise_variance"]) == 1


def test_18_2_sum_of_scaled_normals_by_monte_carlo():
    """Is a eps_1 + b eps_2 distributed like sqrt(a^2 + b^2) eps (mean, variance and quantiles)?"""
    rng = np.random.default_rng(2)
    a, b, n = 1.5, -0.7, 400000
    z = a * rng.normal(size=n) + b * rng.normal(size=n)
    values = p18_2.derive()
    var = float(values["variance"].subs({p18_2.a: a, p18_2.b: b}))
    assert abs(z.mean()) < 0.01 and np.isclose(z.var(), var, rtol=0.01)
    reference = np.sqrt(a ** 2 + b ** 2) * rng.normal(size=n)
    qs = [0.05, 0.25, 0.5, 0.75, 0.95]
    assert np.allclose(np.quantile(z, qs), np.quantile(reference, qs), atol=0.02)
    scaled = values["mgf_eps"].subs(p18_2.s, p18_2.s * sp.sqrt(p18_2.a ** 2 + p18_2.b ** 2))
    assert sp.simplify(values["mgf_z"] - scaled) == 0


def test_18_3_three_steps_by_monte_carlo():
    """Do three forward steps from a fixed x give the mean and variance of problem 18.3?"""
    rng = np.random.default_rng(3)
    betas, x, n = (0.1, 0.25, 0.4), 1.7, 400000
    z = np.full(n, x)
    for beta in betas:
        z = np.sqrt(1 - beta) * z + np.sqrt(beta) * rng.normal(size=n)
    values = p18_3.solve()
    numbers = dict(zip((p18_3.b1, p18_3.b2, p18_3.b3), betas))
    assert np.isclose(z.mean(), float(values["mean_coef"].subs(numbers)) * x, atol=0.01)
    keep = (1 - betas[0]) * (1 - betas[1]) * (1 - betas[2])
    assert np.isclose(z.var(), 1 - keep, rtol=0.01)
    assert np.isclose(float(sum(p18_3.noise_terms()).subs(numbers)), 1 - keep)
