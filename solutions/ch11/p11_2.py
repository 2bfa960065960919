"""Problem 11.2: number of paths of each length through K unraveled residual blocks."""
from math import comb

BLOCKS = {"four": 4, "three": 3, "five": 5}   # the book's example (figure 11.4a) and the two questions


def paths_by_length(blocks):
    """Each path goes through or around each block: choose which k of the K blocks it visits."""
    return [comb(blocks, k) for k in range(blocks + 1)]


def phrases(blocks):
    """(count, noun, length) for each length, for running text: 1 path of length 0, 3 paths of ..."""
    return [(n, "path" if n == 1 else "paths", k) for k, n in enumerate(paths_by_length(blocks))]


def solve():
    return {"three": phrases(BLOCKS["three"]), "five": phrases(BLOCKS["five"]),
            "four": paths_by_length(BLOCKS["four"]),
            "total_three": 2 ** BLOCKS["three"], "total_five": 2 ** BLOCKS["five"]}
