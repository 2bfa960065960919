"""Do the chapter 15 (generative adversarial networks) answers hold numerically?"""
import math
from statistics import NormalDist

import numpy as np
import sympy as sp

from solutions.ch15 import p15_1, p15_2, p15_3, p15_4, p15_5, p15_6

RNG = np.random.default_rng(15)
X = np.linspace(-12, 12, 240001)
DX = X[1] - X[0]


def _normal(x, mean, std):
    return np.exp(-0.5 * ((x - mean) / std) ** 2) / (std * np.sqrt(2 * np.pi))


def _loss_15_8(gen, real):
    """Equation 15.8 of the book (sign of its second printing) by numerical integration of the
    generated density Pr(x*) and the real density Pr(x) on the grid X."""
    return float(-np.sum(gen * np.log(gen / (gen + real)) + real * np.log(real / (gen + real))) * DX)


def _js(gen, real):
    m = (gen + real) / 2
    return float(0.5 * np.sum(gen * np.log(gen / m) + real * np.log(real / m)) * DX)


def test_15_1_loss_is_log_four_and_divergence_zero_when_the_distributions_agree():
    """With Pr(x*) = Pr(x), is the loss of equation 15.8 of the book log 4 and the
    Jensen-Shannon divergence of its equation 15.9 zero (numerical integrals)?"""
    values = p15_1.solve()
    pr = _normal(X, 0.3, 1.2)
    assert math.isclose(_loss_15_8(pr, pr), values["loss_value"], rel_tol=1e-6)
    assert math.isclose(values["loss_value"], math.log(4))
    assert abs(_js(pr, pr)) < 1e-12 and values["js"] == "0"


def test_15_2_loss_and_jensen_shannon_relation():
    """Does D_JS = log 2 - L/2 hold for pairs of Gaussians (numerical integrals), and is the
    loss largest (2 log 2) when the two agree?"""
    js_of_loss = sp.lambdify(p15_2.L, p15_2.derive()["js_in_loss"])
    for (m1, s1), (m2, s2) in [((0, 1), (1, 1)), ((0, 1), (3, 0.5)), ((-1, 2), (2, 1))]:
        gen, real = _normal(X, m1, s1), _normal(X, m2, s2)
        assert math.isclose(js_of_loss(_loss_15_8(gen, real)), _js(gen, real),
                            rel_tol=1e-6, abs_tol=1e-9)
        assert _loss_15_8(gen, real) < 2 * math.log(2)


def test_15_3_constraints_give_the_marginals_and_cost():
    """Does A p (p = P vectorized column-first) give the row and column sums of P, and c^T p
    the transport cost sum P_ij |i - j|?"""
    values = p15_3.solve_instructor()
    A, c = values["A"], values["c"][0]
    assert A.shape == (8, 16)
    for _ in range(5):
        P = RNG.uniform(size=(4, 4))
        P /= P.sum()
        p = P.flatten(order="F")
        assert np.allclose(A @ p, np.concatenate([P.sum(axis=1), P.sum(axis=0)]))
        i, j = np.indices((4, 4))
        assert np.isclose(c @ p, np.sum(P * np.abs(i - j)))


def test_15_4_numerical_divergences_match_the_closed_forms():
    """Do the numerically integrated divergences of problem 15.4 match the closed forms, and a
    Monte Carlo estimate of the earth mover's distance (sorted samples)?"""
    for row in p15_4.solve()["table"]:
        a = row["a"]
        assert math.isclose(row["js"], min(abs(a), 1) * math.log(2), abs_tol=1e-6)
        assert math.isclose(row["w"], abs(a), abs_tol=1e-6)
        assert math.isclose(row["outside"], min(abs(a), 1), abs_tol=1e-6)
        u = np.sort(RNG.uniform(size=20000))
        v = np.sort(RNG.uniform(size=20000) + a)
        assert abs(np.mean(np.abs(u - v)) - abs(a)) < 0.02


def test_15_5_unit_variance_distances():
    """Is D_kl the numerical KL divergence (sigma as standard deviation) and D_w the squared
    2-Wasserstein distance by quantile coupling (sigma as variance), and do both reduce to the
    printed parabolas at sigma_1 = sigma_2 = 1?"""
    values = p15_5.solve()
    kl_general = sp.lambdify((p15_5.mu1, p15_5.mu2, p15_5.s1, p15_5.s2), p15_5.d_kl())
    w_general = sp.lambdify((p15_5.mu1, p15_5.mu2, p15_5.s1, p15_5.s2), p15_5.d_w())
    z = np.array([NormalDist().inv_cdf((k + 0.5) / 20000) for k in range(20000)])
    for m1, m2, s1, s2 in [(0.5, -1.0, 1.0, 1.0), (1.0, 0.0, 0.7, 1.5), (-2.0, 1.0, 2.0, 0.5)]:
        p1, p2 = _normal(X, m1, s1), _normal(X, m2, s2)
        assert math.isclose(float(np.sum(p1 * np.log(p1 / p2)) * DX), kl_general(m1, m2, s1, s2),
                            rel_tol=1e-4)
        coupled = np.mean(((m1 + math.sqrt(s1) * z) - (m2 + math.sqrt(s2) * z)) ** 2)
        assert math.isclose(coupled, w_general(m1, m2, s1, s2), rel_tol=2e-3)
    for delta in (-2.5, 0.0, 3.0):
        assert math.isclose(float(values["kl_unit"].subs(p15_5.delta, delta)), delta ** 2 / 2)
        assert math.isclose(float(values["w_unit"].subs(p15_5.delta, delta)), delta ** 2)


def test_15_6_truncation_matches_monte_carlo():
    """Do the per-component probabilities and the kept proportion of problem 15.6 agree with
    samples of a 100-dimensional standard normal?"""
    values = {**p15_6.solve(), **p15_6.solve_instructor()}
    z = RNG.standard_normal(size=(100000, values["dimensions"]))
    for row in values["rows"]:
        inside = np.abs(z) <= row["tau"]
        assert abs(inside.mean() - row["inside_one"]) < 0.002
        assert math.isclose(row["kept"], row["inside_one"] ** values["dimensions"])
        assert math.isclose(row["kept"] + row["disregarded"], 1)
    kept_tau_2 = np.mean(np.all(np.abs(z) <= 2.0, axis=1))
    assert abs(kept_tau_2 - values["rows"][0]["kept"]) < 0.0015
    # The norm reading: ||z||^2 is chi-squared; no sample of norm <= 2 among 10^5, and the
    # series P(50, x) = exp(-x) x^50 / 50! (1 + x/51 + ...) bounds the largest kept proportion.
    assert np.all(np.linalg.norm(z, axis=1) > 2.0)
    x = 2.0 ** 2 / 2
    series = math.exp(-x) * x ** 50 / math.factorial(50) * sum(
        x ** k / math.prod(range(51, 51 + k)) for k in range(60))
    assert math.isclose(values["largest_ball_kept"], series, rel_tol=1e-9)
    assert [row["ball_kept"] for row in values["rows"]] == sorted(
        (row["ball_kept"] for row in values["rows"]), reverse=True)
