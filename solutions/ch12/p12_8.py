"""Problem 12.8: interactions in vision-transformer attention, full and sparsified."""
import numpy as np

GRID, WINDOW, GLOBAL = 32, 7, 4
# The small grid drawn in figure 12.1.
FIGURE_GRID, FIGURE_WINDOW, FIGURE_GLOBAL = 6, 3, 2


def interaction_matrix(grid, window=None, global_tokens=0):
    """Boolean matrix: may patch m interact with patch n?  Patches of a grid x grid image in
    raster order, then the global tokens. With a window, a patch interacts only with the patches
    within window // 2 rows and columns of it; global tokens interact with everything."""
    rows, cols = np.divmod(np.arange(grid * grid), grid)
    if window is None:
        local = np.ones((grid * grid, grid * grid), dtype=bool)
    else:
        reach = window // 2
        local = ((np.abs(rows[:, None] - rows[None, :]) <= reach)
                 & (np.abs(cols[:, None] - cols[None, :]) <= reach))
    size = grid * grid + global_tokens
    full = np.ones((size, size), dtype=bool)
    full[:grid * grid, :grid * grid] = local
    return full


def solve():
    patches = GRID * GRID
    full = int(interaction_matrix(GRID).sum())
    local = int(interaction_matrix(GRID, WINDOW).sum())
    with_global = int(interaction_matrix(GRID, WINDOW, GLOBAL).sum())
    return {"grid": GRID, "window": WINDOW, "global_tokens": GLOBAL, "patches": patches,
            "full": full, "local": local, "local_global": with_global,
            "local_fraction": local / full, "local_global_fraction": with_global / full,
            "figure_grid": FIGURE_GRID, "figure_window": FIGURE_WINDOW,
            "figure_global": FIGURE_GLOBAL}
