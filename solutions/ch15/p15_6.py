"""Problem 15.6: probability mass truncated from z ~ Norm[0, I] with 100 dimensions.

The statement of the book's fifth printing gives z ~ Norm[0, I]. We read "truncating to tau
standard deviations" per component, as in the truncation trick (a component beyond tau is
redrawn), so a sample survives when every |z_d| <= tau. The other reading, truncating the
length ||z|| to tau, is also computed: ||z||^2 is chi-squared with 100 degrees of freedom.
"""
import math

import mpmath

DIMENSIONS = 100
TAUS = [2.0, 1.0, 0.5, 0.04]
ROMAN = ["i", "ii", "iii", "iv"]


def inside_one(tau):
    """Pr(|z_d| <= tau) for one standard normal component."""
    return math.erf(tau / math.sqrt(2))


def inside_ball(tau, dimensions=DIMENSIONS):
    """Pr(||z|| <= tau): the regularized lower incomplete gamma function P(D/2, tau^2/2)."""
    return float(mpmath.gammainc(dimensions / 2, 0, tau ** 2 / 2, regularized=True))


def solve():
    labels = [f"{tau:.1f}" if tau >= 0.1 else f"{tau:.2f}" for tau in TAUS]
    return {"dimensions": DIMENSIONS, "tau_items": [list(pair) for pair in zip(ROMAN, labels)]}


def solve_instructor():
    rows = []
    for tau in TAUS:
        p = inside_one(tau)
        kept = p ** DIMENSIONS
        rows.append({"tau": tau, "inside_one": p, "kept": kept, "disregarded": 1 - kept,
                     "ball_kept": inside_ball(tau)})
    return {"rows": rows, "percent_inside_first": math.floor(100 * rows[0]["inside_one"]),
            "largest_ball_kept": max(row["ball_kept"] for row in rows)}
