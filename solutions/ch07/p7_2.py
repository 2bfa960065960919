"""Problem 7.2: the new (last) term in each of the five chains of equation 7.13 of the book (toy model)."""
import sympy as sp

from solutions.common.notation import Cos, Exp, Sin

beta = sp.symbols(r"\beta_0:4", real=True)
omega = sp.symbols(r"\omega_0:4", real=True)
x, y = sp.symbols("x_i y_i", real=True)
f0, f1, f2, f3, h1, h2, h3 = sp.symbols("f_0 f_1 f_2 f_3 h_1 h_2 h_3", real=True)

# Forward pass of the toy model f[x, phi] = beta_3 + omega_3 cos[beta_2 + omega_2 exp[beta_1 + omega_1 sin[beta_0 + omega_0 x]]].
FORWARD = {f0: beta[0] + omega[0] * x, h1: Sin(f0), f1: beta[1] + omega[1] * h1, h2: Exp(f1),
           f2: beta[2] + omega[2] * h2, h3: Cos(f2), f3: beta[3] + omega[3] * h3}
# The five chains of equation 7.13 of the book compute dl/df2, dl/dh2, dl/df1, dl/dh1, dl/df0; each multiplies
# the previous chain by one new factor d(next)/d(this).
CHAINS = [(h3, f2), (f2, h2), (h2, f1), (f1, h1), (h1, f0)]


def final_terms():
    return [sp.diff(FORWARD[upper], lower) for upper, lower in CHAINS]


def solve():
    terms = final_terms()
    return {"terms": [{"upper": sp.latex(u), "lower": sp.latex(l), "value": t}
                      for (u, l), t in zip(CHAINS, terms)],
            "dl_df3": sp.diff((f3 - y) ** 2, f3)}
