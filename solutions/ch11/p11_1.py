"""Problem 11.1: unravel the four-block residual network of equation 11.4 into equation 11.5."""
import sympy as sp

BRACKETS = [(r"\bigl[", r"\bigr]"), (r"\Bigl[", r"\Bigr]"), (r"\biggl[", r"\biggr]"),
            (r"\Biggl[", r"\Biggr]")]


def nesting(expr):
    """How deeply residual blocks are nested inside an expression (0 for x alone)."""
    if isinstance(expr, Block):
        return 1 + nesting(expr.args[0])
    return max((nesting(arg) for arg in expr.args), default=0)


class Block(sp.Function):
    """A residual block f_k[.]; prints as \\mathbf{f}_k with square brackets sized by nesting."""

    index = 0

    def _latex(self, printer):
        left, right = BRACKETS[min(nesting(self.args[0]), len(BRACKETS) - 1)]
        return r"\mathbf{f}_{%d}%s%s%s" % (self.index, left, printer._print(self.args[0]), right)


BLOCKS = [type(f"f{k}", (Block,), {"index": k}) for k in range(1, 5)]
x = sp.Symbol(r"\mathbf{x}")


def unravel(blocks=BLOCKS, inputs=x):
    """h_1, h_2, h_3 and y of equation 11.4, each written in terms of the input x."""
    h, layers = inputs, []
    for block in blocks:
        h = h + block(h)            # h_k = h_{k-1} + f_k[h_{k-1}]
        layers.append(h)
    return layers


def solve():
    layers = unravel()
    inputs_of_blocks = [x] + layers[:-1]
    return {"h1": layers[0], "h2": layers[1], "h3": layers[2],
            "y_terms": [x] + [block(arg) for block, arg in zip(BLOCKS, inputs_of_blocks)]}
