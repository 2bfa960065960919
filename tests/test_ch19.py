"""Do the chapter 19 (reinforcement learning) results hold on concrete MDPs and samples?"""
from itertools import product

import numpy as np

from solutions.ch19 import p19_1, p19_3, p19_4, p19_6, p19_7, p19_8

RNG = np.random.default_rng(19)


def random_mdp(n_states=5, n_actions=3):
    """Transition tensor P[s, a, s'] and reward r[s, a] of a random MDP."""
    P = RNG.uniform(size=(n_states, n_actions, n_states))
    P /= P.sum(axis=2, keepdims=True)
    return P, RNG.normal(size=(n_states, n_actions))


def policy_value(P, r, policy, gamma):
    """Exact v[s|pi] of a deterministic policy by solving the Bellman equations."""
    n = len(policy)
    P_pi = P[np.arange(n), policy]
    r_pi = r[np.arange(n), policy]
    return np.linalg.solve(np.eye(n) - gamma * P_pi, r_pi)


def test_19_2_improving_one_state_never_lowers_any_value():
    """Does the greedy change of problem 19.2 at one state give v[s|pi'] >= v[s|pi] everywhere?"""
    gamma = 0.9
    for _ in range(50):
        P, r = random_mdp()
        policy = RNG.integers(0, 3, size=5)
        v = policy_value(P, r, policy, gamma)
        state = RNG.integers(0, 5)
        improved = policy.copy()
        improved[state] = np.argmax(r[state] + gamma * P[state] @ v)
        assert np.all(policy_value(P, r, improved, gamma) >= v - 1e-12)


def _grid_transitions():
    """Pr(s'|s, a) of the penguin grid built from the rule of problem 19.3, as a dense array."""
    n = 16
    P = np.zeros((n, 4, n))
    steps = {0: (-1, 0), 1: (0, 1), 2: (1, 0), 3: (0, -1)}
    for s in range(n):
        row, col = divmod(s, 4)
        targets = {a: (row + dr) * 4 + col + dc for a, (dr, dc) in steps.items()
                   if 0 <= row + dr < 4 and 0 <= col + dc < 4}
        for a in range(4):
            if a in targets:
                P[s, a, targets[a]] += 0.5
                for other in targets:
                    if other != a:
                        P[s, a, targets[other]] += 0.5 / (len(targets) - 1)
            else:
                for other in targets:
                    P[s, a, targets[other]] += 1 / len(targets)
    return P


def test_19_3_two_iterations_by_dense_linear_algebra():
    """Do two sweeps of evaluation and greedy improvement, done with arrays, give the values of the answer?"""
    P = _grid_transitions()
    assert np.allclose(P.sum(axis=2), 1)
    r = np.zeros(16)
    r[[9, 10, 14]], r[15] = -2, 3
    for start in range(5):   # the initial policy must not matter
        policy = RNG.integers(0, 4, size=16)
        v = np.zeros(16)
        for _ in range(2):
            v = r + 0.9 * P[np.arange(16), policy] @ v
            v[15] = 3
            policy = np.argmax(P @ v, axis=1)
        assert np.allclose(v.reshape(4, 4), p19_3.solve()["values_2"])


def test_19_3_agrees_with_the_book_notebook_values():
    """Are the values within rounding of the book notebook's answer (which uses 0.16 for 1/6)?"""
    notebook = np.array([0, 0, 0, 0, 0, -0.288, -0.288, 0, -0.45, -2.288, -2.594, 0.9, 0, -0.9, -1.1, 3])
    assert np.allclose(p19_3.solve()["values_2"].ravel(), notebook, atol=0.015)


def test_19_5_q_update_is_a_contraction():
    """Is ||f[q1] - f[q2]||_inf <= gamma ||q1 - q2||_inf for random q-tables and successor states?"""
    gamma = 0.9
    for _ in range(200):
        n_s, n_a = 6, 3
        r = RNG.normal(size=(n_s, n_a))
        successor = RNG.integers(0, n_s, size=(n_s, n_a))
        q1, q2 = RNG.normal(size=(2, n_s, n_a)) * RNG.uniform(0.1, 5)
        f1 = r + gamma * q1.max(axis=1)[successor]
        f2 = r + gamma * q2.max(axis=1)[successor]
        assert np.abs(f1 - f2).max() <= gamma * np.abs(q1 - q2).max() + 1e-12


def test_19_7_optimal_control_variate_by_monte_carlo():
    """Does c* = Cov[a,b]/Var[b] minimize the sample variance and give (1 - rho^2) Var[a]?"""
    n = 200000
    b = RNG.normal(1.0, 2.0, size=n)
    a = 0.7 * b + RNG.normal(size=n)
    values = p19_7.solve()
    cov = np.cov(a, b)
    numbers = {p19_7.var_a: cov[0, 0], p19_7.var_b: cov[1, 1], p19_7.cov_ab: cov[0, 1]}
    c_star = float(values["c_star"].subs(numbers))
    variance = lambda c: np.var(a - c * (b - b.mean()), ddof=1)  # noqa: E731
    assert variance(c_star) <= min(variance(c_star - 0.05), variance(c_star + 0.05))
    assert variance(c_star) < variance(0.0)
    rho = np.corrcoef(a, b)[0, 1]
    predicted = float(values["min_variance_rho"].subs({p19_7.rho: rho, p19_7.var_a: cov[0, 0]}))
    assert np.isclose(variance(c_star), predicted, rtol=1e-6)
    # The opposite sign (printed in the 2023 booklet) increases the variance instead.
    assert variance(-c_star) > variance(0.0)


def test_19_1_returns_are_discounted_sums():
    """Is each return of problem 19.1 the forward discounted sum of the rewards that follow?"""
    values = {**p19_1.solve(), **p19_1.solve_instructor()}
    rewards = [row["reward"] for row in values["rows"]]
    for t, row in enumerate(values["rows"]):
        forward = sum(values["gamma"] ** k * r for k, r in enumerate(rewards[t:]))
        assert np.isclose(row["G"], forward)
    # The path of figure 19.18 of the book: moves between neighbouring tiles of the 4 x 4 grid,
    # rewards +1, -2, +1 in that order (its caption), and by hand G_6 = -2 + 0.9**2 = -1.19.
    path = p19_1.PATH
    assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in zip(path, path[1:]))
    assert [r for r in rewards if r] == [1, -2, 1] and len(rewards) == 9
    assert np.isclose(values["rows"][5]["G"], -2 + 0.9 ** 2)
    assert np.isclose(values["G1"], 0.9 ** 4 * (1 + 0.9 * (-2) + 0.9 ** 3 * 1))


def test_19_4_temperature_limits():
    """Does a small tau give a greedy policy, a large tau a uniform one, with entropy rising in between?"""
    q = p19_4.Q_VALUES
    assert np.isclose(p19_4.boltzmann(q, 1e-3)[np.argmax(q)], 1.0)
    assert np.allclose(p19_4.boltzmann(q, 1e4), 1 / len(q), atol=1e-4)
    taus = np.logspace(-2, 2, 30)
    entropies = [p19_4.entropy(p19_4.boltzmann(q, tau)) for tau in taus]
    assert np.all(np.diff(entropies) > 0)
    table = p19_4.solve()["table"]
    for row in table:
        direct = np.exp(q / row["tau"]) / np.exp(q / row["tau"]).sum()
        assert np.allclose(row["probs"], direct)


def test_19_6_baseline_term_vanishes_over_all_trajectories():
    """Summed over every trajectory of a small MDP, is E[d log Pr(tau|theta)/d theta] zero (finite differences)?"""
    rng = np.random.default_rng(6)
    n_s, n_a, T = 3, 2, 3
    P = rng.uniform(size=(n_s, n_a, n_s))
    P /= P.sum(axis=2, keepdims=True)
    theta = rng.normal(size=(n_s, n_a))

    def log_prob(th, states, actions):
        logits = th - np.log(np.exp(th).sum(axis=1, keepdims=True))
        total = 0.0
        for t in range(T):
            total += logits[states[t], actions[t]]
            if t + 1 < T:
                total += np.log(P[states[t], actions[t], states[t + 1]])
        return total

    expected_grad = np.zeros_like(theta)
    h = 1e-6
    for states in product(range(n_s), repeat=T):
        if states[0] != 0:
            continue
        for actions in product(range(n_a), repeat=T):
            prob = np.exp(log_prob(theta, states, actions))
            grad = np.zeros_like(theta)
            for idx in np.ndindex(theta.shape):
                step = np.zeros_like(theta)
                step[idx] = h
                grad[idx] = (log_prob(theta + step, states, actions) - log_prob(theta - step, states, actions)) / (2 * h)
            expected_grad += prob * grad
    assert np.allclose(expected_grad, 0, atol=1e-8)
    assert all(e == 0 for e in p19_6.solve()["expectation"])


def test_19_8_optimal_baseline_minimizes_exact_variance():
    """For a one-step softmax policy with noisy rewards, does b = E[g^2 r]/E[g^2] minimize Var[g (r - b)]?"""
    probs = np.array([0.2, 0.5, 0.3])
    mean_reward, reward_sd = np.array([1.0, 3.0, -2.0]), np.array([0.5, 1.0, 2.0])
    g = 1.0 * (np.arange(3) == 0) - probs[0]      # d log pi[a] / d theta_1 for each action a
    Er, Er2 = mean_reward, mean_reward ** 2 + reward_sd ** 2

    def variance(b):
        second = (probs * g ** 2 * (Er2 - 2 * b * Er + b ** 2)).sum()
        first = (probs * g * (Er - b)).sum()
        return second - first ** 2

    values = p19_8.solve()
    moments = {p19_8.Eg2: (probs * g ** 2).sum(), p19_8.Eg2r: (probs * g ** 2 * Er).sum()}
    b_star = float(values["b_star"].subs(moments))
    grid = np.linspace(b_star - 3, b_star + 3, 601)
    assert np.isclose(grid[np.argmin([variance(b) for b in grid])], b_star, atol=0.01)
    assert np.isclose((probs * g).sum(), 0)
    numbers = {**moments, p19_8.Eg2r2: (probs * g ** 2 * Er2).sum(), p19_8.Egr: (probs * g * Er).sum()}
    for b in (-1.0, 0.5, 2.0):
        assert np.isclose(float(values["variance"].subs(numbers).subs(p19_8.b, b)), variance(b))
