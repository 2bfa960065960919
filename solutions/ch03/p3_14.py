"""Problem 3.14: the equations of textbook figure 3.11 (three inputs, three hidden units, two outputs)."""
from solutions.ch03 import p3_17

INPUTS, HIDDEN, OUTPUTS = 3, 3, 2


def solve():
    sizes = {p3_17.Di: INPUTS, p3_17.D: HIDDEN, p3_17.Do: OUTPUTS}
    parts = {k: int(v.subs(sizes)) for k, v in p3_17.parts().items()}
    return {"slopes": parts["input_slopes"] + parts["output_slopes"],
            "intercepts": parts["hidden_intercepts"] + parts["output_intercepts"],
            "total": p3_17.count(INPUTS, HIDDEN, OUTPUTS)}
