"""Figure 7.2: training loss and accuracy of the binary classifier of problem 7.17."""
import matplotlib.pyplot as plt
import numpy as np

from solutions.ch07 import p7_17
from figures_src.common import style


def draw():
    losses, accuracies, _ = p7_17.history()
    epochs = np.arange(len(losses))
    fig, axes = plt.subplots(1, 2, figsize=style.figsize(0.8, 0.433))
    axes[0].plot(epochs, losses, "C0-")
    axes[0].set(xlabel="Epoch", ylabel="Training loss", xlim=(0, len(losses) - 1), ylim=(0, None))
    axes[1].plot(epochs, accuracies, "C1-")
    axes[1].set(xlabel="Epoch", ylabel="Training accuracy", xlim=(0, len(losses) - 1), ylim=(0, 1.05))
    fig.tight_layout()
    return fig
