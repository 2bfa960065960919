"""Problem 12.9: attention between patches and attention between channels (DaViT)."""
GRID, CHANNELS = 16, 512


def attention_cost(tokens, length):
    """Multiply-adds for the dot products K^T Q and for the weighted sum of the values when
    `tokens` tokens of `length` elements attend to each other."""
    return {"weights": tokens ** 2, "dot_products": tokens ** 2 * length,
            "weighted_sum": tokens ** 2 * length, "total": 2 * tokens ** 2 * length}


def solve():
    return {"grid": GRID, "channels": CHANNELS}


def solve_instructor():
    patches = GRID * GRID
    spatial = attention_cost(patches, CHANNELS)
    channel = attention_cost(CHANNELS, patches)
    return {"patches": patches,
            "spatial": spatial, "channel": channel,
            "ratio": channel["total"] / spatial["total"]}
