"""Stage 4: run a figure script's draw() and save a byte-reproducible PDF."""
import importlib
import logging
import os
from pathlib import Path

from booklet import values

#: the one figure style, which every figure depends on
STYLE_SCRIPT = Path("figures_src", "common", "style.py")


def style():
    """The rc parameters of the one figure style, figures_src/common/style.py."""
    from figures_src.common import style as common_style

    return common_style.RC

METADATA = {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None}


def draw_to_file(root, script, target, timeout=None):
    """Import figures_src/chNN/<name>.py, call draw(), save the PDF atomically."""
    import matplotlib
    matplotlib.use("agg")
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    import matplotlib.pyplot as plt

    root = Path(root).resolve()
    values.import_path(root)
    script = Path(script).resolve()
    module_name = ".".join(script.relative_to(root).with_suffix("").parts)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.pdf")
    try:
        with values.guarded(f"{script.relative_to(root)}: draw()", timeout), \
                matplotlib.rc_context(style()):
            figure = importlib.import_module(module_name).draw()
            figure.savefig(tmp, format="pdf", metadata=METADATA)
            plt.close(figure)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
