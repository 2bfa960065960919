"""Problem 6.10: the momentum term as a weighted sum of past gradients (equation 6.11)."""
import sympy as sp

beta = sp.Symbol(r"\beta", positive=True)
k = sp.Symbol("k", integer=True, nonnegative=True)
t = sp.Symbol("t", integer=True, nonnegative=True)
STEPS = 6                          # unroll the recursion this many times to check the formula


def weight():
    """Coefficient of the gradient k steps back, g_{t-k}, in m_{t+1}."""
    return (1 - beta) * beta ** k


def unrolled(steps, gradients, m0):
    """m_{steps} from the recursion m_{t+1} = beta m_t + (1 - beta) g_t, starting at m0."""
    m = m0
    for step in range(steps):
        m = beta * m + (1 - beta) * gradients[step]
    return m


def solve():
    g = sp.symbols(f"g0:{STEPS}")
    m0 = sp.Symbol("m_0")
    closed = sum(weight().subs(k, j) * g[STEPS - 1 - j] for j in range(STEPS)) + beta ** STEPS * m0
    assert sp.expand(unrolled(STEPS, g, m0) - closed) == 0
    geometric = sp.summation(beta ** k, (k, 0, sp.oo))      # Piecewise: 1/(1 - beta) when beta < 1
    if isinstance(geometric, sp.Piecewise):
        geometric = geometric.args[0][0]
    total = sp.simplify((1 - beta) * geometric)
    assert total == 1
    return {"weight": weight(), "weights_sum": total, "start_factor": beta ** (t + 1)}
