"""Problem 11.4: the variance of a sum of two variables, and the correlation of residual branches."""
import sympy as sp


class Deviation(sp.Symbol):
    """A variable minus its mean, printed as (x - \\mu_x)."""

    def _latex(self, printer):
        return r"(%s - \mu_{%s})" % (self.name, self.name)


DEV_X, DEV_Y = Deviation("x"), Deviation("y")


def variance_of_sum_coefficients():
    """Expand ((x-mu_x) + (y-mu_y))^2; expectation is linear, so each monomial's coefficient
    multiplies the expectation of that monomial: E[(x-mu_x)^2] = Var[x],
    E[(x-mu_x)(y-mu_y)] = Covar[x, y], E[(y-mu_y)^2] = Var[y]."""
    square = sp.Poly(sp.expand((DEV_X + DEV_Y) ** 2), DEV_X, DEV_Y)
    return {"var_x": square.coeff_monomial(DEV_X ** 2),
            "covar": square.coeff_monomial(DEV_X * DEV_Y),
            "var_y": square.coeff_monomial(DEV_Y ** 2)}


def solve():
    coefficients = variance_of_sum_coefficients()
    return {"square_expanded": sp.expand((DEV_X + DEV_Y) ** 2),
            "covar_coefficient": coefficients["covar"]}
