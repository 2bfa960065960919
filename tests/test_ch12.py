"""Do the chapter 12 derivations and counts hold for concrete attention mechanisms?"""
import numpy as np
import sympy as sp

import torch

from solutions.ch12 import p12_1, p12_4, p12_5, p12_7, p12_8, p12_9, p12_10

RNG = np.random.default_rng(12)


def softmax_columns(A):
    e = np.exp(A - A.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def self_attention(X, params):
    """Equation 12.8: Sa[X] = V[X] Softmax[K[X]^T Q[X]], one input per column of X."""
    (omega_v, beta_v), (omega_q, beta_q), (omega_k, beta_k) = params
    ones = np.ones((1, X.shape[1]))
    V, Q, K = (beta_v @ ones + omega_v @ X, beta_q @ ones + omega_q @ X, beta_k @ ones + omega_k @ X)
    return V @ softmax_columns(K.T @ Q)


def random_params(D):
    return [(RNG.normal(size=(D, D)), RNG.normal(size=(D, 1))) for _ in range(3)]


def test_12_3_self_attention_is_permutation_equivariant():
    """For random inputs, parameters and permutations, is Sa[XP] = Sa[X]P, and is the
    softmax of the permuted matrix P^T A P equal to P^T Softmax[A] P?"""
    D, N = 4, 7
    for _ in range(5):
        X, params = RNG.normal(size=(D, N)), random_params(D)
        P = np.eye(N)[:, RNG.permutation(N)]
        assert np.allclose(self_attention(X @ P, params), self_attention(X, params) @ P)
        A = RNG.normal(size=(N, N))
        assert np.allclose(softmax_columns(P.T @ A @ P), P.T @ softmax_columns(A) @ P)


def test_12_3_columns_of_the_attention_matrix_sum_to_one_over_keys():
    """Does the order K^T Q of the answer normalize over the keys for each query, as the
    attention weights a[x_m, x_n] must (and the order Q^T K not)?"""
    D, N = 3, 5
    X, params = RNG.normal(size=(D, N)), random_params(D)
    (_, _), (omega_q, beta_q), (omega_k, beta_k) = params
    Q, K = beta_q + omega_q @ X, beta_k + omega_k @ X
    weights = softmax_columns(K.T @ Q)
    for n in range(N):
        direct = np.exp(K.T @ Q[:, n]) / np.exp(K.T @ Q[:, n]).sum()
        assert np.allclose(weights[:, n], direct)
    assert not np.allclose(softmax_columns(Q.T @ K), weights)


def _kernel(A):
    return np.maximum(A, 0) + 0.1


def test_12_10_rearranged_kernel_attention_gives_the_same_outputs():
    """Does computing the sums first give the same attention outputs as forming every weight?"""
    D, Dg, N = 3, 4, 9
    keys, queries, values = RNG.normal(size=(D, N)), RNG.normal(size=(D, N)), RNG.normal(size=(D, N))
    W = RNG.normal(size=(Dg, D))
    gk, gq = _kernel(W @ keys), _kernel(W @ queries)
    weights = gk.T @ gq / (gk.T @ gq).sum(axis=0, keepdims=True)
    direct = values @ weights
    fast = (values @ gk.T) @ gq / (gk.sum(axis=1) @ gq)
    assert np.allclose(direct, fast)


class Counter:
    """Multiply-adds of explicit loops (brute-force operation counting)."""

    def __init__(self):
        self.count = 0

    def dot(self, a, b):
        self.count += len(a)
        return float(np.dot(a, b))


def _counted_costs(N, D, Dg):
    keys, queries, values = RNG.normal(size=(N, D)), RNG.normal(size=(N, D)), RNG.normal(size=(N, D))
    gk, gq = RNG.random(size=(N, Dg)), RNG.random(size=(N, Dg))
    counts = {}
    c = Counter()                                   # softmax denominators
    for n in range(N):
        total = 0.0
        for m in range(N):
            total += np.exp(c.dot(keys[m], queries[n]))
            c.count += 1
    counts["denominators_softmax"] = c.count
    c = Counter()                                   # kernel denominators
    key_sum = np.zeros(Dg)
    for m in range(N):
        key_sum += gk[m]
        c.count += Dg
    for n in range(N):
        c.dot(key_sum, gq[n])
    counts["denominators_kernel"] = c.count
    c = Counter()                                   # softmax outputs
    for n in range(N):
        scores = [np.exp(c.dot(keys[m], queries[n])) for m in range(N)]
        c.count += N
        for d in range(D):
            c.dot(values[:, d], np.array(scores))
    counts["outputs_softmax"] = c.count
    c = Counter()                                   # kernel outputs
    M = np.zeros((D, Dg))
    for m in range(N):
        M += np.outer(values[m], gk[m])
        c.count += D * Dg
    key_sum = np.zeros(Dg)
    for m in range(N):
        key_sum += gk[m]
        c.count += Dg
    for n in range(N):
        [c.dot(M[d], gq[n]) for d in range(D)]
        c.dot(key_sum, gq[n])
    counts["outputs_kernel"] = c.count
    c = Counter()                                   # every kernel weight written out
    key_sum = np.zeros(Dg)
    for m in range(N):
        key_sum += gk[m]
        c.count += Dg
    for n in range(N):
        c.dot(key_sum, gq[n])
        for m in range(N):
            c.dot(gk[m], gq[n])
    counts["weights_kernel"] = c.count
    return counts


def test_12_10_operation_counts_match_brute_force_loops():
    """Do the cost formulas of 12.10 equal the multiply-adds counted in explicit loops?"""
    values, costs = p12_10.solve(), p12_10.costs()
    for name, cost in costs.items():
        assert name not in values or values[name] == sp.expand(cost), name
    for N, D, Dg in [(3, 2, 5), (6, 4, 3)]:
        counted = _counted_costs(N, D, Dg)
        subs = {p12_10.N: N, p12_10.D: D, p12_10.Dg: Dg}
        for name, count in counted.items():
            assert int(costs[name].subs(subs)) == count, name


def test_12_10_kernel_cost_is_linear_and_softmax_cost_quadratic_in_N():
    """Is the leading order of the kernel outputs linear in N and that of the softmax quadratic?"""
    values = p12_10.solve()
    assert sp.degree(values["order_outputs_kernel"], p12_10.N) == 1
    assert sp.degree(values["order_outputs_softmax"], p12_10.N) == 2
    assert sp.degree(values["order_denominators_kernel"], p12_10.N) == 1


def test_12_1_counts_match_torch_modules():
    """Do the counts equal the parameters of torch linear layers for q, k, v and of a dense
    layer on all DN inputs, and is the attention matrix N x N?"""
    values = p12_1.solve()
    for N, D in [(3, 4), (5, 2)]:
        subs = {p12_1.N: N, p12_1.D: D}
        qkv = [torch.nn.Linear(D, D) for _ in range(3)]
        assert int(values["qkv_expanded"].subs(subs)) == sum(p.numel() for m in qkv for p in m.parameters())
        dense = torch.nn.Linear(D * N, D * N)
        assert int(values["dense"].subs(subs)) == sum(p.numel() for p in dense.parameters())
        X, params = RNG.normal(size=(D, N)), random_params(D)
        (_, _), (omega_q, beta_q), (omega_k, beta_k) = params
        assert (omega_k @ X + beta_k).T.dot(omega_q @ X + beta_q).size == int(values["attention_weights"].subs(subs))


def test_12_4_derivatives_match_finite_differences_in_high_precision():
    """Are the 25 derivatives the finite-difference slopes of the softmax (mpmath, 120 digits)?"""
    import mpmath

    with mpmath.workdps(120):
        _check_softmax_slopes(mpmath)


def _check_softmax_slopes(mpmath):
    values = p12_4.solve_instructor()
    z = [mpmath.mpf(v) for v in p12_4.Z]

    def softmax(zz):
        total = sum(mpmath.exp(v) for v in zz)
        return [mpmath.exp(v) / total for v in zz]

    h = mpmath.mpf("1e-30")
    for j in range(len(z)):
        up = list(z)
        down = list(z)
        up[j] += h
        down[j] -= h
        slopes = [(a - b) / (2 * h) for a, b in zip(softmax(up), softmax(down))]
        for i in range(len(z)):
            assert np.isclose(float(slopes[i]), values["jacobian"][i, j], rtol=1e-8, atol=0)


def test_12_4_every_derivative_is_negligible():
    """Is every one of the derivatives below the largest magnitude reported, itself negligible?"""
    values = p12_4.solve_instructor()
    assert np.all(np.abs(values["jacobian"]) <= values["largest_abs"])
    assert values["largest_abs"] < 1e-40


class _CountingMatmul:
    def __init__(self):
        self.count = 0

    def __call__(self, A, B):
        self.count += A.shape[0] * A.shape[1] * B.shape[1]
        return A @ B


def _multihead_count(N, D, H, d):
    """Multiply-adds of a multi-head self-attention built from counted matrix products."""
    mm = _CountingMatmul()
    X = RNG.normal(size=(D, N))
    heads = []
    for _ in range(H):
        Q, K, V = (mm(RNG.normal(size=(d, D)), X) for _ in range(3))
        heads.append(mm(V, softmax_columns(mm(K.T, Q))))
    mm(RNG.normal(size=(D, H * d)), np.concatenate(heads, axis=0))
    return mm.count


def test_12_5_costs_match_counted_matrix_products():
    """Do the multi-head cost formulas equal the multiply-adds of an implementation, and is
    the cost with head dimension D/H that of a single head of dimension D?"""
    values = p12_5.solve()
    for N, D, H in [(5, 6, 2), (4, 12, 3)]:
        subs = {p12_5.N: N, p12_5.D: D, p12_5.H: H}
        assert int(values["total_small"].subs(subs)) == _multihead_count(N, D, H, D // H)
        assert int(values["total_full"].subs(subs)) == _multihead_count(N, D, H, D)
        assert _multihead_count(N, D, 1, D) == int(values["total_small"].subs(subs))


def test_12_7_cached_computation_gives_the_full_masked_attention():
    """Does computing only the new token's output from cached keys and values reproduce masked
    self-attention recomputed on all N+1 tokens, leaving the earlier outputs unchanged?"""
    D, N = 4, 6
    params = random_params(D)
    (omega_v, beta_v), (omega_q, beta_q), (omega_k, beta_k) = params

    def masked(X):
        Q, K, V = beta_q + omega_q @ X, beta_k + omega_k @ X, beta_v + omega_v @ X
        scores = K.T @ Q
        scores[np.tril_indices(X.shape[1], -1)] = -np.inf      # key m > query n is masked
        return V @ softmax_columns(scores)

    X = RNG.normal(size=(D, N + 1))
    full = masked(X)
    assert np.allclose(full[:, :N], masked(X[:, :N]))
    K, V = beta_k + omega_k @ X[:, :N], beta_v + omega_v @ X[:, :N]
    x = X[:, N:]
    q, k, v = beta_q + omega_q @ x, beta_k + omega_k @ x, beta_v + omega_v @ x
    K, V = np.hstack([K, k]), np.hstack([V, v])
    assert np.allclose(V @ softmax_columns(K.T @ q), full[:, N:])


def test_12_7_extra_cost_is_the_difference_of_full_costs():
    """Is the extra cost exactly the cost for N+1 tokens minus the cached cost for N tokens,
    and does the full cost match counting the masked pairs by brute force?"""
    values = p12_7.solve()
    cached_total = p12_7.full_cost(p12_7.N)
    assert sp.simplify(values["recompute_total"] - cached_total - values["extra_total"]) == 0
    for T, D in [(1, 3), (5, 4)]:
        pairs = sum(1 for n in range(T) for m in range(T) if m <= n)
        brute = 3 * T * D * D + pairs * (2 * D + 2)
        assert p12_7.full_cost(T).subs({p12_7.N: T, p12_7.D: D}) == brute


def test_12_8_interaction_counts_match_explicit_neighbourhoods():
    """Are the interaction counts those of enumerating each patch's neighbours one by one?"""
    values = p12_8.solve()
    grid, reach = p12_8.GRID, p12_8.WINDOW // 2
    local = 0
    for r in range(grid):
        for c in range(grid):
            rows = min(grid - 1, r + reach) - max(0, r - reach) + 1
            cols = min(grid - 1, c + reach) - max(0, c - reach) + 1
            local += rows * cols
    assert values["local"] == local
    patches, g = grid * grid, p12_8.GLOBAL
    assert values["local_global"] == local + 2 * patches * g + g * g
    assert values["full"] == patches ** 2


def test_12_9_costs_match_counted_matrix_products():
    """Do the DaViT counts equal the multiply-adds of spatial and channel attention on a
    reduced grid, and does the ratio equal D/N?"""
    values = p12_9.solve_instructor()
    for grid, channels in [(4, 8), (3, 5)]:
        patches = grid * grid
        X = RNG.normal(size=(channels, patches))
        for tokens_first, cost in [(X, p12_9.attention_cost(patches, channels)),
                                   (X.T, p12_9.attention_cost(channels, patches))]:
            mm = _CountingMatmul()
            mm(tokens_first, softmax_columns(mm(tokens_first.T, tokens_first)))
            assert mm.count == cost["total"]
    assert values["ratio"] == p12_9.CHANNELS / (p12_9.GRID ** 2)


def test_12_1_worked_example_matches_torch_and_the_formulas():
    """For D = 512 and N = 100, do the example counts equal the parameters of three torch linear
    layers and the general formulas evaluated at these sizes?"""
    values = p12_1.solve()
    D, N = values["example_D"], values["example_N"]
    qkv = [torch.nn.Linear(D, D) for _ in range(3)]
    assert values["example_qkv"] == sum(p.numel() for m in qkv for p in m.parameters())
    subs = {p12_1.D: D, p12_1.N: N}
    assert values["example_qkv"] == int(values["qkv"].subs(subs))
    assert values["example_dense"] == (D * N) * (D * N) + D * N == int(values["dense"].subs(subs))


def test_12_4_outputs_dominant_input_and_gap():
    """Are the printed softmax outputs those of a 120-digit evaluation, and is the dominant
    input the one whose output is (nearly) one, ahead of the next by the stated gap?"""
    import mpmath

    values = p12_4.solve_instructor()
    with mpmath.workdps(120):
        z = [mpmath.mpf(v) for v in p12_4.Z]
        total = sum(mpmath.exp(v) for v in z)
        y = [float(mpmath.exp(v) / total) for v in z]
    assert np.allclose(values["y_row"][0], y, rtol=1e-9, atol=0)
    k = values["dominant"] - 1
    assert y[k] == max(y) and np.isclose(y[k], 1.0)
    assert all(p12_4.Z[k] - v >= values["gap"] for i, v in enumerate(p12_4.Z) if i != k)
    assert any(p12_4.Z[k] - v == values["gap"] for i, v in enumerate(p12_4.Z) if i != k)


def test_12_9_full_size_costs_match_counted_matrix_products():
    """At the size of the problem (16 x 16 patches of 512 channels), do the spatial and channel
    attention counts equal the multiply-adds of the matrix products that implement them?"""
    values = p12_9.solve_instructor()
    patches = p12_9.GRID ** 2
    X = RNG.normal(size=(p12_9.CHANNELS, patches)).astype(np.float32)
    for name, tokens in [("spatial", X), ("channel", X.T)]:
        mm = _CountingMatmul()
        scores = mm(tokens.T, tokens)
        mm(tokens, softmax_columns(scores - scores.max(axis=0, keepdims=True)))
        assert mm.count == values[name]["total"], name
        assert scores.size == values[name]["weights"], name
    assert values["patches"] == patches
    assert values["ratio"] == values["channel"]["total"] / values["spatial"]["total"]
