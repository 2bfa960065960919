"""Running the booklet's small PyTorch experiments so that what the booklet prints does not
depend on the machine.

`reproducible` runs a training function on one CPU thread, in double precision, with
PyTorch's deterministic algorithms: float32 training on different CPUs (AVX2, AVX-512, the
portable kernels of ATEN_CPU_CAPABILITY=default) sums in different orders and drifts apart
in the sixth digit after a hundred epochs; in float64 the drift stays near 1e-12. `meaningful`
then keeps the digits that drift cannot reach, so that golden files compare exactly what is
meaningful on any processor.
"""
import math

SIGNIFICANT_DIGITS = 8


def reproducible(function):
    """function() on one thread, float64 by default, deterministic kernels; settings restored."""
    import torch

    threads, dtype = torch.get_num_threads(), torch.get_default_dtype()
    deterministic = torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.use_deterministic_algorithms(True)
    try:
        return function()
    finally:
        torch.set_num_threads(threads)
        torch.set_default_dtype(dtype)
        torch.use_deterministic_algorithms(deterministic)


def meaningful(value, digits=SIGNIFICANT_DIGITS):
    """A float (or a list or tuple of floats) rounded to `digits` significant digits."""
    if isinstance(value, (list, tuple)):
        return type(value)(meaningful(v, digits) for v in value)
    if isinstance(value, float) and value != 0 and math.isfinite(value):
        return float(f"{value:.{digits}g}")
    return value
