"""Author feedback without TeX: `doit check` lists every problem as `file:line: message`.

Numerals rule: an answer may not type a number that a solution should compute. Digits are
allowed in labels and references (\\label, \\ref, \\hyperref, \\includegraphics and other
command arguments in [...] or of reference commands), in indices and exponents (after _ or ^),
after the words figure, equation, problem, section, chapter, table, notebook, appendix
(singular or plural), in LaTeX lengths (0.8\\textwidth, \\arraystretch), dimensions (1D, 2D),
years in text (a citation's 2012), and the constants 0, 1 and 2 inside math (as in \\frac{1}{2},
2\\pi, 1-y, x = 0), except 2 as the result of an equation ($y = 2$). Everything else, e.g.
"= 18", "0.5" or "7776", must come from a placeholder, in every fragment kind; comments
(% and \\#{...}) and the arguments of \\VAR and \\BLOCK tags do not count.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

from booklet import BuildError, errata, sources
from booklet.layout import Layout
from booklet.render import placeholders, read_source

REFERENCE_WORDS = r"(?:figures?|equations?|eqs?\.|problems?|sections?|chapters?|tables?|notebooks?|appendix|appendices|algorithms?)"
REF_COMMANDS = re.compile(r"\\(?:label|ref|eqref|cref|Cref|pageref|hyperref|hyperlink|hypertarget|"
                          r"includegraphics|url|href|input|begin|end|setcounter|vspace|hspace|"
                          r"renewcommand\{\\arraystretch\}|setlength\{\\[a-z]+\}|cite[pt]?)"
                          r"\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})?")
INDEX = re.compile(r"[_^](?:\{[^{}]*\}|\\?[A-Za-z]+|\d)")
DIMENSION = re.compile(r"\b\d+D\b")
LENGTH = re.compile(r"-?\d*\.?\d+\s*(?:\\(?:text|line|column)width|\\(?:text|paper)height|pt|em|ex|cm|mm)\b")
REFERENCE = re.compile(REFERENCE_WORDS + r"[~\s]+\d+(?:\.\d+)*(?:(?:\s*(?:,|and|or|--|-|to)\s*|[a-z]?)\d+(?:\.\d+)*)*[a-z]?", re.I)
NUMBER = re.compile(r"(?<![A-Za-z\\])\d+(?:\.\d+)?")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MATH = re.compile(r"\$\$.*?\$\$|\$.*?\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(align|equation|gather|multline)\*?\}.*?\\end\{\1\*?\}", re.S)
REF_USE = re.compile(r"\\(?:ref|eqref|cref|Cref|pageref|autoref)\{([^}]+)\}|\\hyperref\[([^\]]+)\]|\\hyperlink\{([^}]+)\}")
LABEL = re.compile(r"\\label\{([^}]+)\}|\\hypertarget\{([^}]+)\}")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in the sources, at the place the author must edit."""
    path: str
    line: int
    column: int
    message: str

    def __str__(self):
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


def _position(text, offset):
    """(line, column) of a character offset, both counted from 1."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _first(text, needle):
    offset = text.find(needle)
    return _position(text, max(offset, 0))


def _blank(text, spans):
    """Replace the characters of each (start, end) span by spaces, keeping newlines."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


TAG_START = re.compile(r"\\(?:VAR|BLOCK|#)\{")


def template_spans(text):
    r"""(start, end) of every \VAR{...}, \BLOCK{...} and \#{...} tag; quotes and braces
    inside a filter's arguments (series("$\\{%s\\}$")) do not end a tag."""
    spans, cursor = [], 0
    while (match := TAG_START.search(text, cursor)):
        i, depth, quote = match.end(), 0, None
        comment = match.group(0) == r"\#{"
        while i < len(text):
            c = text[i]
            if quote:
                if c == "\\":
                    i += 1
                elif c == quote:
                    quote = None
            elif c in "'\"" and not comment:
                quote = c
            elif c == "{":
                depth += 1
            elif c == "}":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        spans.append((match.start(), i + 1))
        cursor = i + 1
    return spans


def hand_typed_numerals(text):
    """(offset, numeral) for every number typed in a fragment that the rule does not allow."""
    text = _blank(text, template_spans(text))
    text = re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text)
    math_spans = [m.span() for m in MATH.finditer(text)]
    for pattern in (REF_COMMANDS, LENGTH, DIMENSION, REFERENCE, INDEX):
        text = _blank(text, [m.span() for m in pattern.finditer(text)])
    found = []
    for match in NUMBER.finditer(text):
        span = next(((a, b) for a, b in math_spans if a <= match.start() < b), None)
        if span and match.group(0) in ("0", "1") or span and match.group(0) == "2" and \
                not RESULT.match(text, *_result_window(text, span, match)):
            continue
        if not span and YEAR.fullmatch(match.group(0)):
            continue
        found.append((match.start(), match.group(0)))
    return found


RESULT = re.compile(r"=\s*\d+(?:\.\d+)?\s*[.,;]?\s*$")


def _result_window(text, span, match):
    """The stretch from the last `=` before a numeral to the end of its math: a small
    constant there is a typed result ($y = 2$), not a constant of a formula."""
    equals = text.rfind("=", span[0], match.start())
    return (equals if equals >= 0 else match.start(), span[1] - (2 if text[span[1] - 2:span[1]] in ("$$", r"\]", r"\)") else 1))


def _stored(layout, problem, function):
    path = layout.values(problem, function)
    return json.loads(path.read_text()) if path.is_file() else {}


class Sources:
    """What the rules read: the booklet, each fragment's text, the stored values."""

    def __init__(self, root):
        self.root = Path(root)
        self.booklet = sources.load(self.root)
        layout = Layout.of(self.root)
        self.values = {(p.id, f): _stored(layout, p, f) for p in self.booklet.problems()
                       for f in sources.SOLVE_FUNCTIONS}
        self.fragments = [(p, k, read_source(p.path(k))) for p in self.booklet.problems()
                          for k in p.kinds]
        self.names = {}
        for problem, kind, text in self.fragments:
            self.names[(problem.id, kind.name)] = placeholders(text)
        self.scripts = sources.figure_scripts(self.root)
        self.imported = set()
        for script in list(self.scripts.values()) + [p.solution for p in self.booklet.problems()
                                                      if p.solution]:
            self.imported.update(sources.module_files(script, self.root)[1:])

    def rel(self, path):
        return Path(path).resolve().relative_to(self.root.resolve()).as_posix()


def rule_placeholders(src):
    """A placeholder that no value feeds."""
    for problem, kind, text in src.fragments:
        available = set(src.values[(problem.id, "solve")])
        if "solve_instructor" in kind.reads:
            available |= set(src.values[(problem.id, "solve_instructor")])
        for name in sorted(src.names[(problem.id, kind.name)] - available):
            yield Finding(src.rel(problem.path(kind)), *_first(text, name),
                          f"placeholder '{name}' has no value"
                          + ("" if problem.solution else " (no solution script)"))


def rule_numerals(src):
    """A numeral typed by hand in any fragment, comments and placeholders aside."""
    for problem, kind, text in src.fragments:
        for offset, numeral in hand_typed_numerals(text):
            yield Finding(src.rel(problem.path(kind)), *_position(text, offset),
                          f"numeral '{numeral}' typed by hand; compute it in the solution and "
                          "use a placeholder")


def rule_figures(src):
    """A figure included without a script, and a script no fragment includes."""
    used = set()
    for problem, kind, text in src.fragments:
        for figure in sources.FIGURE_REF.findall(text):
            used.add(figure)
            if figure not in src.scripts:
                yield Finding(src.rel(problem.path(kind)), *_first(text, figure),
                              f"figure '{figure}' has no script figures_src/chNN/{figure}.py")
    for name, script in src.scripts.items():
        if name not in used:
            yield Finding(src.rel(script), 1, 1, f"figure '{name}' is used by no fragment")


def rule_references(src):
    """A reference that does not resolve in an edition that prints it."""
    for name, edition in src.booklet.editions.items():
        labels, uses = set(), []
        for problem, kind, text in src.fragments:
            if edition.prints(kind):
                labels.add(f"{kind.label}:{problem.id}")
                labels.update(a or b for a, b in LABEL.findall(text))
                uses += [(problem.path(kind), text, m) for m in REF_USE.finditer(text)]
        for path, text, match in uses:
            target = next(g for g in match.groups() if g)
            if target not in labels:
                yield Finding(src.rel(path), *_position(text, match.start()),
                              f"reference '{target}' does not resolve in the {name} edition")


def rule_values(src):
    """Values nothing prints, solutions nothing uses, and instructor-only values returned
    by a solve() that the public editions run."""
    for problem in src.booklet.problems():
        if not problem.solution:
            continue
        solution = src.rel(problem.solution)
        data = src.values[(problem.id, "solve")]
        used = set().union(*(src.names[(problem.id, k.name)] for k in problem.kinds))
        public = set().union(*(src.names[(problem.id, k.name)] for k in problem.kinds if k.public))
        private = [k.file for k in problem.kinds if not k.public]
        if public and private:
            for name in sorted((used - public) & set(data)):
                yield Finding(solution, 1, 1, f"value '{name}' is printed only by "
                              f"{' and '.join(private)}; return it from solve_instructor()")
        for name in sorted((set(data) | set(src.values[(problem.id, "solve_instructor")])) - used):
            yield Finding(solution, 1, 1, f"value '{name}' is used by no fragment")
        if not used and problem.solution not in src.imported:
            yield Finding(solution, 1, 1, "solution is used by no fragment or figure")
    modules = {p.solution for p in src.booklet.problems() if p.solution}
    for path in sorted((src.root / "solutions").glob("ch*/p*.py")):
        if path not in modules and path not in src.imported:
            yield Finding(src.rel(path), 1, 1, "solution of no listed problem")


def rule_answers(src):
    """A problem with no answer in any edition."""
    for problem in src.booklet.problems():
        if all(k.statement for k in problem.kinds):
            yield Finding(src.rel(problem.path(problem.kinds[0])), 1, 1,
                          f"problem {problem.id} has no answer")


def rule_folders(src):
    """A problem folder that no chapter.toml lists."""
    listed = {p.folder.resolve() for p in src.booklet.problems()}
    for folder in sorted(p for p in (src.root / "source").glob("ch*/*") if p.is_dir()):
        if folder.resolve() not in listed:
            yield Finding(src.rel(folder), 1, 1, f"folder is not listed in {src.rel(folder.parent)}/chapter.toml")


def rule_errata(src):
    """Errata notes: a known problem each, formulas inside $...$."""
    path = src.root / "source" / "errata.toml"
    try:
        errata.notes(src.root, src.booklet.version, src.booklet)
    except BuildError as err:
        yield _from_error(err)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        field = re.match(r'\s*(printed|correct|reason)\s*=\s*"(.*)"\s*$', line)
        if field:
            outside = re.sub(r"\$[^$]*\$", "", field.group(2).replace("\\\\", "\\"))
            if re.search(r"[\\^_]", outside):
                yield Finding("source/errata.toml", number, 1,
                              f"{field.group(1)}: put formulas inside $...$")


RULES = (rule_folders, rule_placeholders, rule_numerals, rule_figures, rule_references,
         rule_values, rule_answers, rule_errata)


def _from_error(err):
    match = re.match(r"([^:\s]+):(\d+):\s*(.*)", str(err), re.S)
    if match:
        return Finding(match.group(1), int(match.group(2)), 1, match.group(3))
    path, _, message = str(err).partition(": ")
    return Finding(path, 1, 1, message)


def run_checks(root):
    """Every finding of every rule, each once, in file order."""
    try:
        src = Sources(root)
    except BuildError as err:
        return [_from_error(err)]
    return sorted({finding for rule in RULES for finding in rule(src)})


def check_task(root):
    """`doit check`: print every finding; fail when there is one."""
    found = run_checks(root)
    for finding in found:
        print(finding)
    if found:
        raise BuildError(f"check: {len(found)} problem(s) in the sources")
    print("check: no problems found")
