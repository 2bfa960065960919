"""Problem 19.1: the return at each step of the trajectory of figure 19.18 of the book (gamma = 0.9).

Figure 19.18 of the book is available from no source consulted (the chapter 19 figure files are
absent from the book's public repository; no notebook draws it). The trajectory below is an
ASSUMPTION, stated as such in the answer: eight transitions with rewards +1 (a first fish),
-2 (a hole) and +1 (a second fish), the reward sizes of the penguin examples of chapter 19, and
zero reward on every other step; the positions of the rewards are a guess.
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
