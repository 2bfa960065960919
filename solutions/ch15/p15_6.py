"""Problem 15.6: probability mass disregarded by truncating a 100-dimensional standard normal.

Each of the 100 independent components is truncated to [-tau, tau] (the truncation trick).
"""
import math

DIMENSIONS = 100
TAUS = [2.0, 1.0, 0.5, 0.04]


def inside_one(tau):
    """Pr(|z_d| <= tau) for one standard normal component."""
    return math.erf(tau / math.sqrt(2))


def solve():
    return {"dimensions": DIMENSIONS, "taus": TAUS}


def solve_instructor():
    rows = []
    for tau in TAUS:
        p = inside_one(tau)
        kept = p ** DIMENSIONS
        rows.append({"tau": tau, "inside_one": p, "kept": kept, "disregarded": 1 - kept})
    return {"rows": rows, "percent_inside_first": math.floor(100 * rows[0]["inside_one"])}
