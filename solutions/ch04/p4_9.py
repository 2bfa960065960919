"""Problem 4.9: oscillating functions from shallow networks with two and with four hidden units."""
import sympy as sp

from solutions.ch04 import p4_8

c1, c2 = sp.symbols("c_1 c_2")


def two_unit_slopes():
    """Region slopes for each way the two units can face (active to the right R or left L of
    their joints j_1 < j_2); c_d = phi_d theta_d1 is the slope that unit d adds where active."""
    return {"RR": [0, c1, c1 + c2], "LL": [c1 + c2, c2, 0],
            "LR": [c1, 0, c2], "RL": [c2, c1 + c2, c1]}


def construction(hidden):
    """Joints and unit slopes giving hidden + 1 regions that oscillate between 0 and 1.

    Unit 3 faces left and the others right. Region widths (in units) are 1, 1, 2, 2, 2, ...,
    so the first slope equals the sum of the magnitudes of the third and fourth, which is the
    condition imposed by the left-facing unit."""
    widths = [1, 1] + [2] * (hidden - 1)
    total = sum(widths)
    joints = [sp.Rational(sum(widths[:k + 1]), total) for k in range(hidden)]
    slopes = [-1 if d == 2 else 1 for d in range(hidden)]
    return slopes, joints


def constructed(sizes=range(3, 9)):
    """For each number of hidden units, whether the construction yields an oscillating function."""
    return {n: p4_8.fit_oscillation(*construction(n))[0] is not None for n in sizes}


def solve():
    slopes, joints = construction(4)
    values, phis, _ = p4_8.fit_oscillation(slopes, joints)
    phi = [values[p] for p in phis]
    general = constructed()
    if not all(general.values()):
        raise ValueError("the construction fails for some number of hidden units")
    return {"two_unit_cases": [{"facing": k, "slopes": v} for k, v in two_unit_slopes().items()],
            "joints": joints, "unit_slopes": slopes, "phi": phi,
            "region_slopes": p4_8.region_slope_expressions(slopes, joints, phi),
            "largest_checked": max(general), "smallest_checked": min(general)}
