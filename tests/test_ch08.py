"""Do the chapter 8 results agree with least squares fits, volume formulas and sampling?"""
import math

import numpy as np
import sympy as sp

from solutions.ch08 import p8_3, p8_8

RNG = np.random.default_rng(8)


def _hidden(x):
    """Three fixed ReLU hidden units with joints spread over [0, 1] (any fixed first layer works)."""
    return np.maximum(0.0, x[:, None] - np.array([0.0, 1 / 3, 2 / 3])[None, :])


def test_8_3_normal_equations_give_the_least_squares_fit():
    """Do the normal equations of 8.3 give numpy's least squares fit, with zero loss gradient there?"""
    x = RNG.uniform(0, 1, size=25)
    y = np.exp(np.sin(2 * np.pi * x)) + 0.3 * RNG.normal(size=25)
    hidden = _hidden(x)
    phi = p8_3.closed_form(hidden, y)
    design = np.column_stack([np.ones_like(x), hidden])
    assert np.allclose(phi, np.linalg.lstsq(design, y, rcond=None)[0])
    values = p8_3.solve()
    subs = {p8_3.I: len(x), p8_3.beta: phi[0], **dict(zip(p8_3.omegas, phi[1:]))}
    for name in ("dL_dbeta", "dL_domega1"):
        expression = values[name].subs(subs).doit()
        data = {p8_3.h1[k + 1]: hidden[k, 0] for k in range(len(x))}
        data.update({p8_3.h2[k + 1]: hidden[k, 1] for k in range(len(x))})
        data.update({p8_3.h3[k + 1]: hidden[k, 2] for k in range(len(x))})
        data.update({p8_3.y[k + 1]: y[k] for k in range(len(x))})
        assert abs(float(expression.subs(data))) < 1e-8


def test_8_8_proportion_matches_volume_formula_and_sampling():
    """Is the shell proportion 1 - 0.99^D, and does rejection sampling in a cube agree for small D?"""
    values = p8_8.solve()
    for row in values["table"]:
        d = row["D"]
        log_v = lambda r: d * math.log(r) + d / 2 * math.log(math.pi) - math.lgamma(d / 2 + 1)  # noqa: E731
        assert math.isclose(row["p"], 1 - math.exp(log_v(0.99) - log_v(1.0)), rel_tol=1e-12)
    assert math.isclose(float(p8_8.volume(1, 2)), math.pi) and math.isclose(float(p8_8.volume(1, 3)), 4 * math.pi / 3)
    for d in (2, 3, 5):
        points = RNG.uniform(-1, 1, size=(400_000, d))
        radius = np.linalg.norm(points, axis=1)
        inside = radius[radius <= 1]
        estimate = np.mean(inside > 0.99)
        exact = 1 - 0.99 ** d
        assert abs(estimate - exact) < 5 * math.sqrt(exact * (1 - exact) / len(inside))


def test_8_8_threshold_dimensions():
    """Are 69 and 459 the first dimensions where the shell holds half and 99% of the volume?"""
    values = p8_8.solve()
    for d, t in ((values["half_dimension"], 0.5), (values["most_dimension"], 0.99)):
        assert 1 - 0.99 ** d > t >= 1 - 0.99 ** (d - 1)
    assert values["limit"] == sp.Integer(1)


def test_8_1_cross_entropy_is_positive_and_vanishes_only_in_the_limit():
    """Is the cross-entropy of a correct margin m positive and equal to torch's, and when does float32 round it to zero?"""
    import torch
    from solutions.ch08 import p8_1
    values = p8_1.solve()
    for row in values["table"]:
        logits = torch.zeros(1, p8_1.N_CLASSES, dtype=torch.float64)
        logits[0, 3] = row["margin"]
        torch_loss = torch.nn.functional.cross_entropy(logits, torch.tensor([3])).item()
        assert math.isclose(torch_loss, row["loss"], rel_tol=1e-6, abs_tol=1e-15) and row["loss"] > 0
    margin = values["float32_margin"]
    for m, zero in ((margin, True), (margin - 1, False)):
        one = np.float32(1) + np.float32(p8_1.N_CLASSES - 1) * np.exp(np.float32(-m))
        assert bool(np.log(one) == np.float32(0)) == zero
    assert values["limit"] == 0


def test_8_2_first_layer_puts_joints_where_required():
    """Are the hidden units of 8.2 zero left of joints 0, 1/3, 2/3 and rise with unit slope after?"""
    from solutions.ch08 import p8_2
    x = np.linspace(0, 1, 301)
    h = p8_2.hidden(x)
    for k, joint in enumerate((0.0, 1 / 3, 2 / 3)):
        assert np.allclose(h[:, k], np.maximum(0.0, x - joint))
    # and do they pass through the vertices read from figure 8.4b-d of the book (to 0.02, half the width of the drawn lines)?
    for k, vertices in p8_2.FIGURE_RESPONSES.items():
        for xv, hv in vertices:
            assert abs(p8_2.hidden(np.array([xv]))[0, k - 1] - hv) <= 0.02, (k, xv)


def test_8_4_parameter_count_matches_torch():
    """Does a 40-200-200-10 torch network have the 50,410 parameters of problem 8.4?"""
    import torch
    from solutions.ch08 import p8_4
    net = torch.nn.Sequential(torch.nn.Linear(40, 200), torch.nn.ReLU(), torch.nn.Linear(200, 200),
                              torch.nn.ReLU(), torch.nn.Linear(200, 10))
    assert sum(p.numel() for p in net.parameters()) == p8_4.solve()["n_params"] == 50410
    assert sum(p8_4.solve_instructor()["layer_counts"]) == 50410


def test_8_5_nll_diverges_as_variance_shrinks():
    """With a perfect mean, does the normal NLL per point fall without bound as sigma -> 0?"""
    from solutions.ch08 import p8_5
    values = p8_5.solve()
    for row in values["table"]:
        s = row["sigma"]
        density_at_mean = 1 / math.sqrt(2 * math.pi * s ** 2)
        assert math.isclose(row["nll"], -math.log(density_at_mean), rel_tol=1e-12)
    nlls = [row["nll"] for row in values["table"]]
    assert all(a > b for a, b in zip(nlls, nlls[1:])) and values["limit"] == -sp.oo


def test_8_6_angles_concentrate_at_ninety_degrees():
    """Are the simulated angles centred on 90 degrees with spread 1/sqrt(D) radians?"""
    from solutions.ch08 import p8_6
    values = p8_6.solve_instructor()
    assert abs(values["mean_angle"] - 90) < 0.05
    assert abs(values["sd_angle"] / values["sd_angle_theory"] - 1) < 0.03
    assert 80 < values["min_angle"] and values["max_angle"] < 100
    # Exact second moment of the cosine of a random direction by an independent simulation in low D.
    rng = np.random.default_rng(66)
    u = rng.normal(size=(200_000, 5))
    cos = u[:, 0] / np.linalg.norm(u, axis=1)
    assert abs(np.mean(cos ** 2) - 1 / 5) < 0.003


def test_8_7_stirling_volume_and_limit():
    """Does Stirling's form match the exact volume of the r=1/2 ball, which decreases to zero?"""
    from solutions.ch08 import p8_7
    values = {**p8_7.solve(), **p8_7.solve_instructor()}
    exact = [math.exp(d * math.log(0.5) + d / 2 * math.log(math.pi) - math.lgamma(d / 2 + 1))
             for d in (row["D"] for row in values["table"])]
    assert np.allclose([row["exact"] for row in values["table"]], exact, rtol=1e-12)
    ratios = [row["stirling"] / row["exact"] for row in values["table"]]
    assert all(r > 1 for r in ratios) and abs(ratios[-1] - 1) < 0.002
    assert all(a > b for a, b in zip(exact, exact[1:]))
    d = sp.Symbol("D", positive=True)
    assert sp.limit(p8_7.stirling_volume().subs(p8_7.D, d), d, sp.oo) == 0
    assert values["base_below_one"] == min(k for k in range(1, 20) if math.pi * math.e / (2 * k) < 1)
    # Monte Carlo check of the exact volume in three dimensions.
    points = np.random.default_rng(7).uniform(-0.5, 0.5, size=(400_000, 3))
    assert abs(np.mean(np.linalg.norm(points, axis=1) <= 0.5) - values["table"][2]["exact"]) < 0.005


def test_8_9_distances_follow_chi_distribution():
    """Do the sampled distances match the chi mean and s.d., and does chi_pdf integrate to one?"""
    from solutions.ch08 import p8_9
    values = p8_9.solve_instructor()
    for row in values["rows"]:
        d = row["D"]
        grid = np.linspace(1e-6, 60, 200_001)
        pdf = p8_9.chi_pdf(grid, d)
        assert abs(np.trapezoid(pdf, grid) - 1) < 1e-6
        assert abs(np.trapezoid(grid * pdf, grid) - row["chi_mean"]) < 1e-6
        assert abs(row["mean"] - row["chi_mean"]) < 4 * row["chi_sd"] / math.sqrt(p8_9.N_SAMPLES)
        assert abs(row["sd"] / row["chi_sd"] - 1) < 0.05
        assert abs(row["chi_mean"] - math.sqrt(d - 0.5)) < 0.01
