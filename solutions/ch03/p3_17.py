"""Problem 3.17: number of parameters of a shallow network (equations 3.11 and 3.12)."""
import sympy as sp

Di, D, Do = sp.symbols("D_i D D_o", positive=True, integer=True)


def parts():
    """Slopes and intercepts of the two layers, counted separately."""
    return {"input_slopes": Di * D, "output_slopes": D * Do,
            "hidden_intercepts": D, "output_intercepts": Do}


def count(inputs, hidden, outputs):
    """The formula evaluated for concrete sizes."""
    return int(solve()["total"].subs({Di: inputs, D: hidden, Do: outputs}))


def solve():
    p = parts()
    total = sp.Add(*p.values())
    # Group as (D_i + 1) D + (D + 1) D_o: the weights and biases of each layer.
    grouped = sp.Mul(Di + 1, D, evaluate=False) + sp.Mul(D + 1, Do, evaluate=False)
    if sp.expand(total - grouped) != 0:
        raise ValueError("grouped form differs from the sum of the parts")
    return {"total": total, "grouped": grouped}
