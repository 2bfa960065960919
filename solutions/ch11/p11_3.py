"""Problem 11.3: derivative of the four-block residual network with respect to f_1."""
import sympy as sp


class Jacobian(sp.Symbol):
    """The book's partial f_k / partial f_j: the Jacobian of block k at its input, on a path
    that arrives at block k from block j (j = 1 for the output of the first block)."""

    def __new__(cls, name, **assumptions):
        return super().__new__(cls, name, commutative=False)

    @property
    def k(self):
        return int(self.name[1:].split("_")[0])

    @property
    def j(self):
        return int(self.name.split("_")[1])

    def _latex(self, printer):
        return r"\frac{\partial \mathbf{f}_{%d}}{\partial \mathbf{f}_{%d}}" % (self.k, self.j)


class Identity(sp.Symbol):
    def __new__(cls, name="I", **assumptions):
        return super().__new__(cls, name, commutative=False)

    def _latex(self, printer):
        return r"\mathbf{I}"


J = {k: sp.Symbol(f"J_{k}", commutative=False) for k in (2, 3, 4)}


def chain_rule():
    """dy/df_1 = (I + J_4)(I + J_3)(I + J_2), J_k the Jacobian of block k at its input."""
    return sp.expand((1 + J[4]) * (1 + J[3]) * (1 + J[2]))


def book_terms():
    """The expanded terms in the book's notation, grouped by the last block on the path."""
    groups = {1: [], 2: [], 3: [], 4: []}
    for term in sp.Add.make_args(chain_rule()):
        visited = sorted(k for k in (2, 3, 4) if J[k] in term.atoms())
        if not visited:
            groups[1].append(Identity())
            continue
        previous = [1] + visited[:-1]
        factors = [Jacobian(f"J{k}_{j}") for k, j in zip(visited, previous)][::-1]
        groups[visited[-1]].append(sp.Mul(*factors))
    return [sorted(groups[k], key=lambda t: (len(sp.Mul.make_args(t)), str(t))) for k in (1, 2, 3, 4)]


def solve():
    groups = book_terms()
    return {"groups": groups, "count": sum(len(g) for g in groups)}
