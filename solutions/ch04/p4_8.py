"""Problem 4.8: combine three hidden units into a function oscillating between zero and one."""
import sympy as sp

SLOPES = [1, 1, -1]                          # slope of each hidden unit in its active region
JOINT_NUMERATORS, JOINT_DENOMINATOR = [1, 2, 4], 6
JOINTS = [sp.Rational(n, JOINT_DENOMINATOR) for n in JOINT_NUMERATORS]
x = sp.Symbol("x")


def hidden_units(slopes, joints):
    """h_d = ReLU[s_d (x - j_d)]: slope s_d in the active region, joint at j_d."""
    return [sp.Max(0, s * (x - j)) for s, j in zip(slopes, joints)]


def region_slope_expressions(slopes, joints, phis):
    """Slope of phi_0 + sum phi_d h_d in each region between consecutive joints of [0, 1]."""
    bounds = [0, *joints, 1]
    out = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        middle = (a + b) / 2
        out.append(sp.Add(*[p * s for p, s, j in zip(phis[1:], slopes, joints)
                            if s * (middle - j) > 0]))
    return out


def fit_oscillation(slopes, joints):
    """Solve for phi_0..phi_N so that the output is 0, 1, 0, ... at 0, the joints and 1."""
    phis = sp.symbols(f"phi_0:{len(slopes) + 1}")
    f = phis[0] + sum(p * h for p, h in zip(phis[1:], hidden_units(slopes, joints)))
    points = [0, *joints, 1]
    equations = [sp.Eq(f.subs(x, p), k % 2) for k, p in enumerate(points)]
    solutions = sp.linsolve(equations, phis)
    if not solutions:
        return None, phis, f
    values = dict(zip(phis, next(iter(solutions))))
    return values, phis, f


def solve():
    values, phis, f = fit_oscillation(SLOPES, JOINTS)
    phi = [values[p] for p in phis]
    slopes = region_slope_expressions(SLOPES, JOINTS, phi)
    symbolic = region_slope_expressions(SLOPES, JOINTS, sp.symbols(r"\phi_0:4"))
    regions = len(JOINTS) + 1
    K = sp.Symbol("K", positive=True, integer=True)
    return {"x_left": 0, "x_right": 1, "slopes": SLOPES, "joint_numerators": JOINT_NUMERATORS,
            "joint_denominator": JOINT_DENOMINATOR,
            "phi": phi, "region_slopes": slopes, "region_slope_formulas": symbolic,
            "regions": regions, "regions_twice": regions * regions,
            "regions_k": sp.Pow(regions, K + 1)}   # K compositions chain K + 1 copies
