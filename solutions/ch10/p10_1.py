"""Problem 10.1: the convolution of equation 10.3 of the book is equivariant to translation.

The current printing of the book asks about equation 10.3, z_i = w_1 x_{i-1} + w_2 x_i +
w_3 x_{i+1}; the 2023 booklet's statement cited equation 10.4 (the same sum inside a bias and an
activation function), which the answer also covers.
"""
import sympy as sp

i, j = sp.symbols("i j", integer=True)
tau = sp.Symbol(r"\tau", integer=True)
beta = sp.Symbol(r"\beta")
omega = sp.IndexedBase(r"\omega")
x = sp.IndexedBase("x")
a = sp.Function("a")
KERNEL = 3


def convolution(signal, position):
    """Equation 10.3: z_i = sum_j omega_j x_{i+j-2} for a signal given as a function."""
    return sp.Add(*[omega[k] * signal(position + k - 2) for k in range(1, KERNEL + 1)])


def translate(signal):
    """The translation t[x] with t[x]_i = x_{i+tau}."""
    return lambda position: signal(position + tau)


def solve():
    original = lambda position: x[position]  # noqa: E731
    lhs = convolution(translate(original), i)      # f_i[t[x]]
    shifted = convolution(original, i + tau)       # f_{i+tau}[x] = t[f[x]]_i
    assert sp.expand(lhs - shifted) == 0
    layer_lhs = a(beta + lhs)                      # equation 10.4 of the book
    assert sp.simplify(layer_lhs - a(beta + shifted)) == 0
    return {"pre_translated": lhs,
            "pre_general": sp.Sum(omega[j] * x[i + j - 2], (j, 1, KERNEL))}
