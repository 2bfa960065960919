"""Problem 6.8: gradient descent with a fixed learning rate jumping out of a local minimum's valley."""
import numpy as np

TILT = 0.3                       # L[phi] = (phi^2 - 1)^2 + TILT * phi
START = 1.8                      # on the outer wall of the valley of the local minimum near phi = 1
RATES = {"small": 0.02, "large": 0.12}
STEPS = 500


def loss(p):
    return (p ** 2 - 1) ** 2 + TILT * p


def gradient(p):
    return 4 * p * (p ** 2 - 1) + TILT


def descend(rate, start=START, steps=STEPS):
    """Plain gradient descent; returns the whole trajectory."""
    path = [start]
    for _ in range(steps):
        path.append(path[-1] - rate * gradient(path[-1]))
    return np.array(path)


def stationary_points():
    """Roots of the derivative 4 phi^3 - 4 phi + TILT, ascending."""
    return np.sort(np.roots([4.0, 0.0, -4.0, TILT]).real)


def solve():
    global_min, barrier, local_min = stationary_points()
    small, large = descend(RATES["small"]), descend(RATES["large"])
    return {"tilt": TILT, "start": START, "rate_small": RATES["small"], "rate_large": RATES["large"],
            "local_min": local_min, "global_min": global_min, "barrier": barrier,
            "end_small": small[-1], "end_large": large[-1], "first_step_large": large[1],
            "loss_local": loss(local_min), "loss_global": loss(global_min)}
