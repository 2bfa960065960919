"""Problem 3.18: maximum number of regions of a shallow network with two inputs (Zaslavsky)."""
from math import comb

INPUTS, OUTPUTS, HIDDEN, HIDDEN_MORE = 2, 1, 3, 5


def zaslavsky_terms(inputs, hidden):
    """The binomial terms C(D, j), j = 0..D_i, of Zaslavsky's (1975) bound."""
    return [comb(hidden, j) for j in range(inputs + 1)]


def max_regions(inputs, hidden):
    return sum(zaslavsky_terms(inputs, hidden))


def solve():
    return {"inputs": INPUTS, "outputs": OUTPUTS, "hidden": HIDDEN, "hidden_more": HIDDEN_MORE,
            "terms_d3": zaslavsky_terms(INPUTS, HIDDEN),
            "regions_d3": max_regions(INPUTS, HIDDEN),
            "terms_d5": zaslavsky_terms(INPUTS, HIDDEN_MORE),
            "regions_d5": max_regions(INPUTS, HIDDEN_MORE)}
