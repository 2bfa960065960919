"""Problem 19.6: the baseline term of the policy gradient has zero expectation."""
import sympy as sp

theta = sp.symbols(r"\theta_1:4", real=True)
b = sp.Symbol("b", real=True)


def solve():
    # Example: one step with a softmax policy over three actions, Pr(tau|theta) = pi[a|theta].
    logits = sp.Matrix(theta)
    probs = [sp.exp(l) / sum(sp.exp(m) for m in logits) for l in logits]
    expectation = [sp.simplify(sum(p * sp.diff(sp.log(p), th) * b for p in probs)) for th in theta]
    assert all(e == 0 for e in expectation)
    return {"softmax_prob": probs[0], "dlog_dtheta1": sp.simplify(sp.diff(sp.log(probs[0]), theta[0])),
            "expectation": sp.Matrix([expectation])}
