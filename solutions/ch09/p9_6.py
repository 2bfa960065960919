"""Problem 9.6: the L_0, L_1/2, L_1 and L_2 regularization terms of two parameters."""
import numpy as np

EXPONENTS = [0.0, 0.5, 1.0, 2.0]
NAMES = ["L_0", r"L_{\frac{1}{2}}", "L_1", "L_2"]
SPARSE = np.array([1.0, 0.0])   # one non-zero parameter
DENSE = np.array([0.5, 0.5])    # the same L1 norm spread over both parameters


def penalty(phi0, phi1, p):
    """sum_d |phi_d|^p; for p = 0 the number of non-zero parameters."""
    terms = [np.abs(np.asarray(v, dtype=float)) for v in (phi0, phi1)]
    if p == 0:
        return sum((t != 0).astype(float) for t in terms)
    return sum(t ** p for t in terms)


def solve():
    rows = [{"name": name, "p": p, "sparse": float(penalty(*SPARSE, p)),
             "dense": float(penalty(*DENSE, p))} for name, p in zip(NAMES, EXPONENTS)]
    return {"rows": rows, "sparse_point": SPARSE, "dense_point": DENSE}
