"""Problem 8.1: the multiclass cross-entropy loss is positive for any finite network output."""
import math

import sympy as sp

from solutions.common.notation import Exp, Log

N_CLASSES = 10                      # MNIST-1D has ten classes
MARGINS = [0, 5, 10, 20, 40]        # logit of the true class minus each other logit
m = sp.Symbol("m", positive=True)
K = sp.Symbol("K", positive=True, integer=True)


def loss_with_margin(margin, classes=N_CLASSES):
    """-log softmax of the true class when it exceeds every other logit by `margin`."""
    return math.log1p((classes - 1) * math.exp(-margin))


def solve():
    symbolic = sp.log(1 + (K - 1) * sp.exp(-m))
    return {"n_classes": N_CLASSES, "dataset": "MNIST-1D", "loss_margin": Log(1 + (K - 1) * Exp(-m)),
            "limit": sp.limit(symbolic, m, sp.oo),
            "table": [{"margin": d, "loss": loss_with_margin(d)} for d in MARGINS],
            "float32_margin": int(math.ceil(math.log(N_CLASSES - 1) - math.log(2.0 ** -24)))}
