"""Figure 15.2: KL and Wasserstein distances between unit-variance Gaussians (problem 15.5)."""
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

from solutions.ch15 import p15_5
from figures_src.common import style


def draw():
    values = p15_5.solve()
    delta = np.linspace(-3, 3, 241)
    kl = sp.lambdify(p15_5.delta, values["kl_unit"], "numpy")(delta)
    w = sp.lambdify(p15_5.delta, values["w_unit"], "numpy")(delta)
    fig, ax = plt.subplots(figsize=style.figsize(0.5, 0.735))
    ax.plot(delta, kl, color="C0", label="$D_{kl}$")
    ax.plot(delta, w, color="C1", label="$D_{w}$")
    ax.set(xlim=(-3, 3), ylim=(0, 9.5), xlabel="$\\mu_1-\\mu_2$", ylabel="Distance")
    ax.legend(frameon=False)
    fig.tight_layout()
    return fig
