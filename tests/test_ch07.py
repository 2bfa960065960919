"""Do the chapter 7 derivations agree with finite differences, autograd and simulation?"""
import numpy as np
import sympy as sp

from solutions.common import notation
from solutions.ch07 import p7_6, p7_9, p7_10, p7_12, p7_13

RNG = np.random.default_rng(7)


def _jacobian_fd(function, point, h=1e-6):
    """Central-difference Jacobian: entry [i, j] is d output_i / d input_j."""
    columns = []
    for j in range(point.size):
        step = np.zeros_like(point)
        step.flat[j] = h
        columns.append((function(point + step) - function(point - step)).ravel() / (2 * h))
    return np.stack(columns, axis=1)


def test_7_6_derivative_matrix_is_omega_transposed():
    """Is the matrix with dz_i/dh_j in column i and row j the transpose of Omega, numerically?"""
    omega, beta, h = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3)
    jac = _jacobian_fd(lambda v: beta + omega @ v, h)  # rows are outputs z_i
    assert np.allclose(jac.T, omega.T, atol=1e-8)
    values = p7_6.solve()
    omega_sym, _, _ = p7_6.layer()
    assert values["dz_dh"] == omega_sym.T and values["dz_dh"].shape == (p7_6.D_H, p7_6.D_Z)


def test_7_9_weight_gradient_is_outer_product():
    """Does (dl/df) h^T match finite differences of a nonlinear loss with respect to Omega?"""
    omega, beta, h = RNG.normal(size=(3, 4)), RNG.normal(size=3), RNG.normal(size=4)
    loss = lambda f: np.sum(np.sin(f)) + 0.5 * np.sum(f ** 3)  # noqa: E731
    dl_df = lambda f: np.cos(f) + 1.5 * f ** 2  # noqa: E731
    grad_fd = _jacobian_fd(lambda w: np.array([loss(beta + w.reshape(3, 4) @ h)]),
                           omega.ravel()).reshape(3, 4)
    assert np.allclose(np.outer(dl_df(beta + omega @ h), h), grad_fd, atol=1e-6)
    values = p7_9.solve()
    assert values["dl_domega"] == values["dl_df"] * values["h_transpose"]


def test_7_10_leaky_relu_backward_pass_matches_finite_differences():
    """Do the leaky ReLU backward-pass equations give the finite-difference gradients?"""
    sizes, slope = [2, 5, 4, 3], p7_10.ALPHA_TYPICAL
    weights = [RNG.normal(size=(sizes[k + 1], sizes[k])) for k in range(3)]
    biases = [RNG.normal(size=(sizes[k + 1], 1)) for k in range(3)]
    x, y = RNG.normal(size=(2, 1)), RNG.normal(size=(3, 1))

    def loss(ws, bs):
        fs, _ = p7_10.forward(ws, bs, x, slope)
        return float(np.sum((fs[-1] - y) ** 2))

    fs, hs = p7_10.forward(weights, biases, x, slope)
    assert any((f < 0).any() for f in fs[:-1])  # the alpha branch is exercised
    dl_dbeta, dl_domega = p7_10.backward(weights, fs, hs, 2 * (fs[-1] - y), slope)
    for k in range(3):
        def vary_w(w, k=k):
            return np.array([loss(weights[:k] + [w.reshape(weights[k].shape)] + weights[k + 1:], biases)])

        def vary_b(b, k=k):
            return np.array([loss(weights, biases[:k] + [b.reshape(biases[k].shape)] + biases[k + 1:])])
        assert np.allclose(dl_domega[k].ravel(), _jacobian_fd(vary_w, weights[k].ravel()).ravel(), atol=1e-5)
        assert np.allclose(dl_dbeta[k].ravel(), _jacobian_fd(vary_b, biases[k].ravel()).ravel(), atol=1e-5)


def test_7_10_slope_of_activation():
    """Is the printed slope alpha for negative inputs and one for positive inputs?"""
    slope = p7_10.solve()["slope"]
    assert slope.subs({p7_10.z: -2, p7_10.alpha: sp.Rational(1, 10)}) == sp.Rational(1, 10)
    assert slope.subs({p7_10.z: 3, p7_10.alpha: sp.Rational(1, 10)}) == 1


def _graph_values(x0):
    f1 = np.exp(x0)
    f2 = f1 ** 2
    f3 = f1 + f2
    return {p7_12.x: x0, p7_12.f1: f1, p7_12.f2: f2, p7_12.f3: f3,
            p7_12.f4: np.exp(f3), p7_12.f5: np.sin(f3)}


def _y(x0):
    return np.exp(np.exp(x0) + np.exp(x0) ** 2) + np.sin(np.exp(x0) + np.exp(x0) ** 2)


def test_7_12_reverse_mode_matches_finite_differences_and_sympy():
    """Does the reverse-mode dy/dx equal the finite-difference slope and sympy's direct derivative?"""
    values = p7_12.solve()
    for x0 in (-1.3, -0.2, 0.4):
        point = _graph_values(x0)
        symbols = list(point)
        got = notation.numeric(symbols, values["dy_dx"])(*point.values())
        h = 1e-6
        assert np.isclose(got, (_y(x0 + h) - _y(x0 - h)) / (2 * h), rtol=1e-6)
    x = p7_12.x
    direct = sp.diff(sp.exp(sp.exp(x) + sp.exp(x) ** 2) + sp.sin(sp.exp(x) + sp.exp(x) ** 2), x)
    back = values["dy_dx"].subs(p7_12.f3, p7_12.f1 + p7_12.f1 ** 2).subs(p7_12.f1, notation.Exp(x))
    back = back.replace(notation.Exp, sp.exp).replace(notation.Cos, sp.cos)
    assert sp.simplify(back - direct) == 0


def test_7_12_intermediate_derivatives():
    """Is dy/df_1 the finite-difference slope of y when f_1 alone is perturbed?"""
    values = p7_12.solve()
    f1 = 1.7
    y_of_f1 = lambda v: np.exp(v + v ** 2) + np.sin(v + v ** 2)  # noqa: E731
    h = 1e-6
    got = notation.numeric([p7_12.f1, p7_12.f3], values["dy_df1"])(f1, f1 + f1 ** 2)
    assert np.isclose(got, (y_of_f1(f1 + h) - y_of_f1(f1 - h)) / (2 * h), rtol=1e-6)


def test_7_13_forward_mode_agrees_with_reverse_mode():
    """Do forward and reverse mode give the same derivative, and each df_k/dx its finite difference?"""
    forward, reverse = p7_13.solve(), p7_12.solve()
    assert sp.simplify(forward["dy_dx"] - reverse["dy_dx"]) == 0
    x0, h = 0.3, 1e-6
    point = _graph_values(x0)
    nodes = {"df1_dx": lambda v: np.exp(v), "df2_dx": lambda v: np.exp(v) ** 2,
             "df3_dx": lambda v: np.exp(v) + np.exp(v) ** 2,
             "df4_dx": lambda v: np.exp(np.exp(v) + np.exp(v) ** 2),
             "df5_dx": lambda v: np.sin(np.exp(v) + np.exp(v) ** 2)}
    for name, node in nodes.items():
        got = notation.numeric(list(point), forward[name])(*point.values())
        assert np.isclose(got, (node(x0 + h) - node(x0 - h)) / (2 * h), rtol=1e-6), name


def _toy_forward(p, x, y):
    beta0, beta1, beta2, beta3, omega0, omega1, omega2, omega3 = p
    f0 = beta0 + omega0 * x
    h1 = np.sin(f0)
    f1 = beta1 + omega1 * h1
    h2 = np.exp(f1)
    f2 = beta2 + omega2 * h2
    h3 = np.cos(f2)
    f3 = beta3 + omega3 * h3
    return {"f_0": f0, "h_1": h1, "f_1": f1, "h_2": h2, "f_2": f2, "h_3": h3, "f_3": f3,
            "loss": (f3 - y) ** 2}


def test_7_1_direct_derivatives_match_finite_differences():
    """Are the 13 derivatives of 7.1 the finite-difference slopes of the ReLU network?"""
    from solutions.ch07 import p7_1
    values = {**p7_1.solve(), **p7_1.solve_instructor()}
    params = p7_1.PARAMETERS
    output = notation.numeric([p7_1.x, *params], p7_1.network())
    g = {j: notation.numeric([p7_1.x, *params], p7_1.first_layer(j)) for j in (1, 2)}
    k = {j: notation.numeric([p7_1.x, *params], p7_1.second_layer(j)) for j in (1, 2)}
    checked = 0
    for trial in range(40):
        point = RNG.normal(size=len(params))
        x0 = RNG.normal()
        pre = [g[1](x0, *point), g[2](x0, *point), k[1](x0, *point), k[2](x0, *point)]
        if min(abs(v) for v in pre) < 1e-3:
            continue  # skip points next to a joint of a ReLU
        for n, row in enumerate(values["rows"]):
            expression = row["value"].subs({p7_1.G[1]: p7_1.first_layer(1), p7_1.G[2]: p7_1.first_layer(2)})
            expression = expression.subs({p7_1.K[1]: p7_1.second_layer(1), p7_1.K[2]: p7_1.second_layer(2)})
            got = notation.numeric([p7_1.x, *params], expression)(x0, *point)
            h = 1e-7
            up, down = point.copy(), point.copy()
            up[n] += h
            down[n] -= h
            fd = (output(x0, *up) - output(x0, *down)) / (2 * h)
            assert np.isclose(got, fd, atol=1e-6), row["parameter"]
        checked += 1
    assert checked > 20 and values["count"] == 13


def test_7_2_chains_give_finite_difference_derivative_of_omega0():
    """Do the chains built from the final terms of 7.2 give dl/domega_0 of the toy model?"""
    from solutions.ch07 import p7_2
    p = np.array([1.0, 2.0, -3.0, 0.4, 0.1, -0.4, 2.0, 3.0])
    x, y = 2.3, 2.0
    state = _toy_forward(p, x, y)
    symbols = {str(s): s for s in (p7_2.f0, p7_2.f1, p7_2.f2, p7_2.h1, p7_2.h2, p7_2.h3)}
    subs = {p7_2.omega[1]: p[5], p7_2.omega[2]: p[6]}
    chain = 2 * (state["f_3"] - y) * p[7]  # dl/df3 * df3/dh3
    for term in p7_2.final_terms():
        value = notation.numeric([], term.subs(subs).subs({symbols[k]: state[k] for k in symbols}))()
        chain = chain * value
    dl_domega0 = chain * x  # df0/domega0 = x
    h = 1e-6
    step = np.zeros(8)
    step[4] = h
    fd = (_toy_forward(p + step, x, y)["loss"] - _toy_forward(p - step, x, y)["loss"]) / (2 * h)
    assert np.isclose(dl_domega0, fd, rtol=1e-6)


def test_7_3_sizes_match_torch_jacobians():
    """Do autograd Jacobians of a concrete three-layer network have the sizes listed in 7.3?"""
    import torch
    from solutions.ch07 import p7_3
    dims = {p7_3.D1: 4, p7_3.D2: 3, p7_3.D3: 5, p7_3.Df: 2}
    torch.manual_seed(0)
    layers = [torch.nn.Linear(a, b) for a, b in ((6, 4), (4, 3), (3, 5), (5, 2))]
    x = torch.randn(6)
    f0 = layers[0](x)
    h1 = torch.relu(f0)
    f1 = layers[1](h1)
    h2 = torch.relu(f1)
    f2 = layers[2](h2)
    h3 = torch.relu(f2)
    jac = torch.autograd.functional.jacobian
    # torch returns d(output)/d(input) with one row per output; the book's layout is the transpose.
    actual = {r"\partial \mathbf{h}_2/\partial \mathbf{f}_1": jac(torch.relu, f1).T.shape,
              r"\partial \mathbf{f}_2/\partial \mathbf{h}_2": jac(layers[2], h2).T.shape,
              r"\partial \mathbf{h}_3/\partial \mathbf{f}_2": jac(torch.relu, f2).T.shape,
              r"\partial \mathbf{f}_3/\partial \mathbf{h}_3": jac(layers[3], h3).T.shape,
              r"\partial \ell_i/\partial \mathbf{f}_3": (2, 1),
              r"\partial \mathbf{h}_1/\partial \mathbf{f}_0": jac(torch.relu, f0).T.shape,
              r"\partial \mathbf{f}_1/\partial \mathbf{h}_1": jac(layers[1], h1).T.shape}
    terms = p7_3.solve()["terms"]
    assert len(terms) == 7  # equation 7.20 of the book has seven factors
    for term in terms:
        assert tuple(actual[term["term"]]) == (int(term["rows"].subs(dims)), int(sp.sympify(term["columns"]).subs(dims)))


def test_7_4_and_7_5_loss_derivatives():
    """Are the derivatives of 7.4 and 7.5 the finite-difference slopes of the losses?"""
    from solutions.ch07 import p7_4, p7_5
    d4 = notation.numeric([p7_4.f, p7_4.y], p7_4.solve()["derivative"])
    d5 = notation.numeric([p7_5.f, p7_5.y], p7_5.solve()["derivative"])
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    for f0, y0 in ((0.7, 1.0), (-1.2, 0.0), (2.5, 1.0), (0.3, 0.4)):
        h = 1e-6
        ls = lambda f: (y0 - f) ** 2  # noqa: E731
        bce = lambda f: -(1 - y0) * np.log(1 - sig(f)) - y0 * np.log(sig(f))  # noqa: E731
        assert np.isclose(d4(f0, y0), (ls(f0 + h) - ls(f0 - h)) / (2 * h))
        assert np.isclose(d5(f0, y0), (bce(f0 + h) - bce(f0 - h)) / (2 * h))


def test_7_7_sigmoid_derivative_and_limits():
    """Is sig'(f) = sig(f)(1 - sig(f)) by finite differences, peaking at 1/4 and vanishing far out?"""
    from solutions.ch07 import p7_7
    values = p7_7.solve()
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    for row in values["table"]:
        h = 1e-6
        assert np.isclose(row["d"], (sig(row["f"] + h) - sig(row["f"] - h)) / (2 * h), rtol=1e-6)
    grid = np.linspace(-20, 20, 4001)
    slope = np.gradient(sig(grid), grid)
    assert np.isclose(slope.max(), float(values["maximum"]), atol=1e-4)
    assert values["limit_pos"] == 0 and values["limit_neg"] == 0


def test_7_8_step_functions_have_zero_gradient_almost_everywhere():
    """Do finite differences of Heaviside and rect vanish away from their jumps?"""
    from solutions.ch07 import p7_8
    values = p7_8.solve()
    z = RNG.uniform(-3, 3, size=200)
    z = z[(np.abs(z) > 1e-3) & (np.abs(z - 1) > 1e-3)]
    heav = lambda v: (v >= 0).astype(float)  # noqa: E731
    rect = lambda v: ((v >= 0) & (v <= 1)).astype(float)  # noqa: E731
    h = 1e-6
    assert np.all(heav(z + h) - heav(z - h) == 0) and np.all(rect(z + h) - rect(z - h) == 0)
    d_heaviside, d_rect = p7_8.derivatives()
    assert values["d_heaviside"] == r"\delta\left[z\right]"
    # Integrating the derivatives from minus infinity gives back the functions away from the jumps.
    t = sp.Symbol("t", real=True)
    for point in (-0.5, 0.5, 1.5):
        assert float(sp.integrate(d_heaviside.subs(p7_8.z, t), (t, -sp.oo, point))) == float(heav(np.array(point)))
        assert float(sp.integrate(d_rect.subs(p7_8.z, t), (t, -sp.oo, point))) == float(rect(np.array(point)))


def test_7_11_checkpointing_gives_the_same_gradients_as_autograd():
    """Does the checkpointed backward pass of 7.11 reproduce torch autograd, using less memory?"""
    import torch
    from solutions.ch07 import p7_11
    weights, biases = p7_11.network()
    rng = np.random.default_rng(3)
    x, y = rng.normal(size=p7_11.WIDTH), rng.normal(size=p7_11.WIDTH)
    grads, peak, evaluations = p7_11.checkpointed_gradients(weights, biases, x, y)
    tw = [torch.tensor(w, requires_grad=True) for w in weights]
    h = torch.tensor(x)
    for w, b in zip(tw, biases):
        h = torch.relu(torch.tensor(b) + w @ h)
    torch.sum((h - torch.tensor(y)) ** 2).backward()
    for g, w in zip(grads, tw):
        assert np.allclose(g, w.grad.numpy(), rtol=1e-10, atol=1e-12)
    assert any(np.abs(g).max() > 0 for g in grads[:10])  # the gradient reaches the first layers
    values = p7_11.solve()
    assert peak == values["peak_vectors"] < values["full_vectors"]
    assert evaluations == 2 * p7_11.N_LAYERS


def test_7_14_relu_second_moment_by_monte_carlo():
    """Is E[ReLU(a)^2] = sigma^2/2 for normal, uniform, Laplace and a discrete symmetric variable?"""
    from solutions.ch07 import p7_14
    sigma, n = 1.7, 2_000_000
    rng = np.random.default_rng(14)
    samples = [rng.normal(0, sigma, n), rng.uniform(-np.sqrt(3) * sigma, np.sqrt(3) * sigma, n),
               rng.laplace(0, sigma / np.sqrt(2), n), sigma * rng.choice([-1.0, 1.0], n)]
    for a in samples:
        assert abs(np.mean(np.maximum(a, 0) ** 2) - sigma ** 2 / 2) < 0.01 * sigma ** 2
    values = p7_14.solve()
    assert all(sp.simplify(r["second_moment"] - p7_14.sigma ** 2 / 2) == 0 for r in values["rows"])
    # The printed densities integrate to one with variance sigma^2 (trapezoidal rule, sigma = 1.7).
    grid = np.linspace(-40, 40, 800001)
    for name, expr in p7_14.displayed().items():
        density = sp.lambdify(p7_14.a, expr.subs(p7_14.sigma, sigma), "numpy")(grid) * np.ones_like(grid)
        if name == "uniform":
            density = density * (np.abs(grid) <= np.sqrt(3) * sigma)
        assert abs(np.trapezoid(density, grid) - 1) < 1e-3
        assert abs(np.trapezoid(grid ** 2 * density, grid) - sigma ** 2) < 1e-2
        assert abs(np.trapezoid(np.maximum(grid, 0) ** 2 * density, grid) - sigma ** 2 / 2) < 1e-2


def test_7_15_zero_initialization_learns_only_the_output_bias():
    """With zero initialization, is only the output bias learned, giving the mean target?"""
    from solutions.ch07 import p7_15
    values = p7_15.solve()
    assert values["nonzero_gradients"] == [r"4.bias"] and values["n_still_zero"] == values["n_tensors"] - 1
    assert values["output_spread"] == 0.0
    assert abs(values["final_loss"] - values["mean_loss"]) < 1e-4


def test_7_16_training_loss_decreases():
    """Does the figure 7.8 code reduce the training loss, with the table taken from the run?"""
    from solutions.ch07 import p7_16
    losses = p7_16.losses()
    values = p7_16.solve()
    assert len(losses) == 100 and losses[-1] < 0.25 * losses[0]
    assert [r["loss"] for r in values["table"]] == [losses[e] for e in p7_16.SHOWN_EPOCHS]
    assert "kaiming_normal_" in values["code"] and "StepLR" in values["code"]


def test_7_17_binary_classifier_outputs_probabilities_and_learns():
    """Does the classifier of 7.17 predict values in (0, 1), and its BCE fall as accuracy rises?"""
    import torch
    from solutions.ch07 import p7_17
    losses, accuracies, positive = p7_17.history()
    assert losses[-1] < 0.1 * losses[0] and accuracies[-1] >= accuracies[0]
    assert 0 < positive < 1
    # BCELoss is the mean of the loss of problem 7.5 applied to the pre-sigmoid value.
    p, y = torch.tensor([0.2, 0.9, 0.6]), torch.tensor([0.0, 1.0, 0.0])
    manual = -((1 - y) * torch.log(1 - p) + y * torch.log(p)).mean()
    assert torch.isclose(torch.nn.BCELoss()(p, y), manual)
