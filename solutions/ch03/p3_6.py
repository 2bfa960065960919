"""Problem 3.6: multiplying theta_10, theta_11 by alpha and dividing phi_1 by alpha."""
import sympy as sp

phi1 = sp.Symbol(r"\phi_1", real=True)
t10, t11, x = sp.symbols(r"\theta_{10} \theta_{11} x", real=True)
Z = t10 + t11 * x   # the first hidden unit's pre-activation


def relu(v):
    return sp.Max(0, v)


def by_sign_of_z(term):
    """term(z) evaluated for z > 0 and for z < 0 (sympy decides Max from the signs)."""
    return [sp.simplify(term(sp.Symbol("z", positive=True))),
            sp.simplify(term(sp.Symbol("z", negative=True)))]


def derive():
    """The first unit's contribution by sign of z, and checks of the two conclusions."""
    a_pos, a_neg = sp.Symbol(r"\alpha", positive=True), sp.Symbol(r"\alpha", negative=True)
    original = by_sign_of_z(lambda z: phi1 * relu(z))
    scaled_pos = by_sign_of_z(lambda z: phi1 / a_pos * relu(a_pos * z))
    scaled_neg = by_sign_of_z(lambda z: phi1 / a_neg * relu(a_neg * z))
    reflected = by_sign_of_z(lambda z: -phi1 * relu(-z))
    change = by_sign_of_z(lambda z: -phi1 * sp.Abs(z))
    return {"original": original, "scaled_positive": scaled_pos, "scaled_negative": scaled_neg,
            "unchanged_positive": scaled_pos == original,
            "negative_is_reflection": scaled_neg == reflected,
            "negative_change_matches": [sp.simplify(n - o) for n, o in zip(scaled_neg, original)]
            == change,
            "output_change": -phi1 * sp.Abs(Z)}


def solve():
    values = derive()
    return {k: values[k] for k in ("original", "scaled_positive", "scaled_negative",
                                   "output_change")}
