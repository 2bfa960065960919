"""Do the chapter 13 (graph neural networks) answers hold on concrete graphs?"""
from itertools import combinations

import networkx as nx
import numpy as np

from solutions.ch13 import (p13_1, p13_2, p13_3, p13_4, p13_5, p13_8, p13_10, p13_11, p13_12,
                            p13_13)

RNG = np.random.default_rng(13)


def _random_graph(n, p=0.5):
    A = np.triu((RNG.uniform(size=(n, n)) < p).astype(int), 1)
    return A + A.T


def _random_permutation(n):
    return np.eye(n, dtype=int)[:, RNG.permutation(n)]


def _count_walks(edges, start, end, steps):
    """Walks counted by explicit depth-first enumeration (no matrix powers)."""
    neighbors = {}
    for m, n in edges:
        neighbors.setdefault(m, []).append(n)
        neighbors.setdefault(n, []).append(m)

    def walk(node, left):
        if left == 0:
            return int(node == end)
        return sum(walk(other, left - 1) for other in neighbors.get(node, []))
    return walk(start, steps)


def _segments_cross(p1, p2, p3, p4):
    def orient(a, b, c):
        return np.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
    return (orient(p1, p2, p3) * orient(p1, p2, p4) < 0
            and orient(p3, p4, p1) * orient(p3, p4, p2) < 0)


def test_13_1_adjacency_matrices_match_the_drawn_edges():
    """Are the matrices of problem 13.1 the adjacency matrices networkx builds from the edges?"""
    values = p13_1.solve()
    for (edges, positions), A in zip(p13_1.GRAPHS, (values["A_a"], values["A_b"])):
        G = nx.Graph()
        G.add_nodes_from(sorted(positions))
        G.add_edges_from(edges)
        assert np.array_equal(nx.to_numpy_array(G, nodelist=sorted(positions), dtype=int), A)
        assert nx.is_connected(G)


def test_13_2_figure_draws_exactly_the_given_matrices_without_crossings():
    """Do the drawn edges of figure 13.1 give back A1 and A2, with no two edges crossing?"""
    for A, positions in [(p13_2.A1, p13_2.POSITIONS_1), (p13_2.A2, p13_2.POSITIONS_2)]:
        assert np.array_equal(A, A.T) and not np.any(np.diag(A))
        edges = p13_2.edges(A)
        assert np.array_equal(p13_1.adjacency(edges, len(A)), A)
        assert len(set(positions.values())) == len(A)
        for (a, b), (c, d) in combinations(edges, 2):
            if len({a, b, c, d}) == 4:
                assert not _segments_cross(positions[a], positions[b], positions[c], positions[d])


def test_13_1_graphs_are_those_of_figure_13_14():
    """Are the graphs those of figure 13.14 of the book (edges typed again here from the
    figure, in another order), with seven and eight nodes?"""
    a = [(3, 1), (2, 3), (2, 1), (1, 4), (1, 7), (1, 6), (6, 7), (2, 5), (5, 4), (2, 4)]
    b = [(8, 3), (3, 2), (8, 1), (8, 4), (4, 1), (1, 7), (2, 5), (2, 6), (5, 6), (5, 7), (7, 6)]
    for (edges, positions), drawn, n in zip(p13_1.GRAPHS, (a, b), (7, 8)):
        assert {frozenset(e) for e in edges} == {frozenset(e) for e in drawn}
        assert sorted(positions) == list(range(1, n + 1))


def test_13_3_walk_counts_match_enumeration_and_the_booklet():
    """Are the walk counts of problem 13.3 those found by enumerating walks, and the printed ones?"""
    values = p13_3.solve()
    for name, (edges, _) in zip("ab", p13_1.GRAPHS):
        for steps in p13_3.STEPS:
            assert values[f"walks_{name}_{steps}"] == _count_walks(edges, 1, 2, steps)
    assert [values[k] for k in ("walks_a_3", "walks_a_7", "walks_b_3", "walks_b_7")] == \
        [9, 879, 3, 203]


def test_13_4_diagonal_of_a_squared_is_the_degree():
    """Is the diagonal of A^2 the node degree, for the book's graph and random graphs?"""
    values = p13_4.solve()
    assert np.array_equal(values["diagonal"], values["degrees"])
    G = nx.from_numpy_array(p13_4.A_BOOK)
    assert [d for _, d in sorted(G.degree())] == list(values["degrees"][0])
    assert values["A_squared"][5, 5] == 3        # figure 13.4f: node six returns in three ways
    for n in range(3, 9):
        A = _random_graph(n)
        assert np.array_equal(np.diag(A @ A), A.sum(axis=0))


def test_13_5_permutation_matrix_relabels_the_graph_of_figure_13_5():
    """Does P^T A P of problem 13.5 give the adjacency matrix of panel e, do exactly two
    permutations do so (networkx isomorphisms), and does the chosen one map each node of panel a
    to the node at the same place in panel d?"""
    values = p13_5.solve()
    # Panel e of figure 13.5 of the book, row by row (filled cells), typed from the figure.
    panel_e = np.array([[0, 0, 0, 0, 0, 1], [0, 0, 1, 1, 0, 1], [0, 1, 0, 0, 0, 1],
                        [0, 1, 0, 0, 1, 1], [0, 0, 0, 1, 0, 1], [1, 1, 1, 1, 1, 0]])
    assert np.array_equal(values["A_permuted"], panel_e)
    G_a, G_d = nx.Graph(p13_5.EDGES_A), nx.Graph(p13_5.EDGES_D)
    isomorphisms = list(nx.algorithms.isomorphism.GraphMatcher(G_a, G_d).isomorphisms_iter())
    assert len(isomorphisms) == values["n_consistent"] == 2
    assert p13_5.NEW_INDEX in [dict(sorted(m.items())) for m in isomorphisms]
    # The hub (degree five) and the leaf (degree one) fix nodes three and two.
    assert p13_5.NEW_INDEX[3] == 6 and p13_5.NEW_INDEX[2] == 1
    X = RNG.normal(size=(3, 6))
    X_new = X @ values["P"]
    for m, n in p13_5.NEW_INDEX.items():
        assert np.allclose(X_new[:, n - 1], X[:, m - 1])


def test_13_6_pooled_output_is_permutation_invariant():
    """Is sig[beta + omega H P 1] equal to sig[beta + omega H 1] for random permutations?"""
    sig = lambda x: 1 / (1 + np.exp(-x))  # noqa: E731
    H, omega, beta = RNG.normal(size=(5, 7)), RNG.normal(size=(1, 5)), RNG.normal()
    ones = np.ones((7, 1))
    for _ in range(5):
        P = _random_permutation(7)
        assert np.allclose(P @ ones, ones)
        assert np.allclose(sig(beta + omega @ H @ ones), sig(beta + omega @ H @ P @ ones))


def test_13_7_graph_layer_is_permutation_equivariant():
    """Does GraphLayer[H, A] P equal GraphLayer[H P, P^T A P] numerically (ReLU activation)?"""
    D, N = 4, 6
    H, A = RNG.normal(size=(D, N)), _random_graph(N)
    beta, Omega = RNG.normal(size=(D, 1)), RNG.normal(size=(D, 2 * D))

    def layer(H, A):
        return np.maximum(beta @ np.ones((1, len(A))) + Omega @ np.vstack([H, H @ A]), 0)
    for _ in range(5):
        P = _random_permutation(N)
        assert np.allclose(layer(H, A) @ P, layer(H @ P, P.T @ A @ P))


def test_13_8_degree_matrices_count_neighbors():
    """Are the degree matrices of problem 13.8 diagonal with networkx's node degrees?"""
    values = p13_8.solve()
    for (edges, positions), D in zip(p13_1.GRAPHS, (values["D_a"], values["D_b"])):
        G = nx.Graph(edges)
        assert np.array_equal(D, np.diag([G.degree(n) for n in sorted(positions)]))


def test_13_9_graphsage_mean_in_matrix_form():
    """Is H (A + I)(D + I)^-1 the average of each node with its neighbors (explicit loop)?"""
    N, Dim = 7, 3
    A, H = _random_graph(N, 0.4), RNG.normal(size=(Dim, N))
    D = np.diag(A.sum(axis=1))
    matrix_form = H @ (A + np.eye(N)) @ np.linalg.inv(D + np.eye(N))
    for n in range(N):
        members = [n] + [m for m in range(N) if A[m, n]]
        assert np.allclose(matrix_form[:, n], H[:, members].mean(axis=1))


def test_13_10_attention_is_masked_normalized_and_equivariant():
    """Does the graph attention of problem 13.10 attend only to neighbors, sum to one per
    column, and permute with the nodes?"""
    H, A, output, parts = p13_10.example()
    attention = parts["attention"]
    assert np.all(attention[(A + np.eye(len(A))) == 0] == 0)
    assert np.allclose(attention.sum(axis=0), 1)
    assert p13_10.solve()["n_nonzero"] == len(A) + A.sum()
    P = _random_permutation(len(A))
    permuted, _ = p13_10.graph_dot_product_attention(H @ P, P.T @ A @ P, p13_10.parameters())
    assert np.allclose(output @ P, permuted)


def test_13_11_edge_graph_is_the_line_graph():
    """Is the edge graph of problem 13.11 networkx's line graph of the graph?"""
    values = p13_11.solve()
    label = {(m, n): name for name, m, n in values["edge_nodes"]}
    line = nx.line_graph(nx.Graph(p13_11.EDGES))
    expected = {frozenset((label[tuple(sorted(e))], label[tuple(sorted(f))])) for e, f in line.edges}
    assert expected == {frozenset(e) for e in values["edge_graph_edges"]}
    assert values["n_edge_graph_edges"] == line.number_of_edges()


def test_13_11_and_13_12_use_the_graphs_of_figure_13_15():
    """Are the graphs of 13.11 and 13.12 those of figure 13.15 of the book (edges typed again
    here from the figure, in another order)?"""
    assert {frozenset(e) for e in p13_11.EDGES} == {frozenset(e) for e in [
        (1, 2), (2, 5), (5, 4), (4, 2), (4, 3), (3, 6), (6, 1), (1, 3)]}
    assert {frozenset(e) for e in p13_12.EDGE_GRAPH} == {frozenset(e) for e in [
        (1, 3), (1, 2), (2, 3), (3, 5), (5, 6), (3, 6), (2, 4), (4, 6)]}


def test_13_12_recovered_node_graph_has_the_given_edge_graph():
    """Is the edge graph of the recovered node graph the given one, and does it match
    networkx's inverse line graph up to relabelling?"""
    values = p13_12.solve()
    root = {name: (a, b) for name, a, b in values["root_edges"]}
    given = {frozenset(e) for e in values["edge_graph_edges"]}
    rebuilt = {frozenset((a, b)) for a, b in combinations(root, 2) if set(root[a]) & set(root[b])}
    assert rebuilt == given
    edge_graph = nx.Graph([tuple(e) for e in values["edge_graph_edges"]])
    assert nx.is_isomorphic(nx.inverse_line_graph(edge_graph), nx.Graph(list(root.values())))
    assert values["n_root_nodes"] == nx.Graph(list(root.values())).number_of_nodes()


def test_13_13_node_and_edge_adjacency_from_the_incidence_matrix():
    """Are A_node = B B^T - D and A_edge = B^T B - 2I right for random graphs (networkx)?"""
    values = p13_13.solve()
    assert np.array_equal(values["BBt"] - values["D"], values["A_node"])
    for n in range(4, 9):
        G = nx.from_numpy_array(_random_graph(n, 0.5))
        edges = [(a + 1, b + 1) for a, b in G.edges]
        B = p13_13.incidence(edges, n)
        assert np.array_equal(B @ B.T - np.diag(B.sum(axis=1)), nx.to_numpy_array(G, dtype=int))
        line = nx.line_graph(nx.Graph(edges))
        A_edge = B.T @ B - 2 * np.eye(len(edges), dtype=int)
        index = {e: k for k, e in enumerate(edges)}
        expected = np.zeros_like(A_edge)
        for e, f in line.edges:
            i, j = index[tuple(sorted(e))], index[tuple(sorted(f))]
            expected[i, j] = expected[j, i] = 1
        assert np.array_equal(A_edge, expected)
        degrees = B.sum(axis=1)
        assert line.number_of_edges() == int(np.sum(degrees * (degrees - 1) // 2))


def test_13_14_edge_term_sums_the_edges_at_each_node_and_is_equivariant():
    """Does Phi E N sum the transformed edge embeddings at each node, with the right sizes,
    and is the layer of problem 13.14 equivariant to node permutations?"""
    D, D_E, N = 4, 3, 6
    A = _random_graph(N, 0.6)
    edges = [(m, n) for m in range(N) for n in range(m + 1, N) if A[m, n]]
    E, Phi = RNG.normal(size=(D_E, len(edges))), RNG.normal(size=(D, D_E))
    H, Omega, beta = RNG.normal(size=(D, N)), RNG.normal(size=(D, D)), RNG.normal(size=(D, 1))
    incidence = np.zeros((len(edges), N))
    for e, (m, n) in enumerate(edges):
        incidence[e, m] = incidence[e, n] = 1
    term = Phi @ E @ incidence
    assert term.shape == (D, N)
    for n in range(N):
        at_node = [e for e, pair in enumerate(edges) if n in pair]
        assert np.allclose(term[:, n], sum(Phi @ E[:, e] for e in at_node) if at_node else 0)

    def layer(H, A, incidence):
        return np.maximum(beta + Omega @ H @ (A + np.eye(len(A))) + Phi @ E @ incidence, 0)
    P = _random_permutation(N)
    assert np.allclose(layer(H, A, incidence) @ P, layer(H @ P, P.T @ A @ P, incidence @ P))
