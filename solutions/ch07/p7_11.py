"""Problem 7.11: gradient checkpointing for a fifty-layer network storing every tenth layer."""
import numpy as np

N_LAYERS, EVERY = 50, 10
WIDTH, SEED = 8, 11


def network(seed=SEED, n_layers=N_LAYERS, width=WIDTH):
    """Random weights and biases of a deep ReLU network with equal-width layers (He scaled)."""
    rng = np.random.default_rng(seed)
    weights = [rng.normal(scale=np.sqrt(2 / width), size=(width, width)) for _ in range(n_layers)]
    biases = [rng.normal(scale=0.1, size=width) for _ in range(n_layers)]
    return weights, biases


def layer(weights, biases, k, h):
    """Layer k maps h_k to h_{k+1} = a[beta_k + Omega_k h_k]; returns (f_k, h_{k+1})."""
    f = biases[k] + weights[k] @ h
    return f, np.maximum(f, 0.0)


def checkpointed_gradients(weights, biases, x, y, every=EVERY):
    """Forward pass storing only every `every`-th hidden layer, then backward segment by segment.

    Returns the weight gradients of the loss sum((h_K - y)^2), the largest number of hidden
    layers held in memory at once, and the number of layer evaluations performed.
    """
    n = len(weights)
    checkpoints, h, evaluations = {0: x}, x, 0
    for k in range(n):                      # forward pass: keep h_k only at checkpoints
        _, h = layer(weights, biases, k, h)
        evaluations += 1
        if (k + 1) % every == 0 and k + 1 < n:
            checkpoints[k + 1] = h
    dl_dh = 2 * (h - y)
    grads, peak = [None] * n, 0
    for start in sorted(checkpoints, reverse=True):  # backward pass, one segment at a time
        stop = min(start + every, n)
        hs, fs = [checkpoints[start]], []
        for k in range(start, stop):        # recompute the segment from its checkpoint
            f, h = layer(weights, biases, k, hs[-1])
            fs.append(f)
            hs.append(h)
            evaluations += 1
        # the checkpoints, plus the recomputed values of the segment (hs[0] is its checkpoint)
        peak = max(peak, len(checkpoints) + len(hs) - 1 + len(fs))
        for k in range(stop - 1, start - 1, -1):
            dl_df = (fs[k - start] > 0) * dl_dh
            grads[k] = np.outer(dl_df, hs[k - start])
            dl_dh = weights[k].T @ dl_df
    return grads, peak, evaluations


def solve():
    weights, biases = network()
    rng = np.random.default_rng(SEED + 1)
    x, y = rng.normal(size=WIDTH), rng.normal(size=WIDTH)
    _, peak, evaluations = checkpointed_gradients(weights, biases, x, y)
    return {"n_layers": N_LAYERS, "every": EVERY, "n_segments": N_LAYERS // EVERY,
            "peak_vectors": peak, "full_vectors": 2 * N_LAYERS + 1, "evaluations": evaluations}
