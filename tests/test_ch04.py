"""Do the chapter 4 answers agree with direct computations on actual deep networks?"""
from itertools import product

import numpy as np
import pytest
import sympy as sp
import torch

from solutions.ch03 import p3_8
from solutions.ch04 import p4_1, p4_2, p4_4, p4_5, p4_6, p4_7, p4_8, p4_9, p4_10, p4_11

RNG = np.random.default_rng(4)


def count_linear_pieces(f, lo, hi, n=2_000_001):
    """Linear pieces of a piecewise linear function on [lo, hi], from its slope on a fine grid."""
    x = np.linspace(lo, hi, n)
    slope = np.diff(f(x)) / np.diff(x)
    change = np.abs(np.diff(slope)) > 1e-6 * max(1.0, np.abs(slope).max())
    starts = change & ~np.concatenate([[False], change[:-1]])   # a kink between grid points
    return int(starts.sum()) + 1


def shallow_numeric(slopes, joints, phi):
    """phi_0 + sum_d phi_d ReLU[s_d (x - j_d)] as a numpy function."""
    s, j, p = (np.array([float(v) for v in a]) for a in (slopes, joints, phi))
    return lambda x: p[0] + np.maximum(0, s * (np.asarray(x)[..., None] - j)) @ p[1:]


def torch_mlp(inputs, hidden, outputs):
    sizes = [inputs, *hidden, outputs]
    layers = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    return torch.nn.Sequential(*layers[:-1])


def test_4_1_composition_regions():
    """Has the composition of the two networks of figure 4.8 of the book the stated number of
    linear regions and flat regions, counted by brute force on a fine grid?"""
    values = p4_1.solve()
    assert count_linear_pieces(p4_1.composed, *p4_1.X_RANGE) == values["regions"]
    x = np.linspace(*p4_1.X_RANGE, 2_000_001)
    y = np.interp(np.interp(x, *p4_1.NETWORK1), *p4_1.NETWORK2)
    slope = np.diff(y) / np.diff(x)
    flat = np.abs(slope) < 1e-9
    assert int((flat & ~np.concatenate([[False], flat[:-1]])).sum()) == values["flat_regions"]


def test_4_1_count_is_robust_to_the_reading_of_the_figure():
    """Does the count survive moving every vertex read from figure 4.8 of the book by up to
    0.03 (ten seeded draws), as the answer claims?"""
    values = p4_1.solve()
    rng = np.random.default_rng(41)
    for _ in range(10):
        (x1, y1), (x2, y2) = p4_1.NETWORK1, p4_1.NETWORK2
        y1 = y1 + rng.uniform(-0.03, 0.03, y1.size)
        j2 = x2.copy()
        j2[1:-1] += rng.uniform(-0.03, 0.03, j2.size - 2)
        y2 = y2 + np.r_[rng.uniform(-0.03, 0.03, y2.size - 2), 0.0, 0.0]
        f = lambda t: np.interp(np.interp(t, x1, y1), j2, y2)  # noqa: E731
        assert count_linear_pieces(f, *p4_1.X_RANGE, n=400_001) == values["regions"]


def test_4_3_rescaling_identity_numerically():
    """Does the rescaling identity of problem 4.3 hold for random weights and positive scales?"""
    relu = lambda z: np.maximum(z, 0)  # noqa: E731
    for _ in range(20):
        b0, b1 = RNG.normal(size=4), RNG.normal(size=3)
        w0, w1, x = RNG.normal(size=(4, 5)), RNG.normal(size=(3, 4)), RNG.normal(size=5)
        l0, l1 = RNG.uniform(0.01, 10, size=2)
        left = relu(b1 + l1 * w1 @ relu(b0 + l0 * w0 @ x))
        right = l0 * l1 * relu(b1 / (l0 * l1) + w1 @ relu(b0 / l0 + w0 @ x))
        assert np.allclose(left, right)


def test_4_2_layer_count():
    """Are the hyperparameters of 4.2 the layer count K and one width per hidden layer of figure 4.6 of the book?"""
    assert p4_2.solve()["count"] == 1 + len(p4_2.HIDDEN) and p4_2.solve()["layers"] == 3


def test_4_4_sizes_match_pytorch():
    """Are the matrix and bias sizes of 4.4 those of a PyTorch network?"""
    values = p4_4.solve_instructor()
    net = torch_mlp(p4_4.INPUTS, p4_4.HIDDEN, p4_4.OUTPUTS)
    linear = [m for m in net if isinstance(m, torch.nn.Linear)]
    assert [(l["rows"], l["cols"]) for l in values["layers"]] == [tuple(m.weight.shape) for m in linear]
    assert [l["rows"] for l in values["layers"]] == [m.bias.shape[0] for m in linear]
    assert values["parameters"] == sum(p.numel() for p in net.parameters())


def test_4_5_depth_and_width():
    """Are the depth and width of 4.5 the number of hidden layers and units of the built network?"""
    values = p4_5.solve_instructor()
    net = torch_mlp(p4_5.INPUTS, [p4_5.UNITS] * p4_5.LAYERS, p4_5.OUTPUTS)
    assert values["depth"] == sum(isinstance(m, torch.nn.ReLU) for m in net)
    assert values["width"] == net[0].out_features


def test_4_6_weight_counts_of_actual_networks():
    """Are the weight and parameter counts of 4.6 those of the three PyTorch networks?"""
    values = p4_6.solve_instructor()
    for key, layers, width in [("weights", 10, 10), ("weights_deeper", 11, 10), ("weights_wider", 10, 11)]:
        net = torch_mlp(1, [width] * layers, 1)
        assert values[key] == sum(m.weight.numel() for m in net if isinstance(m, torch.nn.Linear))
    for key, layers, width in [("params", 10, 10), ("params_deeper", 11, 10), ("params_wider", 10, 11)]:
        assert values[key] == sum(p.numel() for p in torch_mlp(1, [width] * layers, 1).parameters())
    assert values["gain_wider"] > values["gain_deeper"]
    assert values["param_gain_wider"] > values["param_gain_deeper"]


def test_4_7_identity_on_random_intervals():
    """Does the network of 4.7 return its input at random points of random intervals [a, b]?"""
    for _ in range(10):
        a, b = np.sort(RNG.normal(scale=3, size=2))
        params = {k: float(sp.sympify(v).subs(p4_7.a, a)) for k, v in p4_7.PARAMS.items()}
        x = RNG.uniform(a, b, size=50)
        assert np.allclose(p3_8.network(x, params)[3], x)


def test_4_8_oscillation_and_compositions():
    """Does the 4.8 network oscillate 0,1,0,1,0 and do its 2- and 3-fold compositions have 16 and 64 regions?"""
    values = p4_8.solve()
    f = shallow_numeric(p4_8.SLOPES, p4_8.JOINTS, values["phi"])
    points = [0, *[float(j) for j in p4_8.JOINTS], 1]
    assert np.allclose(f(np.array(points)), [0, 1, 0, 1, 0])
    assert count_linear_pieces(f, 0, 1) == values["regions"]
    assert count_linear_pieces(lambda x: f(f(x)), 0, 1) == values["regions_twice"]
    k = sp.Symbol("K", positive=True, integer=True)
    assert count_linear_pieces(lambda x: f(f(f(x))), 0, 1) == values["regions_k"].subs(k, 2)   # composed with itself twice


def test_4_9_two_units_never_oscillate():
    """Do random two-unit networks never give three regions with alternating slopes (4.9)?"""
    for case in p4_9.solve()["two_unit_cases"]:
        slopes = sp.lambdify((p4_9.c1, p4_9.c2), sp.Matrix(case["slopes"]), "numpy")
        for c in RNG.normal(size=(2000, 2)):
            s = np.asarray(slopes(*c), dtype=float).ravel()
            assert not (s[0] * s[1] < 0 and s[1] * s[2] < 0)
    for _ in range(2000):   # the same from actual networks on the whole line
        th, ph = RNG.normal(size=(2, 2)), RNG.normal(size=3)
        j = np.sort(-th[:, 0] / th[:, 1])
        probes = np.array([j[0] - 1, j.mean(), j[1] + 1])
        h = 1e-6
        y = lambda x: ph[0] + np.maximum(0, th[:, :1] + th[:, 1:] * x).T @ ph[1:]  # noqa: E731
        s = (y(probes + h) - y(probes - h)) / (2 * h)
        assert not (s[0] * s[1] < 0 and s[1] * s[2] < 0)


@pytest.mark.parametrize("hidden", range(3, 9))
def test_4_9_construction_oscillates(hidden):
    """Does the construction of 4.9 with N hidden units oscillate with N + 1 regions?"""
    slopes, joints = p4_9.construction(hidden)
    values = p4_8.fit_oscillation(slopes, joints)[0]
    phi = [values[p] for p in sp.symbols(f"phi_0:{hidden + 1}")]
    f = shallow_numeric(slopes, joints, phi)
    points = np.array([0, *[float(j) for j in joints], 1])
    assert np.allclose(f(points), np.arange(hidden + 2) % 2)
    assert count_linear_pieces(f, 0, 1, n=400_001) == hidden + 1


def test_4_10_formula_matches_pytorch_counts():
    """Does 3D + 1 + (K-1)D(D+1) count the parameters of actual deep networks?"""
    values = p4_10.solve()
    assert values["difference"] == 0
    for k, d in product((1, 2, 5), (1, 3, 7)):
        net = torch_mlp(1, [d] * k, 1)
        assert p4_10.count(k, d) == sum(p.numel() for p in net.parameters())


def test_4_11_parameters_and_regions():
    """Are the 4.11 parameter counts right, and does equation 4.17's count match actual deep networks?"""
    values = p4_11.solve()
    for key, layers, width in [("shallow_params", 1, 95), ("deep_params", 10, 5)]:
        assert values[key] == sum(p.numel() for p in torch_mlp(1, [width] * layers, 1).parameters())
    joints = np.arange(1, values["shallow_d"] + 1, dtype=float)   # one joint per hidden unit
    phi = np.concatenate([[0.3], RNG.choice([-1, 1], size=joints.size) * RNG.uniform(0.5, 2, joints.size)])
    f = shallow_numeric(np.ones_like(joints), joints, phi)
    assert count_linear_pieces(f, 0, joints[-1] + 1, n=400_001) == values["shallow_regions"]
    # Equation 4.17 is attained by stacking the five-unit oscillating network of problem 4.9.
    slopes, joints = p4_9.construction(5)
    sol = p4_8.fit_oscillation(slopes, joints)[0]
    g = shallow_numeric(slopes, joints, [sol[p] for p in sp.symbols("phi_0:6")])
    composed = {1: g, 2: lambda x: g(g(x)), 3: lambda x: g(g(g(x)))}
    for layers, f in composed.items():
        assert count_linear_pieces(f, 0, 1) == p4_11.max_regions_deep(1, layers, 5)
    assert values["deep_regions"] == 6 ** 10
