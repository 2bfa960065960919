"""Do the chapter 10 equations, weight matrices and counts agree with PyTorch and brute force?"""
import math

import numpy as np
import sympy as sp
import torch
import torch.nn as nn

from solutions.common import conv
from solutions.ch10 import (p10_1, p10_2, p10_3, p10_4, p10_5, p10_6, p10_7, p10_8, p10_9,
                            p10_10, p10_11, p10_12, p10_13, p10_14, p10_15, p10_16, p10_17, p10_18,
                            p10_19)

torch.manual_seed(10)
RNG = np.random.default_rng(10)


def torch_conv1d_matrix(n, kernel, stride=1, dilation=1, weights=None):
    """Weight matrix of torch's zero-padded conv1d, found by applying it to each basis vector."""
    padding = dilation * (kernel - 1) // 2
    layer = nn.Conv1d(1, 1, kernel, stride=stride, dilation=dilation, padding=padding, bias=False)
    with torch.no_grad():
        layer.weight[:] = torch.tensor(weights, dtype=torch.float64).view(1, 1, -1)
    layer = layer.double()
    columns = [layer(torch.eye(n, dtype=torch.float64)[j].view(1, 1, n)).view(-1) for j in range(n)]
    return torch.stack(columns, dim=1).detach().numpy()


def label_to_numeric(labels, weights):
    return np.where(labels > 0, np.asarray(weights)[np.maximum(labels - 1, 0)], 0.0)


def equation_matrix(equation, n_in, n_out, kernel):
    """Matrix of z_i = sum_j omega_j x_{index}, with x outside 1..n_in taken as zero."""
    w = conv.weights(kernel)
    matrix = np.zeros((n_out, n_in))
    for row in range(n_out):
        terms = sp.expand(equation.subs(conv.i, row + 1))
        for term in sp.Add.make_args(terms):
            weight = [s for s in term.free_symbols if s in w][0]
            index = int([a for a in term.atoms(sp.Indexed)][0].indices[0])
            if 1 <= index <= n_in:
                matrix[row, index - 1] += w.index(weight) + 1
    return matrix


def test_10_1_layer_is_translation_equivariant_numerically():
    """Does shifting the input of a convolution (equation 10.3: no bias) and of a conv layer with
    bias and ReLU (equation 10.4) shift the output by the same amount?"""
    bare = nn.Conv1d(1, 1, 3, padding=1, bias=False)
    layer = nn.Sequential(nn.Conv1d(1, 1, 3, padding=1), nn.ReLU())
    x = torch.zeros(1, 1, 30)
    x[0, 0, 10:16] = torch.randn(6)
    tau = 4
    shifted = torch.roll(x, -tau, dims=2)             # t[x]_i = x_{i+tau}
    for f in (bare, layer):
        assert torch.allclose(f(shifted)[0, 0, 2:20], f(x)[0, 0, 2 + tau:20 + tau])
    values = p10_1.solve()
    assert values["pre_translated"].has(p10_1.tau)
    # The printed sum, with i replaced by i + tau, is the printed translated sum (sympy).
    general = values["pre_general"].doit()
    assert sp.expand(general.subs(p10_1.i, p10_1.i + p10_1.tau) - values["pre_translated"]) == 0


def test_10_2_to_10_4_equations_match_torch_conv1d():
    """Do the written equations of 10.2-10.4 give torch's zero-padded conv1d with that stride and dilation?"""
    for module, n in ((p10_2, 8), (p10_3, 8), (p10_4, 21)):
        kernel, stride, dilation = module.KERNEL, module.STRIDE, module.DILATION
        labels = equation_matrix(module.solve_instructor()["equation"], n, math.ceil(n / stride), kernel)
        weights = RNG.normal(size=kernel)
        reference = torch_conv1d_matrix(n, kernel, stride, dilation, weights)
        assert np.allclose(label_to_numeric(labels.astype(int), weights), reference)


def test_10_4_index_formula_matches_written_terms():
    """Is sum_j omega_j x_{3i+3j-14} the same as the written-out seven terms?"""
    values = p10_4.solve_instructor()
    index, j = conv.conv_index(p10_4.KERNEL, p10_4.STRIDE, p10_4.DILATION)
    total = sum(sp.Symbol(rf"\omega_{k}") * conv.x[index.subs(j, k)] for k in range(1, 8))
    assert sp.simplify(total - values["equation"]) == 0
    assert values["span"] == 19


def test_10_5_matrices_match_torch():
    """Are the three drawn matrices of 10.5 the weight matrices of torch's convolutions?"""
    for (name, kernel, stride, dilation), labels in zip(p10_5.CASES, p10_5.label_matrices()):
        weights = RNG.normal(size=kernel)
        assert np.allclose(label_to_numeric(labels, weights),
                           torch_conv1d_matrix(p10_5.N_INPUTS, kernel, stride, dilation, weights)), name
    assert p10_5.N_INPUTS == 8                          # figure 10.3 of the book: x_1 ... x_8
    assert p10_5.label_matrices()[0].shape == (4, 8)    # outputs centred on x_1, x_3, x_5, x_7


def test_10_6_and_10_7_matrices_match_two_channel_convolutions():
    """Do the matrices of 10.6 and 10.7 reproduce Conv1d(1->2) and Conv1d(2->1) on every basis vector?"""
    layer = nn.Conv1d(1, 2, 3, padding=1, bias=False).double()
    w = layer.weight.detach().numpy()                 # (2 out channels, 1, 3)
    numeric = label_to_numeric(p10_6.label_matrix(), w.reshape(-1))
    out = [layer(torch.eye(6, dtype=torch.float64)[j].view(1, 1, 6)).reshape(-1) for j in range(6)]
    assert np.allclose(numeric, torch.stack(out, 1).detach().numpy())
    layer = nn.Conv1d(2, 1, 3, padding=1, bias=False).double()
    w = layer.weight.detach().numpy()                 # (1, 2 in channels, 3)
    numeric = label_to_numeric(p10_7.label_matrix(), w.reshape(-1))
    out = [layer(torch.eye(12, dtype=torch.float64)[j].view(1, 2, 6)).reshape(-1) for j in range(12)]
    assert np.allclose(numeric, torch.stack(out, 1).detach().numpy())
    assert p10_6.solve()["omega"].shape == (12, 6) and p10_7.solve()["omega"].shape == (6, 12)


def test_10_8_counts_match_torch_numel():
    """Are the weight and bias counts of 10.8 those of torch's Conv1d layers?"""
    for layer in p10_8.solve_instructor()["counts"]:
        module = nn.Conv1d(layer["c_in"], layer["c_out"], layer["kernel"])
        assert module.weight.numel() == layer["weights"] and module.bias.numel() == layer["biases"]


def receptive_field_by_gradient(layers, n=301):
    """Width of the input region that influences the centre output, found with autograd."""
    modules = [nn.Conv1d(1, 1, k, stride=s, dilation=d, padding=d * (k - 1) // 2, bias=False)
               for k, s, d in layers]
    for m in modules:
        nn.init.constant_(m.weight, 1.0)
    x = torch.ones(1, 1, n, requires_grad=True)
    out = nn.Sequential(*modules)(x)
    out[0, 0, out.shape[-1] // 2].backward()
    support = torch.nonzero(x.grad[0, 0]).view(-1)
    return int(support.max() - support.min() + 1)


def test_10_9_10_10_10_11_receptive_fields_by_propagation():
    """Do the receptive fields of 10.9-10.11 match the support of the gradient of an output?"""
    assert receptive_field_by_gradient([(3, 1, 1)] * 3) == p10_9.solve_instructor()["receptive_field"] == 7
    assert receptive_field_by_gradient([(7, 1, 1)] * 3) == p10_10.solve_instructor()["receptive_field"] == 19
    layers = [(l["kernel"], l["stride"], l["dilation"]) for l in p10_11.LAYERS]
    sizes = [r["size"] for r in p10_11.solve_instructor()["layers"]]
    assert [receptive_field_by_gradient(layers[:k]) for k in (1, 2, 3)] == sizes == [5, 9, 25]


def test_10_12_epochs_by_counting_batches():
    """Does stepping through the dataset batch by batch give the stated number of epochs?"""
    values = p10_12.solve() | p10_12.solve_instructor()
    position, epochs = 0, 0
    for _ in range(values["steps"]):
        position += values["batch_size"]
        if position >= values["dataset_size"]:
            position -= values["dataset_size"]
            epochs += 1
    assert epochs == values["epochs"] == 2500


def test_10_13_matrix_matches_torch_conv2d():
    """Is the 24x24 matrix of 10.13 torch's zero-padded 3x3 conv2d on a 4x6 grid?"""
    layer = nn.Conv2d(1, 1, 3, padding=1, bias=False).double()
    rows, cols = p10_13.ROWS, p10_13.COLS
    basis = torch.eye(rows * cols, dtype=torch.float64)
    reference = torch.stack([layer(basis[j].view(1, 1, rows, cols)).reshape(-1)
                             for j in range(rows * cols)], 1).detach().numpy()
    numeric = label_to_numeric(p10_13.label_matrix(), layer.weight.detach().numpy().reshape(-1))
    assert np.allclose(numeric, reference)
    values = p10_13.solve_instructor()
    assert values["nonzero"] == np.count_nonzero(reference)


def test_10_14_counts_match_torch_numel():
    """Are 5x5x3x10 weights and 10 biases the sizes of torch's Conv2d(3, 10, 5)?"""
    values = p10_14.solve() | p10_14.solve_instructor()
    module = nn.Conv2d(values["c_in"], values["c_out"], values["kernel"])
    assert module.weight.numel() == values["weights"] == 750
    assert module.bias.numel() == values["biases"] == 10


def test_10_15_sampling_after_convolution_is_strided_convolution():
    """Is sub-sampling the stride-one conv1d output the same as torch's stride-two conv1d?"""
    S = p10_15.sampling_matrix()
    for kernel in (1, 3, 5):
        weights = RNG.normal(size=kernel)
        assert np.allclose(S @ torch_conv1d_matrix(6, kernel, 1, 1, weights),
                           torch_conv1d_matrix(6, kernel, 2, 1, weights))


def alexnet(groups=False):
    layers, c_in = [], p10_16.INPUT_CHANNELS
    for spec in p10_16.CONV:
        layers += [nn.Conv2d(c_in, spec["channels"], spec["kernel"], spec["stride"], spec["padding"],
                             groups=spec["groups"] if groups else 1), nn.ReLU()]
        if spec["pool"]:
            layers.append(nn.MaxPool2d(3, 2))
        c_in = spec["channels"]
    layers.append(nn.Flatten())
    d_in = 9216
    for spec in p10_16.FULLY_CONNECTED:
        layers += [nn.Linear(d_in, spec["units"]), nn.ReLU()]
        d_in = spec["units"]
    return nn.Sequential(*layers[:-1])


def test_10_16_alexnet_counts_match_torch_modules():
    """Does each row of the AlexNet table, and the total, match a PyTorch AlexNet's parameters?"""
    values = p10_16.solve()
    model = alexnet()
    with torch.no_grad():
        assert model(torch.zeros(1, 3, 224, 224)).shape == (1, 1000)   # 9216 inputs to fc6 fit
    learned = [m for m in model if isinstance(m, (nn.Conv2d, nn.Linear))]
    for row, module in zip(values["rows"], learned):
        assert (module.weight.numel(), module.bias.numel()) == (row["weights"], row["biases"])
    assert sum(p.numel() for p in model.parameters()) == values["total"] == 62378344
    assert sum(p.numel() for p in alexnet(groups=True).parameters()) == values["split_total"]


def test_10_17_alexnet_receptive_fields_by_propagation():
    """Do the AlexNet receptive fields match the gradient support through conv and pooling layers?"""
    values = p10_17.solve()
    modules, sizes = [], []
    for spec in p10_16.CONV[:3]:
        conv_layer = nn.Conv2d(1, 1, spec["kernel"], spec["stride"], bias=False)
        nn.init.constant_(conv_layer.weight, 1.0)
        modules.append(conv_layer)
        x = torch.ones(1, 1, 227, 227, requires_grad=True)
        out = nn.Sequential(*modules)(x)
        out[0, 0, 0, 0].backward()
        row = torch.nonzero(x.grad[0, 0, 0]).view(-1)
        sizes.append(int(row.max() - row.min() + 1))
        if spec["pool"]:
            modules.append(nn.AvgPool2d(3, 2))   # same support as max pooling, but every input counts
    assert sizes == values["layer_sizes"] == [11, 51, 99]


def test_10_18_vgg_counts_match_torch_modules():
    """Does the VGG-19 table match a PyTorch VGG-19's parameter counts layer by layer?"""
    layers, c_in = [], 3
    for width, count in p10_18.BLOCKS:
        for _ in range(count):
            layers += [nn.Conv2d(c_in, width, 3, padding=1), nn.ReLU()]
            c_in = width
        layers.append(nn.MaxPool2d(2))
    layers += [nn.Flatten(), nn.Linear(512 * 7 * 7, 4096), nn.ReLU(), nn.Linear(4096, 4096),
               nn.ReLU(), nn.Linear(4096, 1000)]
    model = nn.Sequential(*layers)
    with torch.no_grad():
        assert model(torch.zeros(1, 3, 224, 224)).shape == (1, 1000)
    values = p10_18.solve()
    learned = [m for m in model if isinstance(m, (nn.Conv2d, nn.Linear))]
    assert len(learned) == len(values["rows"]) == 19
    for row, module in zip(values["rows"], learned):
        assert (module.weight.numel(), module.bias.numel()) == (row["weights"], row["biases"])
    assert sum(p.numel() for p in model.parameters()) == values["total"] == 143667240


def test_10_19_variance_matches_torch_kaiming_init():
    """Is 2/(9 C_1) the variance torch's He (kaiming_normal_) initialization uses for a 3x3 conv?"""
    variance = p10_19.solve()["variance"]
    c1, c2 = 32, 64
    layer = nn.Conv2d(c1, c2, 3)
    fan_in, _ = nn.init._calculate_fan_in_and_fan_out(layer.weight)
    assert fan_in == p10_19.solve()["fan_in"].subs(p10_19.C1, c1)
    nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
    expected = float(variance.subs(p10_19.C1, c1))
    assert abs(layer.weight.var().item() / expected - 1) < 0.03
