"""Problem 20.3: successful full-batch fitting implies neither "no local minima" nor convexity.

Two counter-examples, each fitted by gradient descent with a fixed learning rate (the set-up of
figure 20.2 of the book: non-stochastic, fixed step):
1. A one-parameter loss with a spurious local minimum: descent from one starting point reaches the
   global minimum, so the loss has local minima although fitting succeeded.
2. The smallest "deep network", y = phi_1 phi_2 x fitted to the point (x, y) = (1, 1): every minimum
   is global and descent succeeds, yet the loss is not convex.
"""
import sympy as sp

phi, p1, p2 = sp.symbols(r"\phi \phi_{1} \phi_{2}", real=True)
LOSS_1 = phi ** 4 / 4 - phi ** 2 / 2 + phi / 4
LOSS_2 = (p1 * p2 - 1) ** 2
LR_1, START_GOOD, START_BAD, STEPS_1 = 0.1, -2, 2, 200
LR_2, START_2, STEPS_2 = 0.1, (0.5, 0.2), 200


def descend(grad, start, lr, steps):
    x = [float(v) for v in start]
    for _ in range(steps):
        g = grad(*x)
        x = [xi - float(lr) * gi for xi, gi in zip(x, g)]
    return x


def solve_instructor():
    d1 = sp.diff(LOSS_1, phi)
    stationary = sorted(float(r) for r in sp.Poly(d1, phi).nroots() if abs(sp.im(r)) < 1e-12)
    curvature = [float(sp.diff(LOSS_1, phi, 2).subs(phi, s)) for s in stationary]
    minima = [s for s, c in zip(stationary, curvature) if c > 0]
    global_min, local_min = sorted(minima, key=lambda s: float(LOSS_1.subs(phi, s)))
    grad1 = sp.lambdify(phi, [d1])
    good = descend(grad1, [START_GOOD], LR_1, STEPS_1)[0]
    bad = descend(grad1, [START_BAD], LR_1, STEPS_1)[0]

    grad2 = sp.lambdify((p1, p2), [sp.diff(LOSS_2, p1), sp.diff(LOSS_2, p2)])
    end2 = descend(grad2, START_2, LR_2, STEPS_2)
    hessian0 = sp.hessian(LOSS_2, (p1, p2)).subs({p1: 0, p2: 0})
    return {
        "loss_1": LOSS_1, "grad_1": sp.factor(d1), "lr_1": LR_1, "steps_1": STEPS_1,
        "start_good": START_GOOD, "start_bad": START_BAD,
        "global_min": global_min, "local_min": local_min,
        "loss_global": float(LOSS_1.subs(phi, global_min)), "loss_local": float(LOSS_1.subs(phi, local_min)),
        "end_good": good, "end_bad": bad,
        "loss_2": LOSS_2, "lr_2": LR_2, "steps_2": STEPS_2, "start_2": list(START_2),
        "end_2": end2, "end_2_product": end2[0] * end2[1],
        "midpoint_loss": LOSS_2.subs({p1: 0, p2: 0}),
        "hessian_0": [[int(v) for v in hessian0.row(i)] for i in range(2)],
        "hessian_0_eigenvalues": sorted(int(e) for e in hessian0.eigenvals()),
    }


def solve():
    return {}
