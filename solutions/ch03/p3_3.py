"""Problem 3.3: joints and slopes of the four linear regions of figure 3.3j."""
import sympy as sp

from solutions.ch03 import p3_2, p3_8

x = sp.Symbol("x")
PHI = sp.symbols(r"\phi_0 \phi_1 \phi_2 \phi_3")
THETA = [sp.symbols(rf"\theta_{{{d}0}} \theta_{{{d}1}}") for d in (1, 2, 3)]


def output_with_pattern(active):
    """Equation 3.1 in a region where the units in `active` pass their input (ReLU = identity)."""
    return PHI[0] + sum(PHI[d] * (THETA[d - 1][0] + THETA[d - 1][1] * x) for d in active)


def values_of_figure_3_3():
    return {s: p3_8.PARAMS[n] for s, n in zip([*PHI, *sp.flatten(THETA)],
            ["phi0", "phi1", "phi2", "phi3", "theta10", "theta11", "theta20", "theta21",
             "theta30", "theta31"])}


def solve():
    joints = [sp.solve(sp.Eq(t0 + t1 * x, 0), x)[0] for t0, t1 in THETA]
    patterns = [active for _, _, active in p3_2.regions(p3_8.PARAMS)]
    slopes = [sp.expand(sp.diff(output_with_pattern(active), x)) for active in patterns]
    numbers = values_of_figure_3_3()
    return {"joints": joints, "slopes": slopes,
            "joint_values": [float(j.subs(numbers)) for j in joints],
            "slope_values": [float(s.subs(numbers)) for s in slopes]}
