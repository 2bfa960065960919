"""Problem 10.18: weights and biases of each layer of VGG (figure 10.17 of the book).

Figure 10.17 shows VGG-19 (configuration E of Simonyan & Zisserman, 2014): sixteen 3x3
convolutional layers in five blocks, each followed by 2x2 max pooling, then three fully connected
layers; the text gives 19 hidden layers and 144 million parameters.
"""
INPUT_SIZE, INPUT_CHANNELS, KERNEL = 224, 3, 3
BLOCKS = [(64, 2), (128, 2), (256, 4), (512, 4), (512, 4)]   # (channels, convolutions) per block
FULLY_CONNECTED = [4096, 4096, 1000]


def layers():
    rows, channels, size = [], INPUT_CHANNELS, INPUT_SIZE
    for block, (width, count) in enumerate(BLOCKS, 1):
        for _ in range(count):
            rows.append({"kind": "conv", "block": block, "size": size, "c_in": channels, "c_out": width,
                         "kernel": KERNEL, "weights": channels * width * KERNEL * KERNEL,
                         "biases": width})
            channels = width
        size //= 2
    inputs = size * size * channels
    for units in FULLY_CONNECTED:
        rows.append({"kind": "fc", "c_in": inputs, "c_out": units, "weights": inputs * units,
                     "biases": units})
        inputs = units
    for number, row in enumerate(rows, 1):
        row["number"] = number
    return rows, size, channels


def solve():
    rows, pooled, channels = layers()
    return {"n_layers": len(rows), "rows": rows, "pooled_size": pooled, "last_channels": channels,
            "flattened": pooled * pooled * channels,
            "n_conv": sum(r["kind"] == "conv" for r in rows),
            "total_weights": sum(r["weights"] for r in rows),
            "total_biases": sum(r["biases"] for r in rows),
            "total": sum(r["weights"] + r["biases"] for r in rows), "kernel": KERNEL,
            "total_millions": round(sum(r["weights"] + r["biases"] for r in rows) / 1e6)}
