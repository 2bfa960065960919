"""Do the chapter 3 answers agree with direct computations on actual shallow networks?"""
from itertools import combinations, permutations, product

import numpy as np
import pytest
import sympy as sp
import torch

from solutions.ch03 import (p3_1, p3_2, p3_3, p3_4, p3_5, p3_6, p3_7, p3_8, p3_9, p3_10,
                            p3_11, p3_12, p3_13, p3_14, p3_15, p3_16, p3_17, p3_18)

RNG = np.random.default_rng(3)


def numeric_slope(params, x, h=1e-6):
    y = p3_8.network(np.array([x - h, x + h]), params)[3]
    return (y[1] - y[0]) / (2 * h)


def count_arrangement_regions(normals, offsets):
    """Regions cut from R^d by hyperplanes n.x + b = 0 in general position, by brute force:
    every region touches a vertex, so probe the 2^d cells around every vertex."""
    n, d = normals.shape
    seen = set()
    for subset in combinations(range(n), d):
        a, b = normals[list(subset)], offsets[list(subset)]
        vertex = np.linalg.solve(a, -b)
        for signs in product((-1.0, 1.0), repeat=d):
            point = vertex + np.linalg.solve(a, 1e-7 * np.array(signs))
            seen.add(tuple(normals @ point + offsets > 0))
    return len(seen)


def random_params():
    return dict(zip(p3_8.NAMES, RNG.normal(size=10)))


def test_3_1_linear_activation_gives_a_line():
    """Is the network with a[z] = psi_0 + psi_1 z a line with the intercept and slope of 3.1?"""
    values = p3_1.solve()
    params = random_params()
    psi = RNG.normal(size=2)
    x = np.linspace(-3, 3, 7)
    intercepts, slopes = p3_8.lines(params)
    weights = np.array([params["phi1"], params["phi2"], params["phi3"]])
    y = params["phi0"] + weights @ (psi[0] + psi[1] * (intercepts[:, None] + slopes[:, None] * x))
    assert np.allclose(np.diff(y, 2), 0)
    subs = {p3_3.PHI[0]: params["phi0"], p3_1.psi0: psi[0], p3_1.psi1: psi[1]}
    for d in (1, 2, 3):
        subs.update({p3_3.PHI[d]: params[f"phi{d}"], p3_3.THETA[d - 1][0]: params[f"theta{d}0"],
                     p3_3.THETA[d - 1][1]: params[f"theta{d}1"]})
    assert np.isclose(float(values["linear_intercept"].subs(subs)), y[3])
    assert np.isclose(float(values["linear_slope"].subs(subs)), (y[4] - y[2]) / 2)


def test_3_2_activation_patterns_match_the_network():
    """Is each unit of 3.2 active (pre-activation > 0) at random points of its region, and only those?"""
    for region in p3_2.solve()["regions"]:
        xs = RNG.uniform(region["left"], region["right"], size=20)
        pre = p3_8.network(xs, p3_8.PARAMS)[0]
        for d in (1, 2, 3):
            assert np.all(pre[d - 1] > 0) == (d in region["active"])
            assert np.all(pre[d - 1] < 0) == (d in region["inactive"])


def test_3_3_slopes_and_joints_match_finite_differences():
    """Are the slopes of 3.3 the numerical slopes of figure 3.3's network, and do they change at the joints?"""
    values = p3_3.solve()
    regions = p3_2.regions(p3_8.PARAMS)
    for (left, right, _), slope in zip(regions, values["slope_values"]):
        assert np.isclose(numeric_slope(p3_8.PARAMS, (left + right) / 2), slope)
    for joint in values["joint_values"]:
        assert not np.isclose(numeric_slope(p3_8.PARAMS, joint - 1e-3),
                              numeric_slope(p3_8.PARAMS, joint + 1e-3))


def test_3_4_region_slopes_of_the_redrawn_network():
    """Do the slopes printed for the changed network of 3.4 match its finite differences?"""
    for region in p3_4.solve()["regions"]:
        middle = (region["left"] + region["right"]) / 2
        assert np.isclose(numeric_slope(p3_4.PARAMS, middle), region["slope"])


def test_3_5_homogeneity_numerically():
    """Does ReLU[alpha z] = alpha ReLU[z] hold for alpha > 0, and fail for some alpha < 0?"""
    assert p3_5.holds()
    z = RNG.normal(size=1000)
    relu = p3_8.relu
    for alpha in RNG.uniform(0.01, 10, size=10):
        assert np.allclose(relu(alpha * z), alpha * relu(z))
    assert not np.allclose(relu(-2 * z), -2 * relu(z))


@pytest.mark.parametrize("alpha", [0.3, 2.5, -0.5, -4.0])
def test_3_6_rescaled_network(alpha):
    """Is the rescaled network of 3.6 unchanged for alpha > 0 and changed by -phi_1|z| for alpha < 0?"""
    values = p3_6.derive()
    assert values["unchanged_positive"] and values["negative_is_reflection"]
    assert values["negative_change_matches"]
    params = random_params()
    scaled = {**params, "theta10": alpha * params["theta10"], "theta11": alpha * params["theta11"],
              "phi1": params["phi1"] / alpha}
    x = np.linspace(-4, 4, 801)
    change = p3_8.network(x, scaled)[3] - p3_8.network(x, params)[3]
    expected = 0 if alpha > 0 else -params["phi1"] * np.abs(params["theta10"] + params["theta11"] * x)
    assert np.allclose(change, expected)


def test_3_7_equivalent_parameter_sets():
    """Do all 3! permutations of the hidden units give the same function, and is the count right?"""
    values = p3_7.solve()
    orders = list(permutations((1, 2, 3)))
    assert values["permutations"] == len(orders) and p3_7.same_outputs()
    params = random_params()
    x = np.linspace(-3, 3, 301)
    base = p3_8.network(x, params)[3]
    for order in orders:
        assert np.allclose(p3_8.network(x, p3_7.permuted(params, order))[3], base)


def _constant_pieces(y):
    return int(np.sum(np.abs(np.diff(y)) > 1e-9)) + 1


def test_3_8_piece_counts_and_bounds():
    """Are the constant pieces of the Heaviside and rect networks and the tanh bounds as stated in 3.8?"""
    values = p3_8.solve_instructor()
    x = np.linspace(*p3_8.X_RANGE, 200001)[1:-1]
    assert _constant_pieces(p3_8.network(x, p3_8.PARAMS, "heaviside")[3]) == values["heaviside_pieces"]
    assert _constant_pieces(p3_8.network(x, p3_8.PARAMS, "rect")[3]) == values["rect_pieces"]
    wide = np.linspace(-100, 100, 200001)
    y = p3_8.network(wide, p3_8.PARAMS, "tanh")[3]
    assert values["tanh_low"] <= y.min() and y.max() <= values["tanh_high"]
    # the maxima: three units, each with at most one jump (heaviside) or two (rect)
    params = {**p3_8.PARAMS, "theta10": -0.1, "theta11": 5.0, "theta20": -3.0, "theta21": 5.0,
              "theta30": -6.0, "theta31": 5.0, "phi1": 1.0, "phi2": 2.0, "phi3": 4.0}
    assert _constant_pieces(p3_8.network(x, params, "rect")[3]) == values["rect_max_pieces"]
    assert _constant_pieces(p3_8.network(x, params, "heaviside")[3]) == values["heaviside_max_pieces"]


def test_3_9_third_slope_is_sum_of_first_and_fourth():
    """Is the slope identity of 3.9 true for random parameters with figure 3.3's activation pattern?"""
    values = p3_9.solve()
    assert values["difference"] == 0
    symbols = [*p3_3.PHI, *sp.flatten(p3_3.THETA)]
    for _ in range(5):
        subs = dict(zip(symbols, RNG.normal(size=10)))
        assert np.isclose(float((values["slope1"] + values["slope4"]).subs(subs)),
                          float(values["slope3"].subs(subs)))


def test_3_10_region_counts_from_slopes():
    """Do the region counts of 3.10 agree with an exact count from the joints and slopes?"""
    values = p3_10.solve()
    for name, params in p3_10.EXAMPLES.items():
        joints = sorted({round(-params[f"theta{d}0"] / params[f"theta{d}1"], 9)
                         for d in (1, 2, 3) if params[f"theta{d}1"] != 0})
        probes = [joints[0] - 1] + [(a + b) / 2 for a, b in zip(joints, joints[1:])] + [joints[-1] + 1]
        slopes = [numeric_slope(params, p) for p in probes]
        exact = 1 + sum(not np.isclose(a, b) for a, b in zip(slopes, slopes[1:]))
        assert values[name]["regions"] == exact


@pytest.mark.parametrize("module", [p3_11, p3_12, p3_14, p3_16])
def test_parameter_counts_of_actual_networks(module):
    """Does each parameter count (3.11, 3.12, 3.14, 3.16) equal that of the PyTorch network?"""
    values = module.solve()
    net = torch.nn.Sequential(torch.nn.Linear(module.INPUTS, module.HIDDEN), torch.nn.ReLU(),
                              torch.nn.Linear(module.HIDDEN, module.OUTPUTS))
    assert values["total"] == sum(p.numel() for p in net.parameters())
    assert values["intercepts"] == sum(m.bias.numel() for m in net if hasattr(m, "bias"))


def test_3_17_formula_matches_brute_force_counts():
    """Does (D_i+1)D + (D+1)D_o count the parameters of actual networks of many sizes?"""
    values = p3_17.solve()
    assert sp.expand(values["total"] - values["grouped"]) == 0
    for di, d, do in product((1, 2, 5), (1, 3, 8), (1, 4)):
        net = torch.nn.Sequential(torch.nn.Linear(di, d), torch.nn.ReLU(), torch.nn.Linear(d, do))
        brute = sum(p.numel() for p in net.parameters())
        assert int(values["grouped"].subs({p3_17.Di: di, p3_17.D: d, p3_17.Do: do})) == brute


def test_3_13_patterns_at_the_listed_points():
    """Has each point of 3.13 its listed pattern, and is the missing pattern absent from the whole plane?"""
    values = p3_13.solve()
    assert values["count"] == 7 == len({tuple(r["active"]) for r in values["regions"]})
    for r in values["regions"]:
        pre = p3_13.THETA[:, 0] + p3_13.THETA[:, 1] * r["x1"] + p3_13.THETA[:, 2] * r["x2"]
        assert [d + 1 for d in range(3) if pre[d] > 0] == r["active"]
    assert count_arrangement_regions(p3_13.THETA[:, 1:], p3_13.THETA[:, 0]) == 7
    assert np.all(np.abs(p3_13.corners()) <= 1)
    # the lines pass through the end points read from figure 3.8 of the book
    for row, ends in zip(p3_13.THETA, p3_13.FIGURE_LINES):
        for x1, x2 in ends:
            assert abs(row[0] + row[1] * x1 + row[2] * x2) < 1e-9
    # the central triangle: sample points inside the triangle of the three corners
    a, b, c = p3_13.corners()
    weights = RNG.dirichlet(np.ones(3), size=200)
    inside = weights @ np.array([a, b, c])
    pre = p3_13.THETA[:, :1] + p3_13.THETA[:, 1:] @ inside.T
    assert {tuple(np.flatnonzero(column > 0) + 1) for column in pre.T} == {tuple(values["central"])}


def test_3_15_and_3_18_zaslavsky_counts_by_brute_force():
    """Do random arrangements of 3 planes in 3D and of 3 or 5 lines in 2D give the counts of 3.15 and 3.18?"""
    for dim, n, expected in [(3, 3, p3_15.solve()["regions"]), (2, 3, p3_18.solve()["regions_d3"]),
                             (2, 5, p3_18.solve()["regions_d5"])]:
        counts = {count_arrangement_regions(RNG.normal(size=(n, dim)), RNG.normal(size=n))
                  for _ in range(5)}
        assert counts == {expected}


def test_3_1_identity_activation_gives_the_printed_line():
    """With a[z] = z, is the network the line with the intercept and slope printed in 3.1?"""
    values = p3_1.solve()
    params = random_params()
    x = np.array([-1.0, 0.0, 1.0])
    intercepts, slopes = p3_8.lines(params)
    weights = np.array([params["phi1"], params["phi2"], params["phi3"]])
    y = params["phi0"] + weights @ (intercepts[:, None] + slopes[:, None] * x)
    subs = {p3_3.PHI[0]: params["phi0"]}
    for d in (1, 2, 3):
        subs.update({p3_3.PHI[d]: params[f"phi{d}"], p3_3.THETA[d - 1][0]: params[f"theta{d}0"],
                     p3_3.THETA[d - 1][1]: params[f"theta{d}1"]})
    assert np.isclose(float(values["identity_intercept"].subs(subs)), y[1])
    assert np.isclose(float(values["identity_slope"].subs(subs)), (y[2] - y[0]) / 2)
    assert values["identity_degree"] == 1


def test_3_4_third_unit_matches_the_points_read_from_figure_3_14c():
    """Does the third pre-activation used in 3.4 pass through the points read from figure 3.14c
    of the book (to the reading accuracy of 0.025), and is it figure 3.3c's line reflected?"""
    values = p3_4.solve()
    for x, y in (values["read_left"], values["read_right"]):
        assert abs(values["theta30"] + values["theta31"] * x - y) < 0.025
    assert (values["theta30"], values["theta31"]) == (-values["theta30_old"], -values["theta31_old"])
