"""Problem 7.8: derivatives of the Heaviside and rectangular activation functions."""
import sympy as sp

z = sp.Symbol("z", real=True)


def heaviside(v):
    return sp.Heaviside(v, 1)


def rect(v):
    return sp.Heaviside(v, 1) - sp.Heaviside(v - 1, 0)


def solve():
    return {"d_heaviside": sp.diff(heaviside(z), z), "d_rect": sp.diff(rect(z), z)}
