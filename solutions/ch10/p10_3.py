"""Problem 10.3: 1D dilated convolution with kernel size three and dilation rate two (figure 10.3d)."""
from solutions.common import conv

KERNEL, STRIDE, DILATION = 3, 1, 2


def solve():
    return {"kernel": KERNEL, "dilation": DILATION}


def solve_instructor():
    index, j = conv.conv_index(KERNEL, STRIDE, DILATION)
    return {"equation": conv.conv_sum(KERNEL, STRIDE, DILATION), "index": index,
            "span": (KERNEL - 1) * DILATION + 1}
