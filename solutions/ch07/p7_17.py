"""Problem 7.17: the code of figure 7.8 changed to binary classification (sigmoid output, BCE loss)."""
import functools

from solutions.ch07.p7_16 import code
from solutions.common.torch_run import meaningful, reproducible

SEED = 0
SHOWN_EPOCHS = [0, 9, 19, 49, 99]


def train():
    import torch, torch.nn as nn
    from torch.utils.data import TensorDataset, DataLoader
    from torch.optim.lr_scheduler import StepLR
    torch.manual_seed(SEED)
    # one output: the probability that the label is one
    D_i, D_k, D_o = 10, 40, 1
    # (ii) a sigmoid at the end maps the output to between zero and one
    model = nn.Sequential(
        nn.Linear(D_i, D_k),
        nn.ReLU(),
        nn.Linear(D_k, D_k),
        nn.ReLU(),
        nn.Linear(D_k, D_o),
        nn.Sigmoid())

    def weights_init(layer_in):
        if isinstance(layer_in, nn.Linear):
            nn.init.kaiming_normal_(layer_in.weight)
            layer_in.bias.data.fill_(0.0)
    model.apply(weights_init)
    # (iii) binary cross-entropy loss
    criterion = nn.BCELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    scheduler = StepLR(optimizer, step_size=10, gamma=0.5)
    x = torch.randn(100, D_i)
    # (i) binary targets: zero or one
    y = torch.randint(0, 2, (100, D_o)).to(x.dtype)
    data_loader = DataLoader(TensorDataset(x, y), batch_size=10, shuffle=True)
    losses, accuracies = [], []
    for epoch in range(100):
        epoch_loss = 0.0
        for i, data in enumerate(data_loader):
            x_batch, y_batch = data
            optimizer.zero_grad()
            pred = model(x_batch)
            loss = criterion(pred, y_batch)
            loss.backward()
            optimizer.step()
            epoch_loss += loss.item()
        losses.append(epoch_loss)
        with torch.no_grad():
            accuracies.append(((model(x) > 0.5) == y.bool()).sum().item() / y.numel())
        scheduler.step()
    return losses, accuracies, y.mean().item()


@functools.lru_cache(maxsize=1)
def history():
    losses, accuracies, positive = reproducible(train)
    return meaningful(tuple(losses)), meaningful(tuple(accuracies)), meaningful(positive)


def solve():
    losses, accuracies, positive = history()
    return {"code": code(train), "seed": SEED, "n_epochs": len(losses),
            "table": [{"epoch": e, "loss": losses[e], "accuracy": accuracies[e]} for e in SHOWN_EPOCHS],
            "final_accuracy": accuracies[-1],
            "positive_fraction": positive}
