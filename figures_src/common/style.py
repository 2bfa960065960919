"""The one figure style of the booklet: rc parameters, palette, panel labels, figure sizes.

Every figure is drawn at the width it prints in the document (`figsize(width)` with width a
fraction of the text width, the same fraction the fragment gives \\includegraphics), so its
text prints at its nominal size: 8 pt, tick labels and legends 7 pt, never under 6 pt
(tests/pipeline/test_print.py checks every figure). Fonts are the document's (Computer
Modern), minus signs are real minus signs (mathtext), output is vector; the rasters that a
heat map needs are written at 300 ppi.
"""
from cycler import cycler

#: the text width of the document (34pc, booklet/assemble.py GEOMETRY) in inches
TEXTWIDTH_IN = 34 * 12 / 72.27
#: smallest printed text size, in points
MIN_PT = 6.0
SIZE = {"text": 8, "small": 7, "panel": 9}

#: one palette (Okabe and Ito's colour-blind-safe set), in cycle order
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
BLUE, VERMILION, GREEN, PURPLE, ORANGE, SKY, YELLOW, BLACK = PALETTE
#: neutral greys for guides, regions and outlines
GREY, LIGHT, DARK = "0.6", "0.85", "0.3"
#: colour maps: sequential and diverging
SEQUENTIAL, DIVERGING = "viridis", "RdBu_r"

RC = {
    "font.family": "serif",
    "font.serif": ["cmr10"],
    "mathtext.fontset": "cm",
    "axes.formatter.use_mathtext": True,   # tick labels in mathtext: a real minus sign
    "axes.unicode_minus": True,
    "font.size": SIZE["text"],
    "axes.titlesize": SIZE["panel"],      # panel labels "a) ..." are axes titles, at the left
    "axes.titlelocation": "left",
    "axes.labelsize": SIZE["text"],
    "xtick.labelsize": SIZE["small"],
    "ytick.labelsize": SIZE["small"],
    "legend.fontsize": SIZE["small"],
    "figure.titlesize": SIZE["text"],
    "axes.prop_cycle": cycler(color=PALETTE),
    "axes.linewidth": 0.6,
    "lines.linewidth": 1.2,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "xtick.major.size": 2.5,
    "ytick.major.size": 2.5,
    "legend.frameon": False,
    "image.cmap": SEQUENTIAL,
    "savefig.dpi": 300,
    "figure.dpi": 300,
    "pdf.fonttype": 42,
    "svg.hashsalt": "udl",
}


def figsize(width=1.0, aspect=0.5):
    """(width, height) in inches of a figure that prints `width` x the text width, its height
    `aspect` x its width."""
    inches = width * TEXTWIDTH_IN
    return (inches, inches * aspect)


def panel_label(ax, letter, text=None):
    """The one panel-label convention: `a)` (and an optional caption) at the top left."""
    ax.set_title(f"{letter})" + (f" {text}" if text else ""), loc="left", fontsize=SIZE["panel"])

#: light tints of the palette for filled boxes and regions
LIGHT_GREEN, LIGHT_VERMILION, LIGHT_BLUE, LIGHT_ORANGE = "#b3e2d1", "#f2c6a8", "#b3d5ea", "#f5d699"
