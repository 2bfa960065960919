"""Problem 11.2: number of paths of each length through K unraveled residual blocks."""
from math import comb


def paths_by_length(blocks):
    """Each path goes through or around each block: choose which k of the K blocks it visits."""
    return [comb(blocks, k) for k in range(blocks + 1)]


def solve():
    return {"three": paths_by_length(3), "five": paths_by_length(5),
            "four": paths_by_length(4), "total_three": 2 ** 3, "total_five": 2 ** 5}
