"""Problem 10.16: parameters of each layer of AlexNet (figure 10.16 of the book).

The architecture is defined here as data, layer by layer, as the book describes it: a 224x224
RGB input, an 11x11 convolution with stride four and 96 channels, max pooling, a 5x5 convolution
with 256 channels, max pooling, three 3x3 convolutions with 384, 384 and 256 channels, a final
max pooling, and fully connected layers with 4096, 4096 and 1000 units.
"""
INPUT_SIZE, INPUT_CHANNELS = 224, 3
POOL = {"kernel": 3, "stride": 2}      # overlapping max pooling of Krizhevsky et al. (2012)
CONV = [  # name, kernel, stride, padding, output channels, max pooling after, GPU groups
    {"name": "conv1", "kernel": 11, "stride": 4, "padding": 2, "channels": 96, "pool": True, "groups": 1},
    {"name": "conv2", "kernel": 5, "stride": 1, "padding": 2, "channels": 256, "pool": True, "groups": 2},
    {"name": "conv3", "kernel": 3, "stride": 1, "padding": 1, "channels": 384, "pool": False, "groups": 1},
    {"name": "conv4", "kernel": 3, "stride": 1, "padding": 1, "channels": 384, "pool": False, "groups": 2},
    {"name": "conv5", "kernel": 3, "stride": 1, "padding": 1, "channels": 256, "pool": True, "groups": 2},
]
FULLY_CONNECTED = [{"name": "fc6", "units": 4096}, {"name": "fc7", "units": 4096},
                   {"name": "fc8", "units": 1000}]
LAYER_NAMES = {"conv1": "image to first layer", "conv2": "first to second layer",
               "conv3": "second to third layer", "conv4": "third to fourth layer",
               "conv5": "fourth to fifth layer", "fc6": "fifth layer to first fully connected",
               "fc7": "between the fully connected layers", "fc8": "last fully connected to output"}


def output_size(size, kernel, stride, padding=0):
    return (size + 2 * padding - kernel) // stride + 1


def layers(split_across_gpus=False):
    """One dict per layer with its weights and biases; conv layers carry their spatial sizes."""
    rows, size, channels = [], INPUT_SIZE, INPUT_CHANNELS
    for spec in CONV:
        groups = spec["groups"] if split_across_gpus else 1
        size = output_size(size, spec["kernel"], spec["stride"], spec["padding"])
        row = {"name": spec["name"], "description": LAYER_NAMES[spec["name"]], "kind": "conv",
               "c_in": channels // groups, "c_out": spec["channels"], "kernel": spec["kernel"],
               "weights": channels // groups * spec["channels"] * spec["kernel"] ** 2,
               "biases": spec["channels"], "size": size}
        channels = spec["channels"]
        if spec["pool"]:
            size = output_size(size, POOL["kernel"], POOL["stride"])
        row["size_after_pool"] = size
        rows.append(row)
    inputs = size * size * channels
    for spec in FULLY_CONNECTED:
        rows.append({"name": spec["name"], "description": LAYER_NAMES[spec["name"]], "kind": "fc",
                     "c_in": inputs, "c_out": spec["units"], "weights": inputs * spec["units"],
                     "biases": spec["units"]})
        inputs = spec["units"]
    return rows


def solve():
    rows = layers()
    last_conv = [r for r in rows if r["kind"] == "conv"][-1]
    total = sum(r["weights"] + r["biases"] for r in rows)
    split = layers(split_across_gpus=True)
    split_total = sum(r["weights"] + r["biases"] for r in split)
    return {"rows": [{k: r[k] for k in ("description", "kind", "c_in", "c_out", "weights", "biases")}
                     | {"parameters": r["weights"] + r["biases"]}
                     | ({"kernel": r["kernel"]} if r["kind"] == "conv" else {}) for r in rows],
            "total": total, "total_weights": sum(r["weights"] for r in rows),
            "total_biases": sum(r["biases"] for r in rows),
            "last_size": last_conv["size"], "pooled_size": last_conv["size_after_pool"],
            "last_channels": last_conv["c_out"], "flattened": rows[len(CONV)]["c_in"],
            "split_rows": [{"description": r["description"], "c_in": r["c_in"], "c_out": r["c_out"],
                            "kernel": r["kernel"], "weights": r["weights"]}
                           for r, full in zip(split, rows) if r["weights"] != full["weights"]],
            "split_total": split_total, "split_saving": total - split_total}
