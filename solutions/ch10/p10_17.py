"""Problem 10.17: receptive fields of the first three convolutional layers of AlexNet."""
from solutions.common import conv
from solutions.ch10 import p10_16


def operations():
    """(name, kernel, stride) of every operation up to the third convolutional layer."""
    ops = []
    for number, spec in enumerate(p10_16.CONV[:3], 1):
        ops.append({"name": f"convolution {number}", "kernel": spec["kernel"], "stride": spec["stride"],
                    "layer": number})
        if spec["pool"] and number < 3:
            ops.append({"name": "max pooling", "kernel": p10_16.POOL["kernel"],
                        "stride": p10_16.POOL["stride"], "layer": 0})
    return ops


def solve():
    ops = operations()
    sizes = conv.receptive_fields([(op["kernel"], op["stride"], 1) for op in ops])
    rows, jump = [], 1
    for op, size in zip(ops, sizes):
        rows.append(op | {"jump": jump, "size": size})
        jump *= op["stride"]
    return {"rows": rows, "layer_sizes": [r["size"] for r in rows if r["layer"]]}
