"""Problem 10.1: the convolutional layer of equation 10.4 is equivariant to translation."""
import sympy as sp

i, j = sp.symbols("i j", integer=True)
tau = sp.Symbol(r"\tau", integer=True)
beta = sp.Symbol(r"\beta")
omega = sp.IndexedBase(r"\omega")
x = sp.IndexedBase("x")
a = sp.Function("a")
KERNEL = 3


def layer(signal, position):
    """Equation 10.4: h_i = a[beta + sum_j omega_j x_{i+j-2}] for a signal given as a function."""
    return a(beta + sp.Add(*[omega[k] * signal(position + k - 2) for k in range(1, KERNEL + 1)]))


def translate(signal):
    """The translation t[x] with t[x]_i = x_{i+tau}."""
    return lambda position: signal(position + tau)


def solve():
    original = lambda position: x[position]  # noqa: E731
    lhs = layer(translate(original), i)      # f_i[t[x]]
    shifted = layer(original, i + tau)       # f_{i+tau}[x] = t[f[x]]_i
    assert sp.simplify(lhs - shifted) == 0
    return {"pre_translated": lhs.args[0],
            "pre_general": beta + sp.Sum(omega[j] * x[i + j - 2], (j, 1, KERNEL))}
