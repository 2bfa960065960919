"""Problem 3.8: the shallow network of textbook figure 3.3 with other activation functions."""
import numpy as np

# The ten parameters of textbook figure 3.3, in the order the problem lists them.
NAMES = ["phi0", "phi1", "phi2", "phi3", "theta10", "theta11", "theta20", "theta21",
         "theta30", "theta31"]
SYMBOLS = [r"\phi_0", r"\phi_1", r"\phi_2", r"\phi_3", r"\theta_{10}", r"\theta_{11}",
           r"\theta_{20}", r"\theta_{21}", r"\theta_{30}", r"\theta_{31}"]
VALUES = [-0.23, -1.3, 1.3, 0.66, -0.2, 0.4, -0.9, 0.9, 1.1, -0.7]
PARAMS = dict(zip(NAMES, VALUES))
X_RANGE = (0.0, 2.0)  # input range plotted in textbook figure 3.3


def heaviside(z):
    return np.where(np.asarray(z) >= 0, 1.0, 0.0)


def rect(z):
    z = np.asarray(z)
    return np.where((z >= 0) & (z <= 1), 1.0, 0.0)


def relu(z):
    return np.maximum(np.asarray(z, dtype=float), 0.0)


ACTIVATIONS = {"relu": relu, "heaviside": heaviside, "tanh": np.tanh, "rect": rect}


def lines(params):
    """Intercepts and slopes of the three hidden units' pre-activations."""
    intercepts = np.array([params[f"theta{d}0"] for d in (1, 2, 3)])
    slopes = np.array([params[f"theta{d}1"] for d in (1, 2, 3)])
    return intercepts, slopes


def network(x, params, activation="relu"):
    """Equation 3.1: pre-activations, activations, weighted activations and output y."""
    x = np.asarray(x, dtype=float)
    intercepts, slopes = lines(params)
    pre = intercepts[:, None] + slopes[:, None] * x[None, :]
    act = ACTIVATIONS[activation](pre)
    weights = np.array([params[f"phi{d}"] for d in (1, 2, 3)])
    weighted = weights[:, None] * act
    return pre, act, weighted, params["phi0"] + weighted.sum(axis=0)


def edges_in_range(levels):
    """Inputs in X_RANGE where some pre-activation equals one of `levels`, sorted."""
    intercepts, slopes = lines(PARAMS)
    points = [(level - b) / s for b, s in zip(intercepts, slopes) for level in levels]
    return sorted(p for p in points if X_RANGE[0] < p < X_RANGE[1])


def solve():
    return {"parameters": [{"symbol": s, "value": v} for s, v in zip(SYMBOLS, VALUES)]}


def solve_instructor():
    step_edges = edges_in_range([0.0])          # heaviside jumps where z = 0
    rect_edges = edges_in_range([0.0, 1.0])     # rect switches where z = 0 or z = 1
    weights = [abs(PARAMS[f"phi{d}"]) for d in (1, 2, 3)]
    return {"x_min": X_RANGE[0], "x_max": X_RANGE[1],
            "heaviside_edges": step_edges, "heaviside_pieces": len(step_edges) + 1,
            "rect_edges": rect_edges, "rect_pieces": len(rect_edges) + 1,
            "rect_max_pieces": 2 * 3 + 1, "heaviside_max_pieces": 3 + 1,
            "tanh_low": PARAMS["phi0"] - sum(weights), "tanh_high": PARAMS["phi0"] + sum(weights),
            "rect_widths": [1 / abs(PARAMS[f"theta{d}1"]) for d in (1, 2, 3)]}
