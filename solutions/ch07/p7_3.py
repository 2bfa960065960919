"""Problem 7.3: sizes of the terms of equation 7.20 of the book, the chain for dl/df_0 of the network
of section 7.4 of the book (equation 7.17 of the book; we call the sizes of its layers D_1, D_2, D_3)."""
import sympy as sp

D1, D2, D3, Df = sp.symbols("D_1 D_2 D_3 D_f", positive=True, integer=True)
SIZE = {"f_0": D1, "h_1": D1, "f_1": D2, "h_2": D2, "f_2": D3, "h_3": D3, "f_3": Df}

# A derivative d(column)/d(row) of vectors is a matrix with one row per entry of the
# denominator and one column per entry of the numerator (the book's convention, problem 7.6).
CHAINS = {  # equation 7.20 of the book: dl/df_0 as a product of seven terms
    "f_0": [("h_1", "f_0"), ("f_1", "h_1"), ("h_2", "f_1"), ("f_2", "h_2"), ("h_3", "f_2"),
            ("f_3", "h_3"), ("l", "f_3")],
}


def size(numerator, denominator):
    rows = SIZE[denominator]
    columns = 1 if numerator == "l" else SIZE[numerator]
    return rows, columns


def product_size(chain):
    rows, columns = size(*chain[0])
    for term in chain[1:]:
        r, c = size(*term)
        assert r == columns, "inner sizes of a matrix product must agree"
        columns = c
    return rows, columns


def _term_latex(numerator, denominator):
    top = r"\ell_i" if numerator == "l" else rf"\mathbf{{{numerator[0]}}}_{numerator[2]}"
    bottom = rf"\mathbf{{{denominator[0]}}}_{denominator[2]}"
    return rf"\partial {top}/\partial {bottom}"


def solve():
    rows = []
    for target, chain in CHAINS.items():
        for numerator, denominator in chain:
            r, c = size(numerator, denominator)
            rows.append({"term": _term_latex(numerator, denominator), "rows": r, "columns": c})
    results = [{"term": _term_latex("l", t), "rows": product_size(c)[0], "columns": product_size(c)[1]}
               for t, c in CHAINS.items()]
    unique = []
    for row in rows:
        if row["term"] not in [u["term"] for u in unique]:
            unique.append(row)
    return {"terms": unique, "results": results}
