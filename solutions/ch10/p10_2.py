"""Problem 10.2: 1D convolution with kernel size three and stride two (figure 10.3a-b)."""
from solutions.common import conv

KERNEL, STRIDE, DILATION = 3, 2, 1


def solve():
    return {"kernel": KERNEL, "stride": STRIDE}


def solve_instructor():
    index, j = conv.conv_index(KERNEL, STRIDE, DILATION)
    return {"equation": conv.conv_sum(KERNEL, STRIDE, DILATION), "index": index,
            "first_inputs": [int(index.subs({conv.i: 1, j: k})) for k in (1, 2, 3)],
            "second_inputs": [int(index.subs({conv.i: 2, j: k})) for k in (1, 2, 3)]}
