"""Problem 18.2: z = a eps_1 + b eps_2 has mean 0, variance a^2 + b^2, and is normal."""
import sympy as sp
from sympy.stats import E, Normal, variance

from solutions.common.notation import book_latex

a, b = sp.symbols("a b", real=True)
s = sp.Symbol("s", real=True)


def derive():
    eps1, eps2 = Normal("epsilon_1", 0, 1), Normal("epsilon_2", 0, 1)
    z = a * eps1 + b * eps2
    mgf_eps = sp.simplify(E(sp.exp(s * Normal("epsilon", 0, 1))))
    mgf_z = sp.simplify(E(sp.exp(s * a * eps1)) * E(sp.exp(s * b * eps2)))
    return {"mean": sp.simplify(E(z)), "variance": sp.simplify(variance(z)),
            "mgf_eps": mgf_eps, "mgf_z": mgf_z}


def solve():
    values = derive()
    return {"mean": values["mean"], "variance": values["variance"],
            "mgf_eps": book_latex(values["mgf_eps"]), "mgf_z": book_latex(values["mgf_z"])}
