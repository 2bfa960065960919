"""Stage 4: run a figure script's draw() and save a byte-reproducible PDF."""
import importlib
import logging
import os
import sys
import traceback
from pathlib import Path

from booklet import BuildError, action

STYLE = {
    "font.family": "serif",
    "font.serif": ["cmr10"],
    "mathtext.fontset": "cm",
    "axes.formatter.use_mathtext": True,
    "axes.unicode_minus": False,
    "font.size": 9,
    "pdf.fonttype": 42,
    "svg.hashsalt": "udl",
}
METADATA = {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None}


@action
def draw_to_file(root, script, target):
    """doit action: import figures_src/chNN/<name>.py, call draw(), save the PDF atomically."""
    import matplotlib
    matplotlib.use("agg")
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    import matplotlib.pyplot as plt

    root = Path(root).resolve()
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    script = Path(script)
    module_name = ".".join(script.resolve().relative_to(root).with_suffix("").parts)
    where = script.resolve().relative_to(root)
    try:
        with matplotlib.rc_context(STYLE):
            figure = importlib.import_module(module_name).draw()
            target = Path(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.stem + ".tmp.pdf")
            figure.savefig(tmp, format="pdf", metadata=METADATA)
            plt.close(figure)
    except Exception:
        raise BuildError(f"{where}: draw() raised:\n{traceback.format_exc()}") from None
    os.replace(tmp, target)
