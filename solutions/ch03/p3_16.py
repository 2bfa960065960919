"""Problem 3.16: the equations of a network with two inputs, four hidden units and three outputs."""
from solutions.ch03 import p3_17

INPUTS, HIDDEN, OUTPUTS = 2, 4, 3


def solve():
    sizes = {p3_17.Di: INPUTS, p3_17.D: HIDDEN, p3_17.Do: OUTPUTS}
    parts = {k: int(v.subs(sizes)) for k, v in p3_17.parts().items()}
    return {"hidden": HIDDEN, "outputs": OUTPUTS,
            "slopes": parts["input_slopes"] + parts["output_slopes"],
            "intercepts": parts["hidden_intercepts"] + parts["output_intercepts"],
            "total": p3_17.count(INPUTS, HIDDEN, OUTPUTS)}
