"""Problem 3.12: parameters of textbook figure 3.7 (two inputs, three hidden units, one output)."""
from solutions.ch03 import p3_17

INPUTS, HIDDEN, OUTPUTS = 2, 3, 1


def solve():
    sizes = {p3_17.Di: INPUTS, p3_17.D: HIDDEN, p3_17.Do: OUTPUTS}
    parts = {k: int(v.subs(sizes)) for k, v in p3_17.parts().items()}
    return {"inputs": INPUTS, "hidden": HIDDEN, "outputs": OUTPUTS,
            "slopes": parts["input_slopes"] + parts["output_slopes"],
            "intercepts": parts["hidden_intercepts"] + parts["output_intercepts"],
            "total": p3_17.count(INPUTS, HIDDEN, OUTPUTS)}
