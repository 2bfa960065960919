"""Problem 12.10: attention weights with a kernel g[k]^T g[q] in place of exp[k^T q].

Costs are counted as multiply-adds for N tokens whose keys, queries and values have D elements
and whose transformed keys and queries g[.] have D_g elements (the cost of g itself is the same
in both schemes and is not counted).
"""
import sympy as sp

N, D, Dg = sp.symbols("N D D_g", positive=True, integer=True)


def costs():
    return {
        # exp[k_m^T q_n] for every pair, summed over m for each n.
        "denominators_softmax": N * N * D + N * N,
        # the sum of the N transformed keys once, then one dot product per query.
        "denominators_kernel": N * Dg + N * Dg,
        # outputs sum_m v_m a[x_m, x_n]: scores and denominators, then the weighted sums.
        "outputs_softmax": N * N * D + N * N + N * N * D,
        # sum_m v_m g[k_m]^T (a D x D_g matrix) once, then for each query a matrix-vector
        # product and a denominator.
        "outputs_kernel": N * D * Dg + N * (D * Dg + Dg) + N * Dg,
        # every one of the N^2 weights written out: a dot product of length D_g for each pair.
        "weights_kernel": N * N * Dg + N * Dg + N * Dg,
    }


def leading(expression):
    """The term that dominates for large N, D and D_g (its big-O order)."""
    terms = sp.Add.make_args(sp.expand(expression))
    degree = max(sp.Poly(t, N, D, Dg).total_degree() for t in terms)
    return sp.Add(*[t.as_coeff_Mul()[1] for t in terms
                    if sp.Poly(t, N, D, Dg).total_degree() == degree])


def solve():
    c = costs()
    return {**{k: sp.expand(v) for k, v in c.items() if k != "weights_kernel"},
            **{f"order_{k}": leading(v) for k, v in c.items()}}
