"""Problem 16.1: a uniform base density on [0, 1] transformed by x = z^2."""
import sympy as sp

z = sp.Symbol("z", positive=True)
x = sp.Symbol("x", positive=True)
FORWARD = z**2


def derive():
    inverse = sp.sqrt(x)                                  # the root of x = z^2 with z in [0, 1]
    assert sp.simplify(FORWARD.subs(z, inverse) - x) == 0
    dz_dx = sp.diff(inverse, x)
    pr_z = sp.Integer(1)                                  # uniform density on [0, 1]
    pr_x = sp.simplify(pr_z * sp.Abs(dz_dx))              # Pr(x) = Pr(z) |df/dz|^{-1}
    return {"inverse": inverse, "dx_dz": sp.diff(FORWARD, z), "dz_dx": dz_dx,
            "pr_x": pr_x, "total": sp.integrate(pr_x, (x, 0, 1))}


def solve():
    return {"forward": FORWARD}


def solve_instructor():
    values = derive()
    return {k: values[k] for k in ("inverse", "dx_dz", "pr_x", "total")}
