"""Problem 19.1: the return at each step of the trajectory of figure 19.18 (gamma = 0.9).

The figure is not reproduced in the text; the trajectory is taken to have eight transitions
whose rewards r_2 ... r_9 are the +1 (first fish), -2 (hole) and +1 (second fish) of its caption,
with zero reward on every other step.
"""
GAMMA = 0.9
FISH_REWARD, HOLE_REWARD = 1, -2
REWARDS = (0, FISH_REWARD, 0, 0, HOLE_REWARD, 0, 0, FISH_REWARD)   # r_{t+1}, t = 1 ... 8


def returns(rewards, gamma):
    """G_t = r_{t+1} + gamma G_{t+1} (equation 19.1), computed backwards from G = 0 at the end."""
    out, following = [], 0.0
    for r in reversed(rewards):
        following = r + gamma * following
        out.append(following)
    return out[::-1]


def solve():
    return {"gamma": GAMMA}


def solve_instructor():
    G = returns(REWARDS, GAMMA)
    rows = [{"t": t + 1, "reward": r, "G": g} for t, (r, g) in enumerate(zip(REWARDS, G))]
    return {"rows": rows, "n_steps": len(REWARDS), "G1": G[0], "last": len(REWARDS) + 1,
            "fish_reward": FISH_REWARD, "hole_reward": HOLE_REWARD}
