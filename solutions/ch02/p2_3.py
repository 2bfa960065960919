"""Problem 2.3: discriminative and generative least squares lines through three points."""
import numpy as np

POINTS = np.array([[0.5, 0.9], [1.5, 2.6], [3.0, 2.8]])


def fit_line(inputs, outputs):
    """Least squares intercept and slope of outputs = intercept + slope * inputs."""
    slope, intercept = np.polyfit(inputs, outputs, 1)
    return intercept, slope


def solve():
    x, y = POINTS.T
    a, b = fit_line(x, y)                  # y = a + b x
    g0, g1 = fit_line(y, x)                # x = g0 + g1 y, inverted to y = (x - g0) / g1
    return {"points": POINTS, "discriminative_intercept": a, "discriminative_slope": b,
            "generative_intercept": -g0 / g1, "generative_slope": 1 / g1}
