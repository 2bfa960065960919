"""Problem 19.1: the return at each step of the trajectory of figure 19.18 of the book (gamma = 0.9).

Figure 19.18 of the book (its SVG, figures/chapter19/ReinforceProbReturn.svg of the public
repository ai-ml-devops/UnderstandingDeepLearning; the caption is that of the book) draws a 4 x 4
grid whose tiles carry the reward for reaching them, and one trajectory of the penguin from the
top-left tile. Tiles are (row, column) from the top left. The trajectory visits ten tiles, nine
transitions: right, down, right, up, right to the first fish (+1), down into the hole (-2), down,
left to the second fish (+1), and down, where the drawn trajectory ends. The caption gives the
rewards: +1 at the first fish tile, -2 in the hole, +1 at the second fish tile, gamma = 0.9; every
other tile on the path is labelled 0. Rewards after the drawn trajectory are taken to be zero.
"""
GAMMA = 0.9
FISH_REWARD, HOLE_REWARD = 1, -2
GRID = 4
PATH = [(1, 1), (1, 2), (2, 2), (2, 3), (1, 3), (1, 4), (2, 4), (3, 4), (3, 3), (4, 3)]
FISH, HOLES = {(1, 4), (3, 3), (3, 1)}, {(2, 4)}       # the tiles of figure 19.18 of the book


def tile_reward(tile):
    return FISH_REWARD if tile in FISH else HOLE_REWARD if tile in HOLES else 0


def rewards(path=PATH):
    """r_{t+1}, the reward for reaching the tile of step t + 1, for t = 1 ... len(path) - 1."""
    return [tile_reward(tile) for tile in path[1:]]


def returns(rs, gamma):
    """G_t = r_{t+1} + gamma G_{t+1} (equation 19.1 of the book), backwards from zero after the end."""
    out, following = [], 0.0
    for r in reversed(rs):
        following = r + gamma * following
        out.append(following)
    return out[::-1]


def solve():
    return {"gamma": GAMMA}


def solve_instructor():
    rs = rewards()
    G = returns(rs, GAMMA)
    rows = [{"t": t + 1, "tile": PATH[t], "next": PATH[t + 1], "reward": r, "G": g}
            for t, (r, g) in enumerate(zip(rs, G))]
    fish_steps = [row["t"] for row in rows if row["reward"] == FISH_REWARD]
    hole_step = next(row["t"] for row in rows if row["reward"] == HOLE_REWARD)
    return {"rows": rows, "n_steps": len(rs), "G1": G[0], "last": len(PATH),
            "fish_reward": FISH_REWARD, "hole_reward": HOLE_REWARD, "grid": GRID,
            "fish_steps": fish_steps, "hole_step": hole_step,
            "negative_steps": [row["t"] for row in rows if row["G"] < 0]}
