"""Figure 6.3: three example 1D functions with seven marked points for problem 6.6."""
import matplotlib.pyplot as plt
import numpy as np
import sympy as sp

from solutions.ch06 import p6_6


def draw():
    grid = np.linspace(*p6_6.DOMAIN, 400)
    marked = p6_6.points()
    convex = p6_6.solve()["convex"]
    fig, axes = plt.subplots(1, 3, figsize=(6.3, 2.2), sharey=True)
    for ax, (name, expr) in zip(axes, p6_6.FUNCTIONS.items()):
        f = sp.lambdify(p6_6.x, expr)
        ax.plot(grid, f(grid), "k-")
        for k, (where, position) in marked.items():
            if where == name:
                ax.plot(position, f(position), "o", color="C3", markersize=4)
                ax.annotate(str(k), (position, f(position)), textcoords="offset points",
                            xytext=(0, 6), ha="center", fontsize=9)
        ax.set(title=f"{name}) {convex[name]}", xlabel="$\\phi$", xlim=p6_6.DOMAIN, ylim=(-0.3, 2.5))
    axes[0].set_ylabel("$L[\\phi]$")
    fig.tight_layout()
    return fig
