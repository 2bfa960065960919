"""Do the chapter 11 derivations and counts hold on concrete networks and data?"""

import numpy as np
import sympy as sp
import torch

from solutions.ch11 import p11_1, p11_2, p11_3, p11_4, p11_5, p11_6, p11_7, p11_8

RNG = np.random.default_rng(11)


def _random_blocks(width, count=4):
    """Small nonlinear residual blocks f_k[h] = W2 tanh(W1 h + b)."""
    blocks = []
    for _ in range(count):
        w1, w2, b = RNG.normal(size=(width, width)), RNG.normal(size=(width, width)), RNG.normal(size=width)
        blocks.append(lambda h, w1=w1, w2=w2, b=b: 0.5 * w2 @ np.tanh(w1 @ h + b))
    return blocks


def _jacobian(fn, at, h=1e-6):
    return np.stack([(fn(at + h * e) - fn(at - h * e)) / (2 * h) for e in np.eye(len(at))], axis=1)


def test_11_1_unraveled_expression_equals_the_residual_network():
    """Does the unraveled sum of 11.5 (with concrete blocks substituted) equal the network of
    equation 11.4 evaluated line by line?"""
    blocks = _random_blocks(3)
    x = RNG.normal(size=3)
    h = x
    for f in blocks:
        h = h + f(h)

    def evaluate(expr):
        if expr == p11_1.x:
            return x
        if isinstance(expr, p11_1.Block):
            return blocks[expr.index - 1](evaluate(expr.args[0]))
        assert isinstance(expr, sp.Add)
        return sum(evaluate(arg) for arg in expr.args)

    values = p11_1.solve()
    assert np.allclose(sum(evaluate(t) for t in values["y_terms"]), h)
    assert np.allclose(evaluate(p11_1.unravel()[-1]), h)
    assert len(values["y_terms"]) == 5


def _paths_by_dynamic_programming(blocks):
    """Count input-output paths of each length in the graph where every residual block offers
    two parallel edges, a skip (length 0) and the block (length 1)."""
    counts = {0: 1}
    for _ in range(blocks):
        new = {}
        for length, n in counts.items():
            new[length] = new.get(length, 0) + n            # residual connection
            new[length + 1] = new.get(length + 1, 0) + n    # through the block
        counts = new
    return [counts[k] for k in range(blocks + 1)]


def test_11_2_path_counts_match_graph_enumeration():
    """Do the path counts for three, four and five blocks agree with a path count on the graph,
    and with the four-block counts stated in the problem?"""
    values = p11_2.solve()
    assert values["four"] == [1, 4, 6, 4, 1]
    for name, K in (("three", 3), ("five", 5)):
        assert [n for n, _, _ in values[name]] == _paths_by_dynamic_programming(K)
        assert [k for _, _, k in values[name]] == list(range(K + 1))
        assert all((noun == "path") == (n == 1) for n, noun, _ in values[name])
    assert values["total_five"] == sum(_paths_by_dynamic_programming(5))
    for K in range(1, 9):
        assert p11_2.paths_by_length(K) == _paths_by_dynamic_programming(K)


def test_11_3_eight_path_terms_match_finite_differences():
    """Is dy/df_1 (finite differences of the network with a perturbation added to f_1's output)
    the sum of the eight products of block Jacobians of equation 11.6?"""
    width = 3
    f1, f2, f3, f4 = _random_blocks(width)
    x = RNG.normal(size=width)

    def network(delta):
        h1 = x + f1(x) + delta
        h2 = h1 + f2(h1)
        h3 = h2 + f3(h2)
        return h3 + f4(h3)

    direct = _jacobian(network, np.zeros(width))
    h1 = x + f1(x)
    h2 = h1 + f2(h1)
    h3 = h2 + f3(h2)
    J = {2: _jacobian(f2, h1), 3: _jacobian(f3, h2), 4: _jacobian(f4, h3)}
    total = np.zeros((width, width))
    groups = p11_3.solve()["groups"]
    for group in groups:
        for term in group:
            product = np.eye(width)
            for factor in sp.Mul.make_args(term):
                if isinstance(factor, p11_3.Jacobian):
                    product = product @ J[factor.k]
            total += product
    assert sum(len(g) for g in groups) == 8
    assert np.allclose(direct, total, atol=1e-5)


def test_11_3_terms_are_the_paths_through_the_blocks():
    """Does each term chain Jacobians along a path 1 -> ... -> k with increasing blocks, every
    subset of blocks 2, 3, 4 appearing exactly once?"""
    seen = set()
    for group in p11_3.solve()["groups"]:
        for term in group:
            factors = [f for f in sp.Mul.make_args(term) if isinstance(f, p11_3.Jacobian)][::-1]
            path = [1] + [f.k for f in factors]
            assert all(f.j == path[i] for i, f in enumerate(factors))
            assert path == sorted(path)
            seen.add(tuple(path[1:]))
    assert len(seen) == 8


def test_11_6_parameter_counts_match_torch():
    """Do the counts equal the parameters of the torch network, without and with BatchNorm1d?"""
    values = p11_6.solve_instructor()
    sizes = p11_6.layer_sizes()

    def network(batchnorm):
        layers = []
        for a, b in zip(sizes[:-2], sizes[1:-1]):
            layers += [torch.nn.Linear(a, b)] + ([torch.nn.BatchNorm1d(b)] if batchnorm else []) + [torch.nn.ReLU()]
        layers.append(torch.nn.Linear(sizes[-2], sizes[-1]))
        return torch.nn.Sequential(*layers)

    count = lambda net: sum(p.numel() for p in net.parameters())  # noqa: E731
    assert values["total"] == count(network(False))
    assert values["batchnorm_total"] == count(network(True))


def test_11_8_parameter_counts_match_torch():
    """Do the block counts equal the parameters of the torch BatchNorm2d/ReLU/Conv2d blocks?"""
    values = p11_8.solve_instructor()
    C, B, K = p11_8.CHANNELS, p11_8.BOTTLENECK, p11_8.KERNEL

    def seq(a, b, k):
        return [torch.nn.BatchNorm2d(a), torch.nn.ReLU(), torch.nn.Conv2d(a, b, k, padding=k // 2)]

    count = lambda layers: sum(p.numel() for layer in layers for p in layer.parameters())  # noqa: E731
    assert values["plain_total"] == count(seq(C, C, K))
    assert values["bottleneck_total"] == count(seq(C, B, 1) + seq(B, B, K) + seq(B, C, 1))


def test_11_4_residual_branches_are_uncorrelated():
    """Over random He-initialized weights, is the residual branch uncorrelated with its input,
    so that the variance of their sum is the sum of their variances?"""
    rng = np.random.default_rng(114)
    width, draws = 8, 20000
    x = rng.normal(size=(draws, width))
    w1 = rng.normal(scale=np.sqrt(2 / width), size=(draws, width, width))
    w2 = rng.normal(scale=np.sqrt(2 / width), size=(draws, width, width))
    f = np.einsum("dij,dj->di", w2, np.maximum(np.einsum("dij,dj->di", w1, x), 0))
    covariance = np.mean((x - x.mean(0)) * (f - f.mean(0)))
    assert abs(covariance) < 0.03
    total = np.var(x + f, axis=0).mean()
    assert np.isclose(total, np.var(x, axis=0).mean() + np.var(f, axis=0).mean(), rtol=0.03)


def test_11_4_variance_of_a_sum_has_twice_the_covariance():
    """On a correlated discrete joint distribution, is Var[x+y] = Var[x] + Var[y] + c Covar[x,y]
    with the coefficient c of the answer (two), computed by brute-force enumeration?"""
    values = sp.Matrix([[0, 1], [1, 3], [2, 2], [3, 7]])
    probabilities = [sp.Rational(1, 10), sp.Rational(2, 10), sp.Rational(3, 10), sp.Rational(4, 10)]

    def expect(fn):
        return sum(p * fn(values[k, 0], values[k, 1]) for k, p in enumerate(probabilities))

    mx, my = expect(lambda a, b: a), expect(lambda a, b: b)
    var_x = expect(lambda a, b: (a - mx) ** 2)
    var_y = expect(lambda a, b: (b - my) ** 2)
    covar = expect(lambda a, b: (a - mx) * (b - my))
    var_sum = expect(lambda a, b: (a + b - mx - my) ** 2)
    c = p11_4.solve()["covar_coefficient"]
    assert covar != 0
    assert var_sum == var_x + var_y + c * covar


def test_11_5_forward_matches_torch_batchnorm():
    """Does the forward pass give the output of torch's batch normalization in training mode?"""
    z_prime, _ = p11_5.forward(p11_5.Z, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON)
    layer = torch.nn.BatchNorm1d(1, eps=p11_5.EPSILON, dtype=torch.float64)
    with torch.no_grad():
        layer.weight.fill_(p11_5.GAMMA)
        layer.bias.fill_(p11_5.DELTA)
    out = layer(torch.tensor(p11_5.Z).reshape(-1, 1)).detach().numpy().ravel()
    assert np.allclose(z_prime, out)
    assert np.allclose([row[2] for row in p11_5.solve()["rows"]], out)


def test_11_5_backward_matches_autograd_and_finite_differences():
    """Does the backward pass give torch's vector-Jacobian product for a random upstream
    gradient, and are the diagonal derivatives the finite-difference slopes?"""
    rng = np.random.default_rng(115)
    upstream = rng.normal(size=len(p11_5.Z))
    z = torch.tensor(p11_5.Z, requires_grad=True)
    mean = z.mean()
    var = ((z - mean) ** 2).mean()
    out = (z - mean) / torch.sqrt(var + p11_5.EPSILON) * p11_5.GAMMA + p11_5.DELTA
    out.backward(torch.tensor(upstream))
    _, stored = p11_5.forward(p11_5.Z, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON)
    assert np.allclose(p11_5.backward(upstream, stored), z.grad.numpy())

    h = 1e-6
    slopes = []
    for i in range(len(p11_5.Z)):
        up, down = p11_5.Z.copy(), p11_5.Z.copy()
        up[i] += h
        down[i] -= h
        slopes.append((p11_5.forward(up, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON)[0][i]
                       - p11_5.forward(down, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON)[0][i]) / (2 * h))
    assert np.allclose(p11_5.diagonal(p11_5.Z, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON), slopes,
                       atol=1e-7)
    assert np.allclose([row[3] for row in p11_5.solve()["rows"]], slopes, atol=1e-7)


def test_11_5_closed_form_of_the_diagonal():
    """Does the closed form for dz'_i/dz_i agree with the numbers, and is each below gamma/f_5?"""
    values = p11_5.solve()
    slopes = p11_5.diagonal(p11_5.Z, p11_5.GAMMA, p11_5.DELTA, p11_5.EPSILON)
    f2 = p11_5.Z - p11_5.Z.mean()
    f5 = np.sqrt(np.mean(f2 ** 2) + p11_5.EPSILON)
    formula = sp.lambdify((p11_5.f2i, p11_5.f5, p11_5.gamma, p11_5.I), values["diagonal_formula"])
    closed = formula(f2, f5, p11_5.GAMMA, len(f2))
    assert np.allclose(closed, slopes)
    assert np.all(slopes < p11_5.GAMMA / f5)


def test_11_7_batchnorm_is_scale_invariant_and_the_data_gradient_is_orthogonal():
    """Is the batch-normalized output unchanged when the weights are scaled, and is the
    gradient of the data loss (by autograd) orthogonal to the weights?"""
    X, y, w = p11_7.data()
    out = p11_7.batchnorm_output(X, w, 1.3, 0.2)
    assert np.allclose(out, p11_7.batchnorm_output(X, 7.0 * w, 1.3, 0.2), atol=1e-5)
    weights = torch.tensor(w, requires_grad=True)
    z = torch.tensor(X) @ weights
    normed = (z - z.mean()) / torch.sqrt(z.var(unbiased=False) + p11_7.EPSILON)
    torch.mean((1.3 * normed + 0.2 - torch.tensor(y)) ** 2).backward()
    w_now, g_now = weights.detach(), weights.grad.detach()
    cosine = float(g_now @ w_now) / float(g_now.norm() * w_now.norm())
    assert abs(cosine) < 1e-4
    _, g_w, _, _ = p11_7.data_loss_and_gradients(X, y, w, 1.3, 0.2)
    assert np.allclose(g_w, weights.grad.numpy())


def test_11_7_weights_shrink_as_the_penalty_alone_predicts():
    """Does the weight norm shrink by about (1 - 2 alpha lambda)^T while the loss falls?"""
    values = p11_7.solve()
    assert values["loss_end"] < values["loss_start"]
    assert np.isclose(values["norm_ratio"], values["penalty_only_ratio"], rtol=0.02)
    norms, _, _ = p11_7.train()
    assert np.all(np.diff(norms) < 0)


def test_11_6_weights_biases_and_network_without_hidden_biases_match_torch():
    """Do the separate counts of weights and biases, and the count when batch normalization
    makes the hidden biases redundant, equal the parameters of the corresponding torch layers?"""
    values = p11_6.solve_instructor()
    sizes = p11_6.layer_sizes()
    linears = [torch.nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])]
    assert values["weights"] == sum(layer.weight.numel() for layer in linears)
    assert values["biases"] == sum(layer.bias.numel() for layer in linears)
    assert values["first_weights"] == linears[0].weight.numel()
    assert values["last_weights"] == linears[-1].weight.numel()
    assert values["middle_count"] * values["middle_weights"] == sum(
        layer.weight.numel() for layer in linears[1:-1])
    layers = []
    for a, b in zip(sizes[:-2], sizes[1:-1]):
        layers += [torch.nn.Linear(a, b, bias=False), torch.nn.BatchNorm1d(b), torch.nn.ReLU()]
    layers.append(torch.nn.Linear(sizes[-2], sizes[-1]))
    batchnorms = [m for m in layers if isinstance(m, torch.nn.BatchNorm1d)]
    assert values["batchnorm_parameters"] == sum(p.numel() for m in batchnorms for p in m.parameters())
    assert values["batchnorm_total_without_biases"] == sum(
        p.numel() for m in layers for p in m.parameters())


def test_11_8_every_row_of_the_bottleneck_table_matches_torch():
    """Does each batch norm/ReLU/convolution sequence of the bottleneck table have the
    batch-norm, weight and bias counts of the torch layers, and is the ratio plain/bottleneck?"""
    values = p11_8.solve_instructor()
    C, B, K = p11_8.CHANNELS, p11_8.BOTTLENECK, p11_8.KERNEL
    for row, (a, b, k) in zip(values["rows"], [(C, B, 1), (B, B, K), (B, C, 1)]):
        norm, conv = torch.nn.BatchNorm2d(a), torch.nn.Conv2d(a, b, k)
        counts = [sum(p.numel() for p in norm.parameters()), conv.weight.numel(), conv.bias.numel()]
        assert row == counts + [sum(counts)]
    conv = torch.nn.Conv2d(C, C, K)
    assert values["plain"] == {"batchnorm": sum(p.numel() for p in torch.nn.BatchNorm2d(C).parameters()),
                               "weights": conv.weight.numel(),
                               "biases": conv.bias.numel()}
    assert np.isclose(values["ratio"], values["plain_total"] / values["bottleneck_total"])


def test_11_7_penalty_only_factor_is_a_lower_bound_over_runs():
    """Is (1 - 2 alpha lambda)^T a lower bound on the shrinking factor of the weights in every run
    (the data gradient is orthogonal to w, so |w - a(g + 2 l w)|^2 >= (1 - 2 a l)^2 |w|^2), and are
    the printed minimum and maximum those of the twenty runs, recomputed step by step?"""
    values = p11_7.solve()
    ratios = []
    for seed in p11_7.SEEDS:
        norms = p11_7.train(seed)[0]
        steps = norms[1:] / norms[:-1]
        assert np.all(steps >= (1 - 2 * p11_7.LEARNING_RATE * p11_7.PENALTY) - 1e-9)
        ratios.append(norms[-1] / norms[0])
    assert np.isclose(values["ratio_min"], min(ratios)) and np.isclose(values["ratio_max"], max(ratios))
    assert values["ratio_min"] >= values["penalty_only_ratio"] - 1e-12

