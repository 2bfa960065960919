"""Do the chapter 9 derivations give the right results on concrete numbers?"""
import math

import numpy as np
import sympy as sp
import torch
import torch.nn.functional as F

from solutions.common.notation import Log
from solutions.ch09 import p9_1, p9_2, p9_3, p9_4, p9_5, p9_6

RNG = np.random.default_rng(9)


def test_9_1_negative_log_prior_is_the_normal_log_density():
    """Is -log Norm[0, sigma^2] the L2 term with lambda = 1/(2 sigma^2) plus a constant?"""
    values = p9_1.solve()
    sigma, phi = 0.7, 1.3
    log_density = -0.5 * math.log(2 * math.pi * sigma ** 2) - phi ** 2 / (2 * sigma ** 2)
    subs = {p9_1.sigma: sigma, p9_1.phi_j: phi}
    term = values["neg_log_prior_term"].replace(Log, sp.log)
    assert math.isclose(float(term.subs(subs)), -log_density)
    assert math.isclose(float(values["lam"].subs(subs)), 1 / (2 * sigma ** 2))


def test_9_1_map_estimate_is_the_ridge_estimate():
    """Does maximizing a normal likelihood times the prior give the L2-regularized least squares fit?"""
    lam = float(p9_1.solve()["lam"].subs(p9_1.sigma, 0.5))
    X, y = RNG.normal(size=(20, 3)), RNG.normal(size=20)
    # Unit-variance normal likelihood: loss = sum (y - X phi)^2 / 2 + lam |phi|^2.
    ridge = np.linalg.solve(X.T @ X + 2 * lam * np.eye(3), X.T @ y)
    posterior = lambda phi: (-0.5 * np.sum((y - X @ phi) ** 2)  # noqa: E731
                             - np.sum(phi ** 2) / (2 * 0.5 ** 2))
    for k in range(3):
        e = np.eye(3)[k] * 1e-5
        assert abs(posterior(ridge + e) - posterior(ridge - e)) < 1e-8


def test_9_2_gradient_matches_finite_differences():
    """Is the gradient of L + lambda |phi|^2 the gradient of L plus 2 lambda phi?"""
    extra = p9_2.solve()["extra_gradient"]
    A = RNG.normal(size=(4, 4))
    lam, phi = 0.3, RNG.normal(size=4)
    loss = lambda p: float(np.sum(np.sin(A @ p)) + lam * np.sum(p ** 2))  # noqa: E731
    base = lambda p: float(np.sum(np.sin(A @ p)))  # noqa: E731
    h = 1e-6
    for j in range(4):
        e = np.eye(4)[j] * h
        full = (loss(phi + e) - loss(phi - e)) / (2 * h)
        plain = (base(phi + e) - base(phi - e)) / (2 * h)
        assert math.isclose(full - plain, float(extra.subs({p9_2.lam: lam, p9_2.phi_j: phi[j]})),
                            rel_tol=1e-6)


def test_9_3_expected_loss_by_monte_carlo():
    """Does averaging the noisy loss over many noise draws give L + I sigma^2 phi_1^2?"""
    values = p9_3.solve()
    x, y = RNG.normal(size=5), RNG.normal(size=5)
    phi0, phi1, sigma = 0.4, -1.2, 0.5
    eps = np.random.default_rng(0).normal(scale=sigma, size=(400000, 5))
    noisy = np.sum((phi0 + phi1 * (x + eps) - y) ** 2, axis=1)
    clean = np.sum((phi0 + phi1 * x - y) ** 2)
    penalty = float(values["penalty"].subs({p9_3.I: 5, p9_3.sigma_x: sigma, p9_3.phi1: phi1}))
    assert abs(noisy.mean() - (clean + penalty)) < 4 * noisy.std() / math.sqrt(len(noisy))


def test_9_3_expected_gradient_by_monte_carlo():
    """Is the mean gradient of the noisy loss the least squares gradient plus 2 I sigma^2 phi_1 on the slope?"""
    values = p9_3.solve()
    x, y = RNG.normal(size=4), RNG.normal(size=4)
    phi0, phi1, sigma = -0.3, 0.8, 0.6
    eps = np.random.default_rng(1).normal(scale=sigma, size=(400000, 4))
    residual = phi0 + phi1 * (x + eps) - y
    g1 = np.sum(2 * residual * (x + eps), axis=1)
    g0 = np.sum(2 * residual, axis=1)
    subs = {p9_3.I: 4, p9_3.sigma_x: sigma, p9_3.phi0: phi0, p9_3.phi1: phi1}
    data = {p9_3.xs[k + 1]: x[k] for k in range(4)} | {p9_3.ys[k + 1]: y[k] for k in range(4)}
    exact0 = float(values["grad_phi0"].subs(subs).doit().subs(data))
    exact1 = float((values["grad_phi1_data"] + values["grad_phi1_noise"]).subs(subs).doit().subs(data))
    assert abs(g0.mean() - exact0) < 4 * g0.std() / math.sqrt(len(g0))
    assert abs(g1.mean() - exact1) < 4 * g1.std() / math.sqrt(len(g1))


def test_9_3_cross_term_coefficient():
    """Does expanding (r + phi_1 eps)^2 give the cross term 2 phi_1 r eps?"""
    values = p9_3.solve()
    r, e, p1 = 0.7, -0.4, 1.9
    total = (r + p1 * e) ** 2
    parts = r ** 2 + float(values["noise_factor"].subs(p9_3.phi1, p1)) * e ** 2 \
        + float(values["cross_factor"].subs(p9_3.phi1, p1)) * r * e
    assert math.isclose(total, parts)


def test_9_4_loss_matches_pytorch_label_smoothing():
    """Is the smoothed loss PyTorch's cross-entropy with smoothing eps = 0.1 D_o / (D_o - 1)?"""
    num_classes = 7
    logits = RNG.normal(size=(6, num_classes))
    labels = RNG.integers(0, num_classes, size=6)
    eps = (1 - p9_4.P_CORRECT) * num_classes / (num_classes - 1)
    reference = F.cross_entropy(torch.tensor(logits), torch.tensor(labels), reduction="sum",
                                label_smoothing=eps).item()
    assert math.isclose(p9_4.loss(logits, labels), reference, rel_tol=1e-10)
    assert math.isclose(p9_4.loss_from_logits(logits, labels), reference, rel_tol=1e-10)


def test_9_4_loss_is_expected_nll_under_random_relabelling():
    """Is the smoothed loss the expected NLL when each label is replaced w.p. 0.1 by another class?"""
    num_classes = 5
    logits = RNG.normal(size=(3, num_classes))
    labels = [0, 3, 4]
    log_prob = torch.log_softmax(torch.tensor(logits), dim=1).numpy()
    expected = 0.0
    for row, label in zip(log_prob, labels):
        for z in range(num_classes):
            prob = p9_4.P_CORRECT if z == label else (1 - p9_4.P_CORRECT) / (num_classes - 1)
            expected -= prob * row[z]
    assert math.isclose(p9_4.loss(logits, labels), expected, rel_tol=1e-12)


def test_9_5_weight_decay_equals_regularized_gradient_step():
    """Does a gradient step on L + lambda/(2 alpha) |phi|^2 equal the weight decay update?"""
    values = p9_5.solve()
    assert sp.simplify(values["shrink"] - p9_5.lam) == 0
    A = RNG.normal(size=(3, 3))
    grad_L = lambda p: A.T @ np.cos(A @ p)  # noqa: E731  (L = sum sin(A phi))
    lam, alpha, phi = 0.05, 0.1, RNG.normal(size=3)
    regularized_step = phi - alpha * (grad_L(phi) + lam / alpha * phi)
    decay_step = (1 - lam) * phi - alpha * grad_L(phi)
    assert np.allclose(regularized_step, decay_step)


def test_9_6_penalties_are_vector_norms():
    """Are the drawn terms sum |phi_d|^P (numpy norms) and the count of non-zeros for L0?"""
    points = RNG.normal(size=(10, 2))
    points[0, 1] = 0.0
    for p in (0.5, 1.0, 2.0):
        for v in points:
            assert math.isclose(p9_6.penalty(v[0], v[1], p), np.linalg.norm(v, ord=p) ** p)
    for v in points:
        assert p9_6.penalty(v[0], v[1], 0) == np.count_nonzero(v)
    rows = p9_6.solve()["rows"]
    assert [r["sparse"] < r["dense"] for r in rows] == [True, True, False, False]
