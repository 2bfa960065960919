"""Problem 6.11: the size of the Hessian of a model with one million parameters."""
import math

PARAMETERS = 10 ** 6
BYTES_PER_NUMBER = 4                       # single precision


def solve():
    entries = PARAMETERS * PARAMETERS
    distinct = PARAMETERS * (PARAMETERS + 1) // 2       # the Hessian is symmetric
    exponent = round(math.log10(PARAMETERS))
    assert 10 ** exponent == PARAMETERS
    return {"parameters": f"1e{exponent}", "entries": f"1e{2 * exponent}",
            "distinct": f"{distinct:.0e}", "bytes_per_number": BYTES_PER_NUMBER,
            "terabytes": entries * BYTES_PER_NUMBER / 10 ** 12}
