"""Problem 11.7: an L2 penalty on weights that feed a batch normalization layer.

A small simulation: a linear layer z = X w, batch normalization with learned gamma and delta,
least squares loss, and an L2 penalty on w only, trained by full-batch gradient descent.
"""
import numpy as np

SEED, BATCH, DIMENSION = 11, 32, 5
SEEDS = range(SEED, SEED + 20)      # twenty data sets: how much the factor varies between runs
PENALTY, LEARNING_RATE, STEPS = 0.01, 0.1, 1000
EPSILON = 1e-5


def data(seed=SEED):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(BATCH, DIMENSION))
    y = X @ rng.normal(size=DIMENSION) + 0.1 * rng.normal(size=BATCH)
    return X, y, rng.normal(size=DIMENSION)


def batchnorm_output(X, w, gamma, delta):
    z = X @ w
    return gamma * (z - z.mean()) / np.sqrt(z.var() + EPSILON) + delta


def data_loss_and_gradients(X, y, w, gamma, delta):
    """Least squares loss and its gradients with respect to w, gamma and delta."""
    z = X @ w
    f2 = z - z.mean()
    f5 = np.sqrt(np.mean(f2 ** 2) + EPSILON)
    f7 = f2 / f5
    residual = gamma * f7 + delta - y
    loss = np.mean(residual ** 2)
    d_out = 2 * residual / len(y)
    d_f7 = gamma * d_out
    d_z = (d_f7 - d_f7.mean() - f7 * np.mean(d_f7 * f7)) / f5
    return loss, X.T @ d_z, np.sum(d_out * f7), np.sum(d_out)


def train(seed=SEED):
    X, y, w = data(seed)
    gamma, delta = 1.0, 0.0
    norms, losses = [], []
    for _ in range(STEPS + 1):
        loss, g_w, g_gamma, g_delta = data_loss_and_gradients(X, y, w, gamma, delta)
        norms.append(np.linalg.norm(w))
        losses.append(loss)
        w = w - LEARNING_RATE * (g_w + 2 * PENALTY * w)
        gamma -= LEARNING_RATE * g_gamma
        delta -= LEARNING_RATE * g_delta
    return np.array(norms), np.array(losses), (X, y, w, gamma, delta)


def solve():
    norms, losses, _ = train()
    ratios = []
    for seed in SEEDS:
        run_norms = train(seed)[0]
        ratios.append(run_norms[-1] / run_norms[0])
    decay = 1 - 2 * LEARNING_RATE * PENALTY
    return {"penalty": PENALTY, "learning_rate": LEARNING_RATE, "steps": STEPS,
            "dimension": DIMENSION,
            "norm_start": norms[0], "norm_end": norms[-1],
            "loss_start": losses[0], "loss_end": losses[-1],
            "norm_ratio": norms[-1] / norms[0],
            "penalty_only_ratio": decay ** STEPS,
            "runs": len(SEEDS), "ratio_min": min(ratios), "ratio_max": max(ratios)}
