"""Problem 7.15: what happens when every weight and bias of the network of figure 7.8 is zero."""
import torch
import torch.nn as nn

from solutions.common.torch_run import meaningful, reproducible

SEED, D_I, D_K, D_O = 0, 10, 40, 5
STEPS = 100


def model_zero():
    model = nn.Sequential(nn.Linear(D_I, D_K), nn.ReLU(), nn.Linear(D_K, D_K), nn.ReLU(),
                          nn.Linear(D_K, D_O))
    for parameter in model.parameters():
        nn.init.zeros_(parameter)
    return model


def experiment():
    torch.manual_seed(SEED)
    x, y = torch.randn(100, D_I), torch.randn(100, D_O)
    model = model_zero()
    criterion = nn.MSELoss()
    loss = criterion(model(x), y)
    loss.backward()
    names = [n for n, _ in model.named_parameters()]
    nonzero = [n for n, p in model.named_parameters() if p.grad.abs().max() > 0]
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(STEPS):
        optimizer.zero_grad()
        criterion(model(x), y).backward()
        optimizer.step()
    with torch.no_grad():
        still_zero = [n for n, p in model.named_parameters() if p.abs().max() == 0]
        final_loss = criterion(model(x), y).item()
        mean_loss = criterion(y.mean(0, keepdim=True).expand_as(y), y).item()
        spread = (model(x) - model(x)[0]).abs().max().item()
    return names, nonzero, still_zero, final_loss, mean_loss, spread


def solve():
    names, nonzero, still_zero, final_loss, mean_loss, spread = reproducible(experiment)
    return {"n_tensors": len(names), "nonzero_gradients": [n.replace("_", r"\_") for n in nonzero],
            "n_still_zero": len(still_zero), "final_loss": meaningful(final_loss),
            "mean_loss": meaningful(mean_loss), "output_spread": meaningful(spread), "steps": STEPS}
