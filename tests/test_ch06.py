"""Do the chapter 6 derivations give the right results on concrete numbers?"""
import math

import numpy as np
import sympy as sp
import torch

from solutions.ch06 import p6_1, p6_2, p6_3, p6_4, p6_5, p6_6, p6_7, p6_8, p6_9, p6_10, p6_11

RNG = np.random.default_rng(6)


def test_6_4_sigmoid_derivative_matches_finite_differences():
    """Is the sigmoid derivative of 6.4 (iii) the finite-difference slope of the sigmoid?"""
    derivative = sp.lambdify(p6_4.z, p6_4.sigmoid_derivative())
    sigmoid = lambda v: 1 / (1 + math.exp(-v))  # noqa: E731
    h = 1e-6
    for v in (-3.0, -0.4, 0.0, 1.1, 5.0):
        assert math.isclose(derivative(v), (sigmoid(v + h) - sigmoid(v - h)) / (2 * h), rel_tol=1e-6)
        assert math.isclose(derivative(v), sigmoid(v) * (1 - sigmoid(v)), rel_tol=1e-12)


def test_6_4_loss_derivatives_match_finite_differences():
    """Are the chain-rule derivatives of 6.4 (iii) the finite-difference slopes of the loss?"""
    inputs, labels = p6_4.data()
    xi, yi = sp.symbols("xi yi")
    terms = [sp.lambdify((p6_4.phi0, p6_4.phi1, xi, yi), t)
             for t in p6_4.chain_rule_terms(xi, yi, with_sig=False)]
    h = 1e-6
    for p0, p1 in [(0.3, -0.7), (-1.0, 2.0), (2.0, 0.5)]:
        grad = [sum(t(p0, p1, a, b) for a, b in zip(inputs, labels)) for t in terms]
        loss = lambda a, b: float(p6_4.loss_numeric(np.array([a]), np.array([b]), inputs, labels)[0])  # noqa: E731
        assert math.isclose(grad[0], (loss(p0 + h, p1) - loss(p0 - h, p1)) / (2 * h), rel_tol=1e-6)
        assert math.isclose(grad[1], (loss(p0, p1 + h) - loss(p0, p1 - h)) / (2 * h), rel_tol=1e-6)


def test_6_4_data_and_heat_map_minimum():
    """Are the data of 6.4 (iv) ten points per class, and is the Newton minimum the grid minimum?"""
    inputs, labels = p6_4.data()
    assert len(inputs) == 20 and labels.sum() == 10
    assert inputs[labels == 0].mean() < inputs[labels == 1].mean()
    values = p6_4.solve()
    p0, p1, loss = p6_4.loss_grid()
    k = np.unravel_index(np.argmin(loss), loss.shape)
    assert abs(p0[k] - values["phi0_best"]) < 0.06 and abs(p1[k] - values["phi1_best"]) < 0.06
    assert loss.min() >= values["loss_best"] - 1e-12


def test_6_4_loss_is_convex_on_the_grid():
    """Is the loss of 6.4 convex: are the finite-difference Hessians on the grid positive semi-definite?"""
    inputs, labels = p6_4.data()
    loss = lambda a, b: p6_4.loss_numeric(np.array(a), np.array(b), inputs, labels)  # noqa: E731
    h = 1e-3
    for a, b in RNG.uniform(-5, 5, size=(200, 2)):
        daa = (loss(a + h, b) - 2 * loss(a, b) + loss(a - h, b)) / h ** 2
        dbb = (loss(a, b + h) - 2 * loss(a, b) + loss(a, b - h)) / h ** 2
        dab = (loss(a + h, b + h) - loss(a + h, b - h) - loss(a - h, b + h) + loss(a - h, b - h)) / (4 * h * h)
        assert daa >= -1e-6 and daa * dbb - dab ** 2 >= -1e-4


def test_6_5_derivatives_match_autograd():
    """Do the ten derivatives of 6.5 agree with torch's autograd on the ReLU network?"""
    params = torch.tensor(RNG.normal(size=10), requires_grad=True)
    xs, ys = RNG.normal(size=8), RNG.normal(size=8)
    phi, theta = params[:4], params[4:].reshape(3, 2)
    x_t = torch.tensor(xs)
    f = phi[0] + sum(phi[k + 1] * torch.relu(theta[k, 0] + theta[k, 1] * x_t) for k in range(3))
    loss = ((torch.tensor(ys) - f) ** 2).sum()
    loss.backward()
    symbols = p6_5.parameters()
    values = dict(zip(symbols, params.detach().numpy()))
    f_expr = p6_5.model(p6_5.x_i)
    for k, symbol in enumerate(symbols):
        df = sp.diff(f_expr, symbol)
        total = 0.0
        for x, y in zip(xs, ys):
            subs = {**values, p6_5.x_i: x}
            numeric = lambda e: e.replace(p6_5.indicator, lambda z: sp.Integer(1) if z.subs(subs) > 0 else sp.Integer(0)).replace(  # noqa: E731,E501
                p6_5.a, lambda z: sp.Max(0, z)).subs(subs)
            total += -2 * (y - float(numeric(f_expr))) * float(numeric(df))
        assert math.isclose(total, float(params.grad[k]), rel_tol=1e-9, abs_tol=1e-12)


def test_6_8_end_points_are_the_two_minima():
    """In 6.8, does the small learning rate stop in the local minimum and the large one reach the global?"""
    values = p6_8.solve()
    grid = np.linspace(-2, 2, 400001)
    loss = p6_8.loss(grid)
    assert math.isclose(grid[np.argmin(loss)], values["global_min"], abs_tol=1e-4)
    right = grid > 0.5
    assert math.isclose(grid[right][np.argmin(loss[right])], values["local_min"], abs_tol=1e-4)
    assert values["loss_global"] < values["loss_local"]
    assert values["start"] > values["local_min"] > values["barrier"]
    assert math.isclose(values["end_small"], values["local_min"], abs_tol=1e-9)
    assert math.isclose(values["end_large"], values["global_min"], abs_tol=1e-9)
    assert values["first_step_large"] < values["barrier"]


def test_6_1_derivatives_match_finite_differences():
    """Are the derivatives of 6.1 the finite-difference slopes of (phi_0 + phi_1 x_i - y_i)^2?"""
    values = p6_1.solve()
    residual = sp.lambdify((p6_1.phi0, p6_1.phi1, p6_1.x_i, p6_1.y_i), values["residual"])
    term = lambda a, b, x, y: (a + b * x - y) ** 2  # noqa: E731
    h = 1e-6
    for a, b, x, y in RNG.normal(size=(5, 4)):
        r = residual(a, b, x, y)
        inner0, inner1 = float(values["inner_dphi0"]), float(values["inner_dphi1"].subs(p6_1.x_i, x))
        assert math.isclose(2 * r * inner0, (term(a + h, b, x, y) - term(a - h, b, x, y)) / (2 * h), rel_tol=1e-6)
        assert math.isclose(2 * r * inner1, (term(a, b + h, x, y) - term(a, b - h, x, y)) / (2 * h), rel_tol=1e-6)


def test_6_2_hessian_matches_finite_differences_and_is_positive_definite():
    """Is the Hessian of 6.2 the finite-difference Hessian, with positive eigenvalues, trace and determinant?"""
    xs, ys = RNG.normal(size=7), RNG.normal(size=7)
    loss = lambda a, b: float(np.sum((a + b * xs - ys) ** 2))  # noqa: E731
    h, a, b = 1e-3, 0.4, -0.2
    numeric = np.array([
        [(loss(a + h, b) - 2 * loss(a, b) + loss(a - h, b)) / h ** 2,
         (loss(a + h, b + h) - loss(a + h, b - h) - loss(a - h, b + h) + loss(a - h, b - h)) / (4 * h * h)],
        [0.0, (loss(a, b + h) - 2 * loss(a, b) + loss(a, b - h)) / h ** 2]])
    numeric[1, 0] = numeric[0, 1]
    sums = {p6_2.I: len(xs), p6_2.Sx: xs.sum(), p6_2.Sxx: (xs * xs).sum()}
    values = p6_2.solve()
    formula = np.array(values["hessian"].subs(sums), dtype=float)
    assert np.allclose(formula, numeric, rtol=1e-5)
    assert np.all(np.linalg.eigvalsh(formula) > 0)
    assert math.isclose(float(values["determinant"].subs(sums)), np.linalg.det(formula), rel_tol=1e-9)
    assert math.isclose(float(values["trace"].subs(sums)), np.trace(formula), rel_tol=1e-12)
    pairs = sum((xs[i] - xs[j]) ** 2 for i in range(7) for j in range(i + 1, 7))
    assert math.isclose(np.linalg.det(formula), 4 * pairs, rel_tol=1e-9)


def test_6_3_gabor_derivatives_match_finite_differences():
    """Are the Gabor loss derivatives of 6.3 the finite-difference slopes of the loss?"""
    xs, ys = RNG.uniform(-15, 15, size=10), RNG.normal(size=10)
    gabor = lambda a, b, x: np.sin(a + 0.06 * b * x) * np.exp(-(a + 0.06 * b * x) ** 2 / 32)  # noqa: E731
    loss = lambda a, b: float(np.sum((gabor(a, b, xs) - ys) ** 2))  # noqa: E731
    shape = sp.lambdify(p6_3.u, p6_3.shape_derivative())
    h = 1e-6
    for a, b in [(0.5, 10.0), (-1.0, 25.0)]:
        u = a + 0.06 * b * xs
        common = 2 * (gabor(a, b, xs) - ys) * shape(u)
        assert math.isclose(float(np.sum(common)), (loss(a + h, b) - loss(a - h, b)) / (2 * h), rel_tol=1e-6)
        assert math.isclose(float(np.sum(common * 0.06 * xs)), (loss(a, b + h) - loss(a, b - h)) / (2 * h),
                            rel_tol=1e-6)


def _de_casteljau(points, t):
    """A point of a Bezier curve by repeated linear interpolation (not the Bernstein form)."""
    points = [np.array(p, dtype=float) for p in points]
    while len(points) > 1:
        points = [(1 - t) * a + t * b for a, b in zip(points, points[1:])]
    return points[0]


def test_6_6_convexity_from_curvature_signs_and_turns_at_joins():
    """Is a curve of figure 6.11 convex exactly when its slope never decreases (curvature within
    each Bezier segment and the turn at each join between segments), up to rounding?"""
    values = p6_6.solve_instructor()
    for name, segments in p6_6.CURVES.items():
        slopes = []
        for seg in segments:
            p = np.array(seg)
            for t in np.linspace(0.0, 1.0, 401):
                d1 = 3 * ((1 - t) ** 2 * (p[1] - p[0]) + 2 * t * (1 - t) * (p[2] - p[1]) + t ** 2 * (p[3] - p[2]))
                if np.hypot(*d1) > 1e-9:
                    slopes.append(d1[1] / d1[0])
        # total fall of the slope along the curve; the control points are rounded to four
        # decimals, which leaves kinks of about 1e-3 at the joins of a smooth drawing
        steps = np.diff(slopes)
        total_fall = -steps[steps < 0].sum()
        assert (total_fall < 0.01) == (values["convex"][name] == "convex"), (name, total_fall)
    assert [n for n in p6_6.CURVES if values["convex"][n] == "convex"] == ["b"]


def test_6_6_points_against_prominent_minima():
    """Is each point of 6.6 a minimum exactly when a dip deeper than the drawn line lies under its
    dot, and the global minimum when that dip is the lowest point of its curve?"""
    kinds = {row["point"]: row["kind"] for row in p6_6.solve_instructor()["rows"]}
    for number, (name, centre, _) in p6_6.POINTS.items():
        curve = np.array([_de_casteljau(seg, t) for seg in p6_6.CURVES[name]
                          for t in np.linspace(0.0, 1.0, 1500)])
        phi, loss = curve[:, 0], curve[:, 1]
        minima = []
        for i in range(1, len(loss) - 1):
            if loss[i] < loss[i - 1] and loss[i] <= loss[i + 1]:
                left, right = loss[:i].max(initial=loss[i]), loss[i + 1:].max(initial=loss[i])
                # prominence: how far the curve must rise, on the lower side, before any lower point
                lower_left = np.flatnonzero(loss[:i] < loss[i])
                lower_right = i + 1 + np.flatnonzero(loss[i + 1:] < loss[i])
                rise_left = loss[lower_left[-1]:i].max() if lower_left.size else left
                rise_right = loss[i:lower_right[0]].max() if lower_right.size else right
                if min(rise_left, rise_right) - loss[i] > p6_6.LINE_WIDTH:
                    minima.append(i)
        under = [i for i in minima if abs(phi[i] - centre) <= 2 * p6_6.RADIUS]
        if not under:
            expected = "neither"
        else:
            expected = "the global minimum" if loss[under[0]] <= loss.min() + 1e-9 else "a local minimum"
        assert kinds[number] == expected, number
    assert [kinds[k] for k in sorted(kinds)] == [
        "a local minimum", "the global minimum", "a local minimum", "neither",
        "the global minimum", "the global minimum", "neither"]


def test_6_9_epochs_by_counting_passes():
    """Does running the 6.9 schedule batch by batch pass through the data the stated number of times?"""
    values = p6_9.solve_instructor()
    seen = np.zeros(p6_9.DATASET_SIZE, dtype=int)
    order = np.arange(p6_9.DATASET_SIZE)
    for iteration in range(p6_9.ITERATIONS):
        start = (iteration * p6_9.BATCH_SIZE) % p6_9.DATASET_SIZE
        seen[order[start:start + p6_9.BATCH_SIZE]] += 1
    assert np.all(seen == values["epochs"])


def test_6_10_weighted_sum_reproduces_the_momentum_recursion():
    """Is the momentum of equation 6.11 the weighted sum of past gradients with the weights of 6.10?"""
    beta, steps = 0.9, 200
    gradients = RNG.normal(size=(steps, 3))
    m = np.zeros(3)
    for g in gradients:
        m = beta * m + (1 - beta) * g
    weight = sp.lambdify((p6_10.beta, p6_10.k), p6_10.weight())
    total = sum(weight(beta, j) * gradients[steps - 1 - j] for j in range(steps))
    assert np.allclose(m, total)
    assert math.isclose(sum(weight(beta, j) for j in range(2000)), float(p6_10.solve()["weights_sum"]))


def test_6_11_hessian_is_square_in_the_number_of_parameters():
    """Is the Hessian of a model with N parameters an N x N matrix (checked with torch for small N)?"""
    for n in (3, 7):
        w = torch.arange(1.0, n + 1)
        hessian = torch.autograd.functional.hessian(lambda p: (torch.tanh(p) * w).sum() ** 2, torch.ones(n))
        assert hessian.shape == (n, n)
    values = p6_11.solve()
    assert float(values["entries"]) == p6_11.PARAMETERS ** 2
    assert values["terabytes"] * 1e12 == p6_11.PARAMETERS ** 2 * p6_11.BYTES_PER_NUMBER


def _gabor_loss_torch(phi):
    """The loss of 6.7 written again in torch, from notebook 6.3 of the book."""
    x, y = (torch.tensor(row, dtype=torch.float64) for row in p6_7.DATA)
    z = phi[0] + 0.06 * phi[1] * x
    return torch.sum((torch.sin(z) * torch.exp(-z * z / 32) - y) ** 2)


def _torch_hessian_eigenvalues(point):
    hess = torch.autograd.functional.hessian(_gabor_loss_torch, torch.tensor(point, dtype=torch.float64))
    return np.linalg.eigvalsh(hess.numpy())


def test_6_7_gradient_and_loss_match_torch():
    """Do the loss and gradient of 6.7 agree with torch's autograd at a few points?"""
    for point in ([-1.97, 20.01], [0.3, 16.0], [3.0, 10.0]):
        phi = torch.tensor(point, dtype=torch.float64, requires_grad=True)
        value = _gabor_loss_torch(phi)
        value.backward()
        assert math.isclose(p6_7.loss(np.array(point)), value.item(), rel_tol=1e-12)
        assert np.allclose(p6_7.gradient(np.array(point)), phi.grad.numpy(), rtol=1e-10, atol=1e-12)


def test_6_7_path_retraces_the_figure_and_turns_at_right_angles():
    """With an independent line search (dense grid plus a parabola through the best three samples,
    at most MAX_STEP gradients long as in notebook 6.3 of the book), does steepest descent from the start of path 1 pass near the points drawn in figure 6.5a of the
    book, turn at right angles, and need about the stated number of steps?"""
    values = p6_7.solve()
    x, y = p6_7.DATA
    ts = np.linspace(0, p6_7.MAX_STEP, 100001)

    def search(phi, g, scale=1.0):
        grid = ts * scale
        z = (phi[0] + grid[:, None] * g[0]) + 0.06 * (phi[1] + grid[:, None] * g[1]) * x
        losses = np.sum((np.sin(z) * np.exp(-z * z / 32) - y) ** 2, axis=1)
        dips = np.flatnonzero((losses[1:-1] < losses[:-2]) & (losses[1:-1] <= losses[2:])) + 1
        if len(dips) == 0 and np.argmin(losses) == len(grid) - 1:
            return grid[-1]                               # still falling at the search limit
        if len(dips) == 0 or dips[0] < 3:                 # the minimum is too close: zoom in
            return search(phi, g, scale / 1000)
        k = dips[0]
        a, b, c = losses[k - 1:k + 2]
        return grid[k] + (grid[1] - grid[0]) * (a - c) / (2 * (a - 2 * b + c))

    best = np.array(values["minimum"])
    phi, path = np.array(p6_7.START), [np.array(p6_7.START)]
    while np.linalg.norm(phi - best) >= p6_7.TOLERANCE and len(path) < 200:
        g = -p6_7.gradient(phi)
        phi = phi + search(phi, g) * g
        path.append(phi)
    path = np.array(path)
    drawn = len(p6_7.FIGURE_PATH)
    assert np.max(np.linalg.norm(path[:drawn] - p6_7.FIGURE_PATH, axis=1)) < 0.1
    steps = np.diff(path, axis=0)
    cosines = np.sum(steps[1:] * steps[:-1], axis=1) / (
        np.linalg.norm(steps[1:], axis=1) * np.linalg.norm(steps[:-1], axis=1))
    assert np.max(np.abs(cosines)) < 0.01
    assert abs(len(steps) - values["line_search_steps"]) <= 2


def test_6_7_curvatures_saddle_and_momentum():
    """Are the Hessian eigenvalues at the start, the minimum and the saddle of 6.7 as stated (torch
    autograd), and does a separately written momentum loop converge where plain descent does not?"""
    values = p6_7.solve()
    best = torch.tensor(values["minimum"], dtype=torch.float64)
    for _ in range(20):                                   # Newton's method with torch's derivatives
        gradient = torch.autograd.functional.jacobian(_gabor_loss_torch, best)
        best = best - torch.linalg.solve(torch.autograd.functional.hessian(_gabor_loss_torch, best), gradient)
    assert np.allclose(best.numpy(), values["minimum"], atol=0.006)
    assert np.allclose(_torch_hessian_eigenvalues(best.tolist()),
                       [float(c) for c in values["curvatures"]], atol=0.006)
    assert np.all(_torch_hessian_eigenvalues(list(p6_7.START)) < 0)
    low, high = _torch_hessian_eigenvalues(values["saddle"])
    assert low < 0 < high
    phi = torch.tensor(values["saddle"], dtype=torch.float64, requires_grad=True)
    _gabor_loss_torch(phi).backward()
    assert np.linalg.norm(phi.grad.numpy()) < 0.05          # a stationary point (rounded position)
    best = np.array(values["minimum"])
    for alpha, expected in zip(values["step_sizes"], values["momentum_steps"]):
        for beta in (0.0, p6_7.MOMENTUM):
            phi, m, reached = np.array(p6_7.START), np.zeros(2), None
            for step in range(1, p6_7.MAX_ITERATIONS + 1):
                m = beta * m + (1 - beta) * p6_7.gradient(phi)
                phi = phi - float(alpha) * m
                if np.linalg.norm(phi - best) < p6_7.TOLERANCE:
                    reached = step
                    break
            if beta == 0.0:
                assert reached is None
            else:
                assert reached is not None and abs(reached - expected) <= 10
