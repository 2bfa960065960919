"""Problem 6.7: path 1 of figure 6.5a of the book, gradient descent with a line search on the
loss of the Gabor model, zig-zags down the valley at right angles.

The loss is the one of figure 6.5a of the book: the Gabor model and the thirty training pairs of
notebook 6.3 of the book ("recreates figure 6.5 from the book"), model
f[x, phi] = sin[phi_0 + 0.06 phi_1 x] exp[-(phi_0 + 0.06 phi_1 x)^2 / 32], least squares loss.
FIGURE_PATH is path 1 as drawn in the book's vector figure (TrainGaborGDSGD.pdf of its public
figure archive, converted with `pdftocairo -svg` and mapped through the frame of panel a, whose
edges are phi_0 = -10, 10 and phi_1 = 2.5, 22.5), rounded to three decimals; its first point is our
start. The line search is that of the notebook made exact: it looks for the first minimum of the
loss along the negative gradient (golden section), at most MAX_STEP times the gradient away, the
notebook's limit (max_dist = 2.0); a step that reaches this limit ends before the loss stops falling.
"""
import numpy as np

PATH = 1                      # the path of figure 6.5a of the book that the problem names
# Training data of notebook 6.3 of the book: inputs x_i (first row) and outputs y_i.
DATA = np.array([
    [-1.920e+00, -1.422e+01, 1.490e+00, -1.940e+00, -2.389e+00, -5.090e+00, -8.861e+00, 3.578e+00,
     -6.010e+00, -6.995e+00, 3.634e+00, 8.743e-01, -1.096e+01, 4.073e-01, -9.467e+00, 8.560e+00,
     1.062e+01, -1.729e-01, 1.040e+01, -1.261e+01, 1.574e-01, -1.304e+01, -2.156e+00, -1.210e+01,
     -1.119e+01, 2.902e+00, -8.220e+00, -1.179e+01, -8.391e+00, -4.505e+00],
    [-1.051e+00, -2.482e-02, 8.896e-01, -4.943e-01, -9.371e-01, 4.306e-01, 9.577e-03, -7.944e-02,
     1.624e-01, -2.682e-01, -3.129e-01, 8.303e-01, -2.365e-02, 5.098e-01, -2.777e-01, 3.367e-01,
     1.927e-01, -2.222e-01, 6.352e-02, 6.888e-03, 3.224e-02, 1.091e-02, -5.706e-01, -5.258e-02,
     -3.666e-02, 1.709e-01, -4.805e-02, 2.008e-01, -1.904e-01, 5.952e-01]])
FREQUENCY_SCALE = 0.06        # the model multiplies phi_1 x by this
WIDTH = 32.0                  # and divides the squared argument of its Gaussian by this
FIGURE_PATH = np.array([
    [-1.966, 20.01], [0.205, 20.418], [0.347, 19.642], [0.138, 19.602], [0.278, 18.849],
    [0.085, 18.812], [0.216, 18.119], [0.05, 18.087], [0.162, 17.503], [0.033, 17.478],
    [0.119, 17.028]])
START = FIGURE_PATH[0]
MAX_STEP = 2.0                # longest step length searched along the negative gradient
TOLERANCE = 0.01              # "reaches the minimum": closer than this in parameter space
MOMENTUM = 0.9                # beta of the momentum example
STEP_SIZES = (0.5, 1.0)       # fixed learning rates of the momentum example, above plain GD's limit
MAX_ITERATIONS = 2000


def loss(phi, data=DATA):
    z = phi[0] + FREQUENCY_SCALE * phi[1] * data[0]
    return float(np.sum((np.sin(z) * np.exp(-z * z / WIDTH) - data[1]) ** 2))


def gradient(phi, data=DATA):
    """Analytic gradient of the least squares loss (checked by finite differences in the tests)."""
    z = phi[0] + FREQUENCY_SCALE * phi[1] * data[0]
    gauss = np.exp(-z * z / WIDTH)
    residual = np.sin(z) * gauss - data[1]
    dz = np.cos(z) * gauss - np.sin(z) * gauss * 2 * z / WIDTH
    return np.array([np.sum(2 * residual * dz), np.sum(2 * residual * dz * FREQUENCY_SCALE * data[0])])


def hessian(phi, h=1e-5):
    """Central differences of the analytic gradient."""
    columns = [(gradient(phi + e) - gradient(phi - e)) / (2 * h) for e in np.eye(2) * h]
    hess = np.array(columns).T
    return (hess + hess.T) / 2


def line_search(phi, direction, samples=4001, iterations=100):
    """Step length to the first minimum of the loss along phi + t direction, 0 <= t <= MAX_STEP."""
    ts = np.linspace(0.0, MAX_STEP, samples)
    values = np.array([loss(phi + t * direction) for t in ts])
    dips = np.flatnonzero((values[1:-1] <= values[:-2]) & (values[1:-1] <= values[2:])) + 1
    k = dips[0] if len(dips) else int(np.argmin(values))
    a, b = ts[max(k - 1, 0)], ts[min(k + 1, samples - 1)]
    r = (np.sqrt(5) - 1) / 2
    for _ in range(iterations):
        c, d = b - r * (b - a), a + r * (b - a)
        a, b = (a, d) if loss(phi + c * direction) < loss(phi + d * direction) else (c, b)
    return (a + b) / 2


def line_search_descent(start=START, steps=None, target=None):
    """Steepest descent with the line search: `steps` steps, or until within TOLERANCE of target."""
    path = [np.array(start, dtype=float)]
    while len(path) <= MAX_ITERATIONS:
        if steps is not None and len(path) > steps:
            break
        if target is not None and np.linalg.norm(path[-1] - target) < TOLERANCE:
            break
        g = -gradient(path[-1])
        path.append(path[-1] + line_search(path[-1], g) * g)
    return np.array(path)


def newton(start, iterations=50):
    """Plain Newton iterations phi - H^{-1} g, without any safeguard."""
    phi = np.array(start, dtype=float)
    for _ in range(iterations):
        phi = phi - np.linalg.solve(hessian(phi), gradient(phi))
    return phi


def fixed_step_descent(alpha, beta, target, start=START):
    """Gradient descent with learning rate alpha and momentum beta (equation 6.11 of the book);
    the number of steps to get within TOLERANCE of target, or None if it never does."""
    phi, m = np.array(start, dtype=float), np.zeros(2)
    for step in range(1, MAX_ITERATIONS + 1):
        m = beta * m + (1 - beta) * gradient(phi)
        phi = phi - alpha * m
        if not np.all(np.abs(phi) < 1e6):
            return None
        if np.linalg.norm(phi - target) < TOLERANCE:
            return step
    return None


def minimum():
    """The bottom of the valley that path 1 descends: Newton's method from its tenth point."""
    return newton(line_search_descent(steps=len(FIGURE_PATH) - 1)[-1])


def solve():
    best = minimum()
    drawn = line_search_descent(steps=len(FIGURE_PATH) - 1)
    path = line_search_descent(target=best)
    steps = np.diff(path, axis=0)
    cosines = np.sum(steps[1:] * steps[:-1], axis=1) / (
        np.linalg.norm(steps[1:], axis=1) * np.linalg.norm(steps[:-1], axis=1))
    lengths = [line_search(p, -gradient(p)) for p in path[:-1]]
    capped = int(np.sum(np.isclose(lengths, MAX_STEP)))
    exact = [k for k in range(1, len(steps)) if not np.isclose(lengths[k - 1], MAX_STEP)]
    sides = np.sign(path[1:, 0] - best[0])
    curvatures = np.linalg.eigvalsh(hessian(best))
    start_curvatures = np.linalg.eigvalsh(hessian(START))
    saddle = newton(START)
    saddle_curvatures = np.linalg.eigvalsh(hessian(saddle))
    assert np.all(curvatures > 0) and np.all(start_curvatures < 0)
    assert saddle_curvatures[0] < 0 < saddle_curvatures[1]
    limit = 2 / curvatures[1]                       # plain fixed-step descent is unstable above this
    momentum_steps = [fixed_step_descent(a, MOMENTUM, best) for a in STEP_SIZES]
    plain_steps = [fixed_step_descent(a, 0.0, best) for a in STEP_SIZES]
    assert all(s is not None for s in momentum_steps) and all(s is None for s in plain_steps)
    assert min(STEP_SIZES) > limit
    return {
        "path": PATH, "start": [float(v) for v in np.round(START, 2)], "data_size": DATA.shape[1],
        "drawn_steps": len(FIGURE_PATH) - 1,
        "figure_distance": float(f"{np.max(np.linalg.norm(drawn - FIGURE_PATH, axis=1)):.1g}"),
        "largest_cosine": float(f"{np.max(np.abs(cosines)):.1g}"),
        "largest_cosine_exact": float(f"{np.max(np.abs(cosines[[k - 1 for k in exact]])):.0e}"),
        "capped_steps": capped, "max_step": MAX_STEP,
        "side_changes": int(np.sum(sides[1:] != sides[:-1])),
        "tolerance": TOLERANCE, "line_search_steps": len(steps),
        "minimum": [float(v) for v in np.round(best, 2)],
        "curvatures": [f"{c:.2f}" for c in curvatures],
        "curvature_ratio": int(round(curvatures[1] / curvatures[0])),
        "start_curvatures": [f"{c:.2f}" for c in start_curvatures],
        "saddle": [float(v) for v in np.round(saddle, 2)],
        "momentum": MOMENTUM, "step_sizes": [f"{a:g}" for a in STEP_SIZES], "stability_limit": round(float(limit), 2),
        "momentum_steps": momentum_steps, "max_iterations": MAX_ITERATIONS,
    }
