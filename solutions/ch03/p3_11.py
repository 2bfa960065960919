"""Problem 3.11: parameters of textbook figure 3.6 (one input, four hidden units, two outputs)."""
from solutions.ch03 import p3_17

INPUTS, HIDDEN, OUTPUTS = 1, 4, 2   # architecture of textbook figure 3.6


def solve():
    sizes = {p3_17.Di: INPUTS, p3_17.D: HIDDEN, p3_17.Do: OUTPUTS}
    parts = {k: int(v.subs(sizes)) for k, v in p3_17.parts().items()}
    slopes = parts["input_slopes"] + parts["output_slopes"]
    intercepts = parts["hidden_intercepts"] + parts["output_intercepts"]
    return {"inputs": INPUTS, "hidden": HIDDEN, "outputs": OUTPUTS,
            "slopes": slopes, "intercepts": intercepts,
            "total": p3_17.count(INPUTS, HIDDEN, OUTPUTS)}
