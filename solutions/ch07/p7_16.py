"""Problem 7.16: the training code of figure 7.8, run on the CPU with a fixed seed
(in double precision, so that the printed losses do not depend on the processor)."""
import functools
import inspect
import textwrap

from solutions.common.torch_run import meaningful, reproducible

SEED = 0
SHOWN_EPOCHS = [0, 9, 10, 19, 49, 99]


def train():
    import torch, torch.nn as nn
    from torch.utils.data import TensorDataset, DataLoader
    from torch.optim.lr_scheduler import StepLR
    torch.manual_seed(SEED)
    # define input size, hidden layer size, output size
    D_i, D_k, D_o = 10, 40, 5
    # create model with two hidden layers
    model = nn.Sequential(
        nn.Linear(D_i, D_k),
        nn.ReLU(),
        nn.Linear(D_k, D_k),
        nn.ReLU(),
        nn.Linear(D_k, D_o))

    # He initialization of weights
    def weights_init(layer_in):
        if isinstance(layer_in, nn.Linear):
            nn.init.kaiming_normal_(layer_in.weight)
            layer_in.bias.data.fill_(0.0)
    model.apply(weights_init)
    # choose least squares loss function
    criterion = nn.MSELoss()
    # construct SGD optimizer and initialize learning rate and momentum
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    # object that decreases learning rate by half every 10 epochs
    scheduler = StepLR(optimizer, step_size=10, gamma=0.5)
    # create 100 dummy data points and store in data loader class
    x = torch.randn(100, D_i)
    y = torch.randn(100, D_o)
    data_loader = DataLoader(TensorDataset(x, y), batch_size=10, shuffle=True)
    losses = []
    # loop over the dataset 100 times
    for epoch in range(100):
        epoch_loss = 0.0
        # loop over batches
        for i, data in enumerate(data_loader):
            # retrieve inputs and labels for this batch
            x_batch, y_batch = data
            # zero the parameter gradients
            optimizer.zero_grad()
            # forward pass
            pred = model(x_batch)
            loss = criterion(pred, y_batch)
            # backward pass
            loss.backward()
            # SGD update
            optimizer.step()
            # update statistics
            epoch_loss += loss.item()
        # record the error instead of printing it
        losses.append(epoch_loss)
        # tell scheduler to consider updating learning rate
        scheduler.step()
    return losses


@functools.lru_cache(maxsize=1)
def losses():
    return meaningful(tuple(reproducible(train)))


def code(function):
    """The source of `function`'s body, as printed in the answer."""
    lines = inspect.getsource(function).splitlines()[1:]
    return textwrap.dedent("\n".join(lines))


def solve():
    values = losses()
    return {"code": code(train), "seed": SEED, "n_epochs": len(values),
            "table": [{"epoch": e, "loss": values[e]} for e in SHOWN_EPOCHS]}
