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


def _loss_15_8(q, pr):
    """Equation 15.8 by numerical integration of two densities on the grid X."""
    return float(np.sum(q * np.log(q / (q + pr)) + pr * np.log(pr / (q + pr))) * DX)


def _js(q, pr):
    m = (q + pr) / 2
    return float(0.5 * np.sum(q * np.log(q / m) + pr * np.log(pr / m)) * DX)


def test_15_1_loss_is_minus_log_four_when_the_distributions_agree():
    """Is the loss of equation 15.8 equal to -log 4 when q = Pr (numerical integral)?"""
    values = p15_1.solve()
    pr = _normal(X, 0.3, 1.2)
    assert math.isclose(_loss_15_8(pr, pr), values["loss_value"], rel_tol=1e-6)
    assert sp.simplify(p15_1.derive() + sp.log(4)) == 0


def test_15_2_loss_and_jensen_shannon_relation():
    """Does D_JS = L/2 + log 2 hold for pairs of Gaussians (numerical integrals)?"""
    js_of_loss = sp.lambdify(p15_2.L, p15_2.derive()["js_in_loss"])
    for (m1, s1), (m2, s2) in [((0, 1), (1, 1)), ((0, 1), (3, 0.5)), ((-1, 2), (2, 1))]:
        q, pr = _normal(X, m1, s1), _normal(X, m2, s2)
        assert math.isclose(js_of_loss(_loss_15_8(q, pr)), _js(q, pr), rel_tol=1e-6, abs_tol=1e-9)


def test_15_3_constraints_give_the_marginals_and_cost():
    """Does A p (p = P vectorized column-first) give the row and column sums of P, and c^T p
    the transport cost sum P_ij |i - j|?"""
    values = p15_3.solve()
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
