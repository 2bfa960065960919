"""Problem 6.7: steepest descent with an exact line search zig-zags down a narrow valley."""
import numpy as np

CURVATURES = np.array([1.0, 10.0])     # L[phi] = c_0 phi_0^2 + c_1 phi_1^2, a narrow valley
START = np.array([10.0, 1.0])
TOLERANCE = 1e-6                       # stop when the distance to the minimum is below this


def gradient(phi):
    return 2 * CURVATURES * phi


def line_search_descent(start=START, max_steps=1000):
    """Gradient descent where each step goes to the exact minimum along the downhill direction.

    For a quadratic with Hessian H the best step along -g is (g^T g / g^T H g) g."""
    hessian = np.diag(2 * CURVATURES)
    path = [np.array(start, dtype=float)]
    while np.linalg.norm(path[-1]) >= TOLERANCE and len(path) <= max_steps:
        g = gradient(path[-1])
        path.append(path[-1] - (g @ g) / (g @ hessian @ g) * g)
    return np.array(path)


def newton_step(phi):
    """One Newton step phi - H^{-1} g, exact for a quadratic."""
    return phi - gradient(phi) / (2 * CURVATURES)


def solve():
    path = line_search_descent()
    steps = np.diff(path, axis=0)
    cosines = np.sum(steps[1:] * steps[:-1], axis=1) / (
        np.linalg.norm(steps[1:], axis=1) * np.linalg.norm(steps[:-1], axis=1))
    assert np.all(np.abs(cosines) < 1e-9)
    assert np.linalg.norm(newton_step(START)) == 0
    assert CURVATURES[0] == 1                      # the answer writes the first term as phi_0^2
    return {"curvature1": CURVATURES[1], "start": START,
            "tolerance": TOLERANCE, "line_search_steps": len(steps)}
