"""Problem 19.3: two iterations of policy iteration on the penguin grid world of figure 19.10.

The ice is a 4x4 grid with states 0..15 numbered row by row from the top left (the book numbers
them 1..16). Holes are states 9, 10 and 14; the fish is state 15 (bottom right), which is terminal.
Actions are up, right, down, left. An action that points at a valid neighbor moves there with
probability 1/2 and to each of the other valid neighbors with equal shares of the remaining 1/2;
an action that points off the ice moves to each valid neighbor with equal probability.
"""
from fractions import Fraction

import numpy as np
import sympy as sp

ROWS, COLS = 4, 4
HOLES = (9, 10, 14)
FISH = 15
HOLE_REWARD, FISH_REWARD = -2, 3
GAMMA = Fraction(9, 10)
ACTIONS = ("up", "right", "down", "left")
MOVES = ((-1, 0), (0, 1), (1, 0), (0, -1))
# Initial policy of figure 19.10a as set up in the book's notebook 19.2 (a random draw); the
# result after two iterations does not depend on it because all initial values are zero.
INITIAL_POLICY = (0, 3, 1, 0, 3, 3, 3, 3, 1, 3, 1, 2, 0, 3, 2, 0)
N_ITERATIONS = 2


def neighbor(state, action):
    """State reached by moving in direction `action`, or None if that leaves the ice."""
    row, col = divmod(state, COLS)
    d_row, d_col = MOVES[action]
    row, col = row + d_row, col + d_col
    return row * COLS + col if 0 <= row < ROWS and 0 <= col < COLS else None


def valid_actions(state):
    return [a for a in range(len(ACTIONS)) if neighbor(state, a) is not None]


def transition(state, action):
    """Dict next_state -> exact probability Pr(s'|s, a)."""
    valid = valid_actions(state)
    if action not in valid:
        return {neighbor(state, a): Fraction(1, len(valid)) for a in valid}
    others = [a for a in valid if a != action]
    probs = {neighbor(state, action): Fraction(1, 2)}
    probs.update({neighbor(state, a): Fraction(1, 2 * len(others)) for a in others})
    return probs


def reward(state):
    """Reward received on leaving a state (independent of the action)."""
    return HOLE_REWARD if state in HOLES else (FISH_REWARD if state == FISH else 0)


def expected_next_value(state, action, values):
    return sum(p * values[s] for s, p in transition(state, action).items())


def policy_evaluation(policy, values):
    """One synchronous sweep of the Bellman update (equation 19.11) for a deterministic policy."""
    new = [reward(s) + GAMMA * expected_next_value(s, policy[s], values) for s in range(ROWS * COLS)]
    new[FISH] = Fraction(FISH_REWARD)
    return new


def policy_improvement(values):
    """Greedy action (equation 19.12); ties go to the first of up, right, down, left."""
    policy = []
    for s in range(ROWS * COLS):
        scores = {a: expected_next_value(s, a, values) for a in valid_actions(s)}
        best = max(scores.values())
        policy.append(min(a for a, v in scores.items() if v == best))
    return policy


def iterate(policy=INITIAL_POLICY, n_iterations=N_ITERATIONS):
    """List of (values, policy) after each iteration of evaluation + improvement."""
    values = [Fraction(0)] * (ROWS * COLS)
    history = []
    for _ in range(n_iterations):
        values = policy_evaluation(policy, values)
        policy = policy_improvement(values)
        history.append((values, policy))
    return history


def solve():
    history = iterate()
    (v1, p1), (v2, p2) = history
    return {"gamma": float(GAMMA), "hole_reward": HOLE_REWARD, "fish_reward": FISH_REWARD,
            "n_states": ROWS * COLS, "hole_labels": [s + 1 for s in HOLES], "fish_label": FISH + 1,
            "values_1": value_grid(v1), "values_2": value_grid(v2),
            "worked": [worked_example(s, p1, v1, v2) for s in WORKED_STATES]}


def value_grid(values):
    """State values laid out as the 4x4 grid (floats)."""
    return np.array([float(x) for x in values]).reshape(ROWS, COLS)


def policy_grid(policy):
    """Action names laid out as the 4x4 grid."""
    return [[ACTIONS[policy[r * COLS + c]] for c in range(COLS)] for r in range(ROWS)]


# States whose second evaluation the answer writes out (indices; the book numbers them + 1).
WORKED_STATES = (11, 14, 5)


def worked_example(state, policy, values, new_values):
    """The terms of the second policy evaluation at one state."""
    action = policy[state]
    terms = [[sp.Rational(p.numerator, p.denominator), int(values[s])]
             for s, p in sorted(transition(state, action).items())]
    return {"state": state + 1, "action": ACTIONS[action], "reward": reward(state),
            "terms": terms, "result": float(new_values[state])}
