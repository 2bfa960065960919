"""Problem 10.4: 1D convolution with kernel size seven, dilation rate three and stride three."""
import sympy as sp

from solutions.common import conv

KERNEL, STRIDE, DILATION = 7, 3, 3


def solve():
    return {"kernel": KERNEL, "dilation": DILATION, "stride": STRIDE}


def solve_instructor():
    index, j = conv.conv_index(KERNEL, STRIDE, DILATION)
    centre = sp.expand(STRIDE * (conv.i - 1) + 1)   # output i is centred on this input
    return {"equation": conv.conv_sum(KERNEL, STRIDE, DILATION), "index": index, "centre": centre,
            "span": (KERNEL - 1) * DILATION + 1}
