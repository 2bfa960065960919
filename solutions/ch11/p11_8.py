"""Problem 11.8: parameters of a plain and a bottleneck convolutional residual block."""
CHANNELS, BOTTLENECK, KERNEL = 512, 128, 3


def sequence(channels_in, channels_out, kernel):
    """BatchNorm (gamma, delta per input channel), ReLU (none), convolution (weights, biases)."""
    return {"batchnorm": 2 * channels_in, "weights": kernel * kernel * channels_in * channels_out,
            "biases": channels_out}


def solve():
    return {"channels": CHANNELS, "bottleneck": BOTTLENECK, "kernel": KERNEL}


def solve_instructor():
    plain = sequence(CHANNELS, CHANNELS, KERNEL)
    bottleneck = [sequence(CHANNELS, BOTTLENECK, 1), sequence(BOTTLENECK, BOTTLENECK, KERNEL),
                  sequence(BOTTLENECK, CHANNELS, 1)]
    rows = [[c["batchnorm"], c["weights"], c["biases"], sum(c.values())] for c in bottleneck]
    return {"plain": plain, "plain_total": sum(plain.values()),
            "rows": rows, "bottleneck_total": sum(row[-1] for row in rows),
            "ratio": sum(plain.values()) / sum(row[-1] for row in rows)}
