"""Stage 3: fill a fragment's Jinja2 placeholders with its problem's values.

Delimiters are LaTeX-safe: \\VAR{name|filter}, \\BLOCK{for x in xs} ... \\BLOCK{endfor},
comments \\#{...}. Unknown names are errors (StrictUndefined) naming file and line.
"""
import re
import traceback
from pathlib import Path

from booklet import BuildError, sources, write_atomic
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
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty")


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


def placeholders(text):
    """The value names a fragment's text uses."""
    from jinja2 import meta

    return meta.find_undeclared_variables(environment(".").parse(text))


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


def render(root, fragment, values):
    """Render source fragment (path relative to root) with a dict of JSON values."""
    import jinja2

    root = Path(root)
    text = mark_lines(read_source(root / fragment, fragment))
    filename = str(root / fragment)
    try:
        template = environment(root).from_string(text)
        template.filename = filename
        rendered = template.render({k: wrap(v) for k, v in values.items()})
    except jinja2.TemplateSyntaxError as err:
        raise BuildError(f"{fragment}:{err.lineno}: {err.message}") from None
    except Exception as err:
        line = _template_line(err, filename)
        raise BuildError(f"{fragment}:{line}: {type(err).__name__}: {err}") from None
    problem = unbalanced(rendered)
    if problem:
        raise BuildError(f"{fragment}:{problem[0]}: {problem[1]}")
    return rendered


def _template_line(err, filename=None):
    """Line of the template being rendered where an exception was raised."""
    line = 1
    for frame, lineno in traceback.walk_tb(err.__traceback__):
        if frame.f_code.co_filename in ("<template>", filename):
            line = lineno
    return line


def read_source(path, name=None):
    """A source file's text; bytes that are not UTF-8 are an error naming their line."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise BuildError(f"{name or path}:{line}: byte {data[err.start]:#04x} is not UTF-8; "
                         "save the file as UTF-8") from None


def render_to_file(root, fragment, values_paths, target, figure_names=None):
    """Render one fragment into build/fragments/ with its values files; every figure it
    includes must have a script (figure_names)."""
    text = render(root, fragment, values_stage.load(values_paths))
    if figure_names is not None:
        for number, line in enumerate(read_source(Path(root) / fragment).splitlines(), 1):
            for name in sources.FIGURE_REF.findall(line):
                if name not in figure_names:
                    raise BuildError(f"{fragment}:{number}: figure '{name}' has no script "
                                     f"figures_src/chNN/{name}.py")
    write_atomic(target, text)


MARK = re.compile(r" %@(\d+)$")
BLOCK_AT_END = re.compile(r"\\(?:BLOCK|#)\{[^{}]*\}\s*$")
VERBATIM = re.compile(r"\\(begin|end)\{verbatim\*?\}")


def mark_lines(source_text):
    r"""Append ` %@<n>` (a LaTeX comment) to source line n, so that every rendered line can
    be traced to the source line that made it. Blank lines (paragraph breaks), lines that end
    in a \BLOCK tag (Jinja removes their newline) and verbatim text are left alone."""
    out, verbatim = [], False
    for number, line in enumerate(source_text.split("\n"), 1):
        starts_inside = verbatim
        for match in VERBATIM.finditer(line):
            verbatim = match.group(1) == "begin"
        if line.strip() and not verbatim and not starts_inside and not BLOCK_AT_END.search(line):
            line = f"{line} %@{number}"
        out.append(line)
    return "\n".join(out)


def source_line(rendered_text, rendered_line):
    r"""Line of the source fragment that produced a line of the rendered fragment: the
    marker at the end of that line, or of the next marked line (a \VAR that printed
    several lines, a loop's body)."""
    lines = rendered_text.splitlines()
    for text in lines[max(rendered_line, 1) - 1:]:
        match = MARK.search(text)
        if match:
            return int(match.group(1))
    return max(rendered_line, 1)


def unbalanced(rendered_text):
    r"""(source line, message) of the first unbalanced brace or environment, or None:
    an unclosed `{\bfseries` or `\emph{` would otherwise run on into the next fragment."""
    stack = []
    lines = rendered_text.split("\n")
    verbatim = False
    for index, raw in enumerate(lines, 1):
        text = re.sub(r"(?<!\\)%.*", "", raw)
        for match in re.finditer(r"\\begin\{verbatim\*?\}|\\end\{verbatim\*?\}|\\\\|\\[{}]|"
                                 r"\\(begin|end)\{([^}]*)\}|[{}]", text):
            token = match.group(0)
            if token.startswith(r"\begin{verbatim"):
                verbatim = True
            elif token.startswith(r"\end{verbatim"):
                verbatim = False
            elif verbatim or token in ("\\\\", r"\{", r"\}"):
                continue
            elif token == "{" or match.group(1) == "begin":
                stack.append((token if token == "{" else match.group(2), index))
            else:
                want = "{" if token == "}" else match.group(2)
                if not stack or stack[-1][0] != want:
                    what = "'}'" if token == "}" else rf"\end{{{want}}}"
                    return source_line(rendered_text, index), f"{what} closes nothing that is open"
                stack.pop()
    if stack:
        opened, index = stack[-1]
        what = "'{'" if opened == "{" else rf"\begin{{{opened}}}"
        return source_line(rendered_text, index), f"{what} is never closed in this fragment"
    return None
