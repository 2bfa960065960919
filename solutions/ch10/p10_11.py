"""Problem 10.11: receptive fields of a network with strided and dilated convolutions."""
from solutions.common import conv

LAYERS = [{"kernel": 5, "stride": 2, "dilation": 1}, {"kernel": 3, "stride": 1, "dilation": 1},
          {"kernel": 5, "stride": 1, "dilation": 2}]


def solve():
    return {"specs": LAYERS}


def solve_instructor():
    sizes = conv.receptive_fields([(l["kernel"], l["stride"], l["dilation"]) for l in LAYERS])
    rows, jump, previous = [], 1, 1
    for spec, size in zip(LAYERS, sizes):
        rows.append({"kernel": spec["kernel"], "stride": spec["stride"], "dilation": spec["dilation"],
                     "jump": jump,
                     "span": (spec["kernel"] - 1) * spec["dilation"] + 1,
                     "previous": previous, "size": size})
        jump *= spec["stride"]
        previous = size
    return {"layers": rows}
