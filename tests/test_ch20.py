"""Do the chapter 20 answers hold when recomputed independently?"""
import math

import numpy as np

from solutions.ch20 import p20_1, p20_3


def test_20_1_counts_by_exact_integer_arithmetic():
    """Is the number of quantized inputs per training example 10 to the power 150521, counted exactly?"""
    values = 224 * 224 * 3
    inputs = 10 ** values                      # ten bins for each of the values
    per_example = inputs // 10 ** 7
    assert per_example * 10 ** 7 == inputs
    assert p20_1.solve_instructor()["per_example_exponent"] == 150521
    assert per_example == 10 ** 150521
    assert math.isclose(values * math.log10(10), p20_1.solve_instructor()["inputs_exponent"])


def _descend(grad, x, lr, steps):
    x = np.array(x, dtype=float)
    for _ in range(steps):
        x = x - lr * grad(x)
    return x


def test_20_3_first_loss_has_a_spurious_local_minimum_that_descent_can_avoid():
    """On a fine grid, does L = phi^4/4 - phi^2/2 + phi/4 have two minima, and does descent from -2 find the lower?"""
    loss = lambda p: p ** 4 / 4 - p ** 2 / 2 + p / 4
    grid = np.linspace(-3, 3, 600_001)
    values = loss(grid)
    is_min = (values[1:-1] < values[:-2]) & (values[1:-1] < values[2:])
    minima = grid[1:-1][is_min]
    assert len(minima) == 2
    values_out = p20_3.solve_instructor()
    assert np.allclose(sorted(minima, key=loss), [values_out["global_min"], values_out["local_min"]], atol=1e-4)
    grad = lambda p: (loss(p + 1e-6) - loss(p - 1e-6)) / 2e-6
    assert np.isclose(_descend(grad, [-2.0], 0.1, 200)[0], minima[np.argmin(loss(minima))], atol=1e-4)
    assert np.isclose(_descend(grad, [2.0], 0.1, 200)[0], minima[np.argmax(loss(minima))], atol=1e-4)


def test_20_3_product_network_is_fitted_but_not_convex():
    """Does descent fit y = phi_1 phi_2 x to (1, 1), while the loss breaks the convexity inequality?"""
    loss = lambda p: (p[0] * p[1] - 1) ** 2
    grad = lambda p: np.array([2 * (p[0] * p[1] - 1) * p[1], 2 * (p[0] * p[1] - 1) * p[0]])
    end = _descend(grad, [0.5, 0.2], 0.1, 200)
    assert loss(end) < 1e-12
    assert np.allclose(end, p20_3.solve_instructor()["end_2"])
    a, b = np.array([1.0, 1.0]), np.array([-1.0, -1.0])
    assert loss((a + b) / 2) > (loss(a) + loss(b)) / 2
    h = 1e-4      # Hessian at the origin by central differences
    H = np.array([[(loss(np.eye(2)[i] * h + np.eye(2)[j] * h) - loss(np.eye(2)[i] * h - np.eye(2)[j] * h)
                    - loss(-np.eye(2)[i] * h + np.eye(2)[j] * h) + loss(-np.eye(2)[i] * h - np.eye(2)[j] * h))
                   / (4 * h * h) for j in range(2)] for i in range(2)])
    assert np.allclose(np.linalg.eigvalsh(H), p20_3.solve_instructor()["hessian_0_eigenvalues"], atol=1e-3)
