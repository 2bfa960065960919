"""Problem 19.4: how the temperature tau of the Boltzmann policy trades exploration for exploitation."""
import numpy as np

Q_VALUES = np.array([1.0, 2.0, 2.5, 0.5])      # illustrative action values q[s, a] of one state
TEMPERATURES = (0.1, 1.0, 10.0)


def boltzmann(q, tau):
    """Equation 19.45, computed stably by subtracting the maximum before exponentiating."""
    e = np.exp((q - q.max()) / tau)
    return e / e.sum()


def entropy(p):
    return float(-(p * np.log(p, where=p > 0, out=np.zeros_like(p))).sum())


def solve():
    table = [{"tau": tau, "probs": boltzmann(Q_VALUES, tau), "entropy": entropy(boltzmann(Q_VALUES, tau))}
             for tau in TEMPERATURES]
    return {"q_values": Q_VALUES, "table": table, "max_entropy": float(np.log(len(Q_VALUES))),
            "n_actions": len(Q_VALUES)}
