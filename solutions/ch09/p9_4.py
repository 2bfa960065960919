"""Problem 9.4: the multiclass cross-entropy loss with label smoothing."""
import numpy as np

P_CORRECT = 0.9   # target probability of the correct class


def smoothed_target(label, num_classes):
    """Target distribution: P_CORRECT at the label, the rest shared by the other classes."""
    target = np.full(num_classes, (1 - P_CORRECT) / (num_classes - 1))
    target[label] = P_CORRECT
    return target


def log_softmax(logits):
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def loss(logits, labels):
    """L = -sum_i [ p log softmax_{y_i} + sum_{z != y_i} (1-p)/(D_o-1) log softmax_z ]."""
    logits = np.asarray(logits, dtype=float)
    num_classes = logits.shape[1]
    log_prob = log_softmax(logits)
    total = 0.0
    for row, label in zip(log_prob, labels):
        others = np.delete(row, label)
        total -= P_CORRECT * row[label] + (1 - P_CORRECT) / (num_classes - 1) * others.sum()
    return total


def loss_from_logits(logits, labels):
    """The same loss after substituting log softmax_z = f_z - log sum_z' exp f_z'."""
    logits = np.asarray(logits, dtype=float)
    num_classes = logits.shape[1]
    total = 0.0
    for f, label in zip(logits, labels):
        others = np.delete(f, label)
        total += (np.log(np.exp(f).sum()) - P_CORRECT * f[label]
                  - (1 - P_CORRECT) / (num_classes - 1) * others.sum())
    return total


def solve():
    rest = round(1 - P_CORRECT, 12)
    return {"p_correct": P_CORRECT, "rest_mass": rest}
