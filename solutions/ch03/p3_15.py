"""Problem 3.15: maximum number of 3D linear regions of textbook figure 3.11's network."""
from solutions.ch03 import p3_18

INPUTS, HIDDEN = 3, 3   # textbook figure 3.11: three inputs, three hidden units, two outputs


def solve():
    return {"inputs": INPUTS, "hidden": HIDDEN,
            "terms": p3_18.zaslavsky_terms(INPUTS, HIDDEN),
            "regions": p3_18.max_regions(INPUTS, HIDDEN)}
