"""Do the chapter 5 loss functions give the right numbers on concrete values?"""
import math

import numpy as np
import sympy as sp
import torch

from solutions.common import notation
from solutions.ch05 import p5_1, p5_2, p5_3, p5_4, p5_5, p5_6, p5_7, p5_8, p5_9, p5_10

RNG = np.random.default_rng(5)


def _numeric(expr, values):
    """Evaluate an expression after substituting symbols and writing out the book's functions."""
    return float(notation.explicit(expr).subs(values).evalf())


def test_5_3_loss_term_is_the_von_mises_negative_log_likelihood():
    """Is the term of the loss of 5.3 minus the log of the von Mises density (numpy and torch)?"""
    for y, mu, kappa in [(0.3, 2.0, 1.5), (-2.5, 2.9, 4.0), (1.0, 1.0, 0.2)]:
        reference = -torch.distributions.VonMises(torch.tensor(mu, dtype=torch.float64),
                                                  torch.tensor(kappa, dtype=torch.float64)
                                                  ).log_prob(torch.tensor(y, dtype=torch.float64))
        direct = -kappa * math.cos(y - mu) + math.log(2 * math.pi * float(np.i0(kappa)))
        values = {p5_3.y: y, p5_3.f: mu, p5_3.kappa: kappa}
        for term in (p5_3.loss_term(), p5_3.negative_log_likelihood_term()):
            assert math.isclose(_numeric(term, values), direct, rel_tol=1e-12)
            assert math.isclose(_numeric(term, values), float(reference), rel_tol=1e-7)


def test_5_3_simplified_loss_has_the_same_minimum():
    """Does the simplified loss of 5.3 pick the same mean direction as the full loss?"""
    ys = RNG.vonmises(0.7, 2.0, size=50)
    grid = np.linspace(-np.pi, np.pi, 2001)
    full = [sum(-3.0 * np.cos(y - g) + math.log(2 * math.pi * np.i0(3.0)) for y in ys) for g in grid]
    simple = [sum(-np.cos(y - g) for y in ys) for g in grid]
    assert np.argmin(full) == np.argmin(simple)


def test_5_4_loss_term_matches_a_direct_mixture_computation():
    """Is the loss term of 5.4 minus the log of the two-component mixture density?"""
    outputs = RNG.normal(size=5)
    y = 0.4
    weight = 1 / (1 + math.exp(-outputs[0]))
    normal = lambda m, s: math.exp(-(y - m) ** 2 / (2 * s * s)) / math.sqrt(2 * math.pi * s * s)  # noqa: E731
    direct = -math.log(weight * normal(outputs[1], outputs[2])
                       + (1 - weight) * normal(outputs[3], outputs[4]))
    expr = notation.explicit(p5_4.loss_term()).replace(p5_4.f, lambda k: outputs[int(k) - 1])
    assert math.isclose(float(expr.subs(p5_4.y, y)), direct, rel_tol=1e-10)


def test_5_4_modes_are_the_maxima_of_the_density_on_a_grid():
    """Are the modes of the example mixture of 5.4 the local maxima of its density on a fine grid?"""
    values = p5_4.solve()
    ex = values["example"]
    grid = np.linspace(-4, 5, 900001)
    density = p5_4.density(grid, ex["weight"], ex["mean1"], ex["var1"], ex["mean2"], ex["var2"])
    peaks = grid[1:-1][(density[1:-1] > density[:-2]) & (density[1:-1] > density[2:])]
    assert np.allclose(peaks, values["modes"], atol=1e-4)
    assert math.isclose(grid[np.argmax(density)], values["mode"], abs_tol=1e-4)
    assert values["mean_density"] < values["mode_density"]


def test_5_8_loss_is_the_sum_of_normal_negative_log_likelihoods():
    """Do both forms of the loss of 5.8 equal the negative log-likelihood computed by torch?"""
    I, D = 2, 3
    y, means, deviations = RNG.normal(size=(I, D)), RNG.normal(size=(I, D)), RNG.uniform(0.5, 2, (I, D))
    reference = -torch.distributions.Normal(torch.tensor(means), torch.tensor(deviations)
                                            ).log_prob(torch.tensor(y)).sum()
    table = {1: means, 2: deviations}
    data = {p5_8.y[a + 1, b + 1]: y[a, b] for a in range(I) for b in range(D)}
    # The summand of loss() for data point a (the outputs f_kd depend on the data point).
    summand = notation.explicit((-p5_8.loss()).function).subs(p5_8.D, D).doit()
    total = 0.0
    for a in range(I):
        term = summand.subs(p5_8.i, a + 1).replace(
            p5_8.f, lambda k, d, a=a: sp.Float(table[int(k)][a, int(d) - 1]))
        total -= float(term.subs(data))
    assert math.isclose(total, float(reference), rel_tol=1e-10)
    expanded = sum(float(p5_8.loss_term(sp.Float(means[a, b]), sp.Float(deviations[a, b]),
                                        sp.Float(y[a, b]))) for a in range(I) for b in range(D))
    assert math.isclose(expanded, float(reference), rel_tol=1e-10)


def test_5_1_sigmoid_values_match_numerical_evaluation():
    """Does the sigmoid of 5.1 approach 0 and 1 at large |z| and equal the stated value at zero?"""
    values = {**p5_1.solve(), **p5_1.solve_instructor()}
    sigmoid = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    assert abs(sigmoid(-50) - float(values["at_minus_infinity"])) < 1e-20
    assert abs(sigmoid(50) - float(values["at_plus_infinity"])) < 1e-20
    assert sigmoid(0) == float(values["at_zero"])


def test_5_2_curves_are_the_cross_entropy_for_each_label():
    """Are the 5.2 curves -log(1-s) for y=0 and -log(s) for y=1, crossing at s = 1/2?"""
    s = np.linspace(0.01, 0.99, 99)
    assert np.allclose(p5_2.curve(0, s), -np.log(1 - s))
    assert np.allclose(p5_2.curve(1, s), -np.log(s))
    values = p5_2.solve()
    assert math.isclose(values["at_half_value"], math.log(2))
    assert math.isclose(values["loss_y0_near_one"], -math.log(1 - values["near_one"]))


def test_5_5_mixture_is_a_density_on_the_circle():
    """Does the von Mises mixture of 5.5 integrate to one over a full turn and match torch?"""
    params = {p5_5.lam: 0.3, p5_5.mu1: -2.0, p5_5.kappa1: 4.0, p5_5.mu2: 1.0, p5_5.kappa2: 0.7}
    density = sp.lambdify(p5_5.y, notation.explicit(p5_5.likelihood()).subs(params),
                          modules=[{"besseli": lambda n, v: float(np.i0(v))}, "numpy"])
    grid = np.linspace(-np.pi, np.pi, 20001)
    assert math.isclose(np.trapezoid([density(v) for v in grid], grid), 1.0, rel_tol=1e-8)
    vm = lambda m, k: torch.distributions.VonMises(torch.tensor(m, dtype=torch.float64),  # noqa: E731
                                                   torch.tensor(k, dtype=torch.float64))
    value = torch.tensor(0.4, dtype=torch.float64)
    reference = 0.3 * vm(-2.0, 4.0).log_prob(value).exp() + 0.7 * vm(1.0, 0.7).log_prob(value).exp()
    assert math.isclose(density(0.4), float(reference), rel_tol=1e-6)
    assert p5_5.solve()["outputs"] == 5


def test_5_6_loss_term_is_the_poisson_negative_log_likelihood():
    """Is the loss term of 5.6 minus torch's Poisson log-probability with rate exp[f]?"""
    for count, output in [(0, -1.2), (3, 0.8), (12, 2.5)]:
        reference = -torch.distributions.Poisson(torch.tensor(math.exp(output), dtype=torch.float64)
                                                 ).log_prob(torch.tensor(float(count), dtype=torch.float64))
        value = float(p5_6.loss_term().subs({p5_6.y: count, p5_6.f: output}))
        assert math.isclose(value, float(reference), rel_tol=1e-10)


def test_5_7_negative_log_likelihood_is_scaled_squares_plus_constant():
    """Is the 5.7 negative log-likelihood torch's normal NLL, and its minimizer the least squares one?"""
    ten = p5_7.DIMENSIONS
    targets, outputs, sd = RNG.normal(size=ten), RNG.normal(size=ten), 0.8
    reference = -torch.distributions.Normal(torch.tensor(outputs), sd).log_prob(torch.tensor(targets)).sum()
    term = p5_7.nll_term().subs(p5_7.sigma, sd).doit()
    term = term.replace(p5_7.f, lambda d: sp.Float(outputs[int(d) - 1]))
    term = term.subs({p5_7.y[p5_7.i, d + 1]: targets[d] for d in range(ten)})
    assert math.isclose(float(term), float(reference), rel_tol=1e-10)


def test_5_10_loss_term_is_von_mises_times_log_normal():
    """Is the full 5.10 loss term minus torch's von Mises plus log-normal log densities?"""
    direction, speed, f1, f2, kappa, sd = 0.5, 3.2, -0.3, 1.1, 2.0, 0.6
    reference = -(torch.distributions.VonMises(torch.tensor(f1, dtype=torch.float64),
                                               torch.tensor(kappa, dtype=torch.float64)
                                               ).log_prob(torch.tensor(direction, dtype=torch.float64))
                  + torch.distributions.LogNormal(torch.tensor(f2, dtype=torch.float64), sd
                                                  ).log_prob(torch.tensor(speed, dtype=torch.float64)))
    subs = {p5_10.direction: direction, p5_10.speed: speed, p5_10.f1: f1, p5_10.f2: f2,
            p5_10.kappa: kappa, p5_10.sigma: sd}
    assert math.isclose(_numeric(p5_10.loss_term(), subs), float(reference), rel_tol=1e-7)
    difference = notation.explicit(p5_10.loss_term() - p5_10.reduced_term()).subs(subs)
    direction2 = notation.explicit(p5_10.loss_term() - p5_10.reduced_term()).subs(
        {**subs, p5_10.f1: 2.0, p5_10.f2: -1.0})
    assert math.isclose(float(difference.evalf()), float(direction2.evalf()), rel_tol=1e-12)


def test_5_9_weight_dominates_the_squared_error():
    """For outputs with the spreads of 5.9, is the weight's share of the squared error the stated ratio?"""
    values = p5_9.solve()
    height = RNG.normal(1.7, values["height_sd"], 100000)
    weight = RNG.normal(70, values["weight_sd"], 100000)
    # Squared errors of predicting each output by its mean, averaged over people.
    ratio = np.mean((weight - 70) ** 2) / np.mean((height - 1.7) ** 2)
    assert math.isclose(ratio, values["ratio"], rel_tol=0.02)


def test_5_9_ratio_range_over_plausible_spreads():
    """Over a grid of the plausible spreads of 5.9, does the ratio stay within the stated range?"""
    values = p5_9.solve()
    heights = np.linspace(*values["height_sd_range"], 101)
    weights = np.linspace(*values["weight_sd_range"], 101)
    ratios = (weights[:, None] / heights[None, :]) ** 2
    assert math.isclose(ratios.min(), values["ratio_min"], rel_tol=0.02)
    assert math.isclose(ratios.max(), values["ratio_max"], rel_tol=0.02)


def test_5_4_mode_search_works_beyond_the_illustration():
    """Is the recipe of 5.4 (fixed point from each mean, keep the higher) the grid maximum for
    random two-component mixtures, not only for the illustrative one?"""
    rng = np.random.default_rng(54)
    grid = np.linspace(-12, 12, 240001)
    for _ in range(100):
        args = (rng.uniform(0.05, 0.95), rng.normal(0, 2), rng.uniform(0.05, 2),
                rng.normal(0, 2), rng.uniform(0.05, 2))
        best = grid[np.argmax(p5_4.density(grid, *args))]
        found = [p5_4.fixed_point_mode(start, *args) for start in (args[1], args[3])]
        mode = max(found, key=lambda y: p5_4.density(np.array([y]), *args)[0])
        assert abs(mode - best) < 1e-3


def test_common_notation_prints_powers_in_the_book_form():
    """Does every bracketed function of the one notation module print a power as the book does
    (exp[x]^2 of equation 7.13 of the book), whichever printer or class makes it?"""
    x = sp.Symbol("x")
    assert notation.book_latex(sp.log(x) ** 2) == r"\log\left[x\right]^{2}"
    assert sp.latex(notation.Exp(x) ** 2) == r"\exp\left[x\right]^{2}"
    assert sp.latex(notation.Sig(x) ** 2) == r"\sig\left[x\right]^{2}"
    assert sp.latex(notation.Ind(x) ** 2) == r"\indicator\left[x > 0\right]^{2}"
    check = notation.numeric([x], notation.Sig(x) + notation.A(x) + notation.Exp(x))
    assert np.isclose(check(0.5), 1 / (1 + np.exp(-0.5)) + 0.5 + np.exp(0.5))
    assert sp.simplify(notation.explicit(notation.Sig(x)).diff(x)
                       - notation.explicit(notation.Sig(x).diff(x))) == 0
