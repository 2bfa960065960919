"""Print quality: figure text sizes, the overfull-line check, the errata layout, the text block.

The figure test draws every figure script in the one style and asks what size its text will
print at: matplotlib's font size times the \\includegraphics scale (the printed width the
fragment gives, over the width the figure was drawn at).
"""
import importlib
import re
import subprocess

import pytest

from booklet import errata, pdf
from support import ROOT

INCLUDE = re.compile(r"\\includegraphics\[width=([\d.]*)\\(?:text|line)width\]\{(\w+)\}")
SCRIPTS = sorted(ROOT.glob("figures_src/ch*/*.py"))


def printed_widths():
    """{figure name: printed width as a fraction of the text width} from the fragments."""
    widths = {}
    for fragment in ROOT.glob("source/ch*/*/*.tex"):
        for match in INCLUDE.finditer(fragment.read_text(encoding="utf-8")):
            widths[match.group(2)] = float(match.group(1) or 1)
    return widths


def printed_text_sizes(script, widths):
    """(scale, [printed size in pt of every visible text of the figure])."""
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    from booklet import figures
    from figures_src.common import style

    module = ".".join(script.relative_to(ROOT).with_suffix("").parts)
    with matplotlib.rc_context(figures.style()):
        figure = importlib.import_module(module).draw()
        figure.canvas.draw()
        scale = widths[script.stem] * style.TEXTWIDTH_IN / figure.get_figwidth()
        sizes = [t.get_fontsize() * scale for t in figure.findobj(Text)
                 if t.get_visible() and t.get_text().strip()]
        plt.close(figure)
    return scale, sizes


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_figure_text_prints_at_6pt_or_more(script):
    """Does every text of the figure print at 6 pt or more (and at most 10 pt), and is the
    figure drawn at the width it prints at?"""
    widths = printed_widths()
    assert script.stem in widths, f"{script.stem} is included by no fragment"
    scale, sizes = printed_text_sizes(script, widths)
    assert sizes, "the figure has no text"
    small = sorted({round(s, 1) for s in sizes if s < 6.0})
    assert not small, f"{script.stem}: text prints at {small} pt (under 6 pt)"
    assert max(sizes) <= 10.0, f"{script.stem}: text prints at {max(sizes):.1f} pt"
    assert abs(scale - 1) < 0.02, f"{script.stem}: drawn at {1 / scale:.2f} x its printed width"


def test_figure_scripts_use_the_one_style():
    """Does every figure script take its size from figures_src/common/style.py?"""
    for script in SCRIPTS:
        text = script.read_text(encoding="utf-8")
        assert "from figures_src.common import style" in text, script.name
        assert not re.search(r"figsize=\(", text), f"{script.name}: figsize typed by hand"


LOG = """\
This is pdfTeX
(./booklet.tex (../fragments/ch01/1.1/problem.tex) (../fragments/ch01/1.1/answer.tex
Overfull \\hbox (5.5pt too wide) detected at line 2
[]\\OT1/cmr/m/n/10 (x) ((
 []

Overfull \\hbox (0.5pt too wide) in paragraph at lines 3--3
[]\\OT1/cmr/m/n/10 y
 []

) [1] (./errata.tex)
Overfull \\hbox (12.0pt too wide) in paragraph at lines 7--8
[]\\OT1/cmr/m/n/10 z
 []

)
"""


def test_overfull_lines_name_the_source_fragment_and_line(tmp_path):
    """Is an overfull line over 1 pt reported as source/chNN/<id>/<file>:LINE, with its
    width, and one under 1 pt let through?"""
    rendered = tmp_path / "build" / "fragments" / "ch01" / "1.1" / "answer.tex"
    rendered.parent.mkdir(parents=True)
    rendered.write_text("first %@1\n\\[ x \\] %@4\nthird %@5\n")
    source = tmp_path / "source" / "ch01" / "1.1" / "answer.tex"
    source.parent.mkdir(parents=True)
    source.write_text("first\n\n\n\\[ x \\]\nthird\n")
    found = pdf.overfull_lines(LOG)
    assert [(p, n.split("/")[-1] if n else None, line) for p, n, line in found] == \
        [(5.5, "answer.tex", 2), (0.5, "answer.tex", 3), (12.0, "answer.tex", 7)]
    messages = pdf.overfull(tmp_path, tmp_path / "build" / "student", LOG)
    assert messages[0] == "source/ch01/1.1/answer.tex:4: overfull line, 5.5 pt too wide"
    assert len(messages) == 2


def test_long_errata_formula_is_displayed_and_split():
    """Is a formula too long for a line displayed, with a split form whose lines each fit?"""
    formula = (r"L = \sum_{i=1}^{I} \left(-\kappa\cos[y_i - \mathrm{f}[\mathbf{x}_i,\bm{\phi}]]"
               r" + \log[2\pi\,\mathrm{Bessel}_0[\kappa]]\right)")
    text = errata.layout_text(f"${formula}$.")
    assert text.startswith(r"\erratummath{")
    lines = errata.split_formula(formula).split("\\\\\n")
    assert len(lines) >= 2
    assert lines[0].rstrip().endswith(r"\right.") and lines[1].startswith(r"\left.")
    assert r"\url{https://example.org/a/b.html}" in errata.layout_text("See https://example.org/a/b.html.")


def _words(pdf_path):
    """(page, page width, xMin, xMax, word) of every word of a PDF (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True,
                          text=True, check=True).stdout
    page, width = 0, 0.0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
            width = float(re.search(r'width="([\d.]+)"', line).group(1))
        match = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*)</word>', line)
        if match:
            yield page, width, float(match.group(1)), float(match.group(2)), match.group(3)


@pytest.mark.slow
@pytest.mark.parametrize("edition", ["student", "instructor"])
def test_no_text_outside_the_text_block(edition):
    """Does every word of the built edition lie inside the text block (34pc, centred)?"""
    built = ROOT / "build" / f"{edition}.pdf"
    if not built.is_file():
        pytest.skip(f"{built} is not built")
    block = 34 * 12 * 72 / 72.27   # the text width in PDF points
    slack = 3.5                    # microtype lets punctuation protrude up to about 3 pt
    outside = []
    for page, width, left, right, word in _words(built):
        margin = (width - block) / 2
        if left < margin - slack or right > width - margin + slack:
            outside.append(f"page {page}: {word!r} at {left:.0f}-{right:.0f} pt")
    assert not outside, "\n".join(outside[:20])
