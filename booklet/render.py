"""Stage 3: fill a fragment's Jinja2 placeholders with its problem's values.

Delimiters are LaTeX-safe: \\VAR{name|filter}, \\BLOCK{for x in xs} ... \\BLOCK{endfor},
comments \\#{...}. Unknown names are errors (StrictUndefined) naming file and line.
"""
import os
import re
import traceback
from pathlib import Path

from booklet import BuildError, action, write_atomic
from booklet import values as values_stage


class Sym(str):
    """A sympy result: prints as its LaTeX; `.sympy` keeps the parseable form."""

    def __new__(cls, data):
        obj = super().__new__(cls, data["latex"])
        obj.sympy = data["sympy"]
        return obj


class Matrix(list):
    """A numpy array: prints as a bmatrix of \\num{} entries."""

    def __str__(self):
        return bmatrix(self)


def wrap(value):
    """JSON value -> template object."""
    if isinstance(value, dict) and set(value) == {"latex", "sympy"}:
        return Sym(value)
    if isinstance(value, dict) and set(value) == {"array"}:
        return Matrix(wrap(v) for v in value["array"])
    if isinstance(value, dict):
        return {k: wrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [wrap(v) for v in value]
    return value


def _defined(value):
    """Raise the StrictUndefined error for a missing name passed to a filter."""
    import jinja2

    if isinstance(value, jinja2.Undefined):
        str(value)
    return value


def num(value, digits=None):
    """\\num{} of a number; `digits` rounds to that many significant digits."""
    _defined(value)
    if isinstance(value, Sym):
        return str(value)
    if isinstance(value, str):
        return rf"\num{{{value}}}"
    if digits is not None:
        text = f"{value:.{digits}g}"
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = repr(value)
    return rf"\num{{{text}}}"


def fixed(value, places):
    """\\num{} of a number with a fixed count of decimal places."""
    _defined(value)
    return rf"\num{{{value:.{places}f}}}"


def bmatrix(rows, digits=None):
    """A vector or matrix as `\\begin{bmatrix}...\\end{bmatrix}` (a vector is a column)."""
    rows = [r if isinstance(r, list) else [r] for r in _defined(rows)]
    body = r" \\ ".join(" & ".join(num(v, digits) for v in row) for row in rows)
    return rf"\begin{{bmatrix}} {body} \end{{bmatrix}}"


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")


def words(value):
    """A small count as a word (three); larger numbers as \\num{}."""
    _defined(value)
    if isinstance(value, int) and 0 <= value < len(NUMBER_WORDS):
        return NUMBER_WORDS[value]
    return num(value)


def series(items, pattern="%s", sep=", ", last=None):
    """Join a list for running text: each item formatted by the printf-style `pattern`
    (a list item fills several %s), separated by `sep`, the last pair by `last` (e.g. " and ")."""
    parts = [pattern % (tuple(i) if isinstance(i, (list, tuple)) else i) for i in _defined(items)]
    if last is None or len(parts) < 2:
        return sep.join(parts)
    return sep.join(parts[:-1]) + last + parts[-1]


def environment(root):
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)),
        block_start_string=r"\BLOCK{", block_end_string="}",
        variable_start_string=r"\VAR{", variable_end_string="}",
        comment_start_string=r"\#{", comment_end_string="}",
        undefined=jinja2.StrictUndefined, autoescape=False,
        trim_blocks=True, keep_trailing_newline=True)
    env.filters.update(num=num, fixed=fixed, bmatrix=bmatrix, words=words, series=series)
    return env


FIGURE = re.compile(r"(\\begin\{figure\*?\}(?:\[[^\]]*\])?)(.*?\\end\{figure\*?\})", re.S)
FIGURE_NAME = re.compile(r"\\includegraphics(?:\[[^\]]*\])?\{fig_(\d+)_(\d+)\}")


def number_figures(text):
    """Figure fig_<ch>_<k> is numbered <ch>.<k> in every edition, whatever figures precede it."""
    def fix(match):
        name = FIGURE_NAME.search(match.group(2))
        number = rf"\renewcommand{{\thefigure}}{{{name[1]}.{name[2]}}}" if name else ""
        return match.group(1) + number + match.group(2)
    return FIGURE.sub(fix, text)


def render(root, fragment, values):
    """Render source fragment (path relative to root) with a dict of JSON values."""
    import jinja2

    root = Path(root)
    try:
        template = environment(root).get_template(str(fragment))
        return number_figures(template.render({k: wrap(v) for k, v in values.items()}))
    except jinja2.TemplateSyntaxError as err:
        raise BuildError(f"{fragment}:{err.lineno}: {err.message}") from None
    except Exception as err:
        line = _template_line(err, os.path.abspath(root / fragment))
        raise BuildError(f"{fragment}:{line}: {type(err).__name__}: {err}") from None


def _template_line(err, filename):
    line = 1
    for frame, lineno in traceback.walk_tb(err.__traceback__):
        if os.path.abspath(frame.f_code.co_filename) == filename:
            line = lineno
    return line


@action
def render_to_file(root, fragment, values_paths, target):
    """doit action: render one fragment into build/fragments/ with its values files."""
    write_atomic(target, render(root, fragment, values_stage.load(values_paths)))


def source_line(source_text, rendered_text, rendered_line):
    """Line of the source fragment that produced a line of the rendered fragment.

    Without \\BLOCK loops the lines correspond one to one; otherwise the source line
    is found by the longest stretch of literal text the two lines share.
    """
    source = source_text.splitlines()
    rendered = rendered_text.splitlines()
    if r"\BLOCK{" not in source_text and len(source) == len(rendered):
        return rendered_line
    if not 0 < rendered_line <= len(rendered):
        return 1
    target = rendered[rendered_line - 1]
    best, best_len = rendered_line, 0
    for number, text in enumerate(source, 1):
        literal = max(text.split(r"\VAR{"), key=len).strip()
        if literal and literal in target and len(literal) > best_len:
            best, best_len = number, len(literal)
    return min(best, len(source))
