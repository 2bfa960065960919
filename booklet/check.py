"""Author feedback without TeX: `doit check` lists every problem as `file:line: message`.

Numerals rule: an answer may not type a number that a solution should compute. Digits are
allowed in labels and references (\\label, \\ref, \\hyperref, \\includegraphics and other
command arguments in [...] or of reference commands), in indices and exponents (after _ or ^),
after the words figure, equation, problem, section, chapter, table, notebook, appendix
(singular or plural), in LaTeX lengths (0.8\\textwidth, \\arraystretch), years in text
(a citation's 2012), and the constants 0, 1 and 2 inside math (as in \\frac{1}{2}, 2\\pi, 1-y).
Everything else, e.g. "= 18", "0.5" or "7776", must come from a placeholder.
"""
import json
import re
from pathlib import Path

from booklet import BuildError, errata, sources
from booklet.layout import Layout
from booklet.render import placeholders

REFERENCE_WORDS = r"(?:figures?|equations?|eqs?\.|problems?|sections?|chapters?|tables?|notebooks?|appendix|appendices|algorithms?)"
PLACEHOLDER = re.compile(r"\\(?:VAR|BLOCK|#)\{(?:[^{}]|\{[^{}]*\})*\}")
REF_COMMANDS = re.compile(r"\\(?:label|ref|eqref|cref|Cref|pageref|hyperref|hyperlink|hypertarget|"
                          r"includegraphics|url|href|input|begin|end|setcounter|vspace|hspace|"
                          r"renewcommand\{\\arraystretch\}|setlength\{\\[a-z]+\}|cite[pt]?)"
                          r"\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})?")
INDEX = re.compile(r"[_^](?:\{[^{}]*\}|\\?[A-Za-z]+|\d)")
LENGTH = re.compile(r"-?\d*\.?\d+\s*(?:\\(?:text|line|column)width|\\(?:text|paper)height|pt|em|ex|cm|mm)\b")
REFERENCE = re.compile(REFERENCE_WORDS + r"[~\s]+\d+(?:\.\d+)*(?:(?:\s*(?:,|and|or|--|-|to)\s*|[a-z]?)\d+(?:\.\d+)*)*[a-z]?", re.I)
NUMBER = re.compile(r"(?<![A-Za-z\\])\d+(?:\.\d+)?")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
MATH = re.compile(r"\$\$.*?\$\$|\$.*?\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(align|equation|gather|multline)\*?\}.*?\\end\{\1\*?\}", re.S)
REF_USE = re.compile(r"\\(?:ref|eqref|cref|Cref|pageref|autoref)\{([^}]+)\}|\\hyperref\[([^\]]+)\]|\\hyperlink\{([^}]+)\}")
LABEL = re.compile(r"\\label\{([^}]+)\}|\\hypertarget\{([^}]+)\}")


def _blank(text, pattern):
    """Replace matches by spaces of the same length, keeping line numbers and columns."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def hand_typed_numerals(text):
    """(line, numeral) for every number typed in a fragment that the rule does not allow."""
    text = _blank(re.sub(r"(?<!\\)%[^\n]*", "", text), PLACEHOLDER)
    math_spans = [m.span() for m in MATH.finditer(text)]
    for pattern in (REF_COMMANDS, LENGTH, REFERENCE, INDEX):
        text = _blank(text, pattern)
    found = []
    for match in NUMBER.finditer(text):
        in_math = any(a <= match.start() < b for a, b in math_spans)
        if in_math and match.group(0) in ("0", "1", "2"):
            continue
        if not in_math and YEAR.fullmatch(match.group(0)):
            continue
        found.append((text.count("\n", 0, match.start()) + 1, match.group(0)))
    return found


def errata_problems(root):
    """Errata notes are LaTeX text: formulas belong inside $...$."""
    path = Path(root) / "source" / "errata.toml"
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        field = re.match(r'\s*(printed|correct|reason)\s*=\s*"(.*)"\s*$', line)
        if field:
            outside = re.sub(r"\$[^$]*\$", "", field.group(2).replace("\\\\", "\\"))
            if re.search(r"[\\^_]", outside):
                found.append(f"{path}:{number}: {field.group(1)}: put formulas inside $...$")
    return found


def _stored(layout, problem, function):
    path = layout.values(problem, function)
    return json.loads(path.read_text()) if path.is_file() else {}


def _line_of(text, needle):
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return 1


def run_checks(root):
    """Every problem found in the source tree, as `file:line: message` strings."""
    root = Path(root)
    try:
        booklet = sources.load(root)
    except BuildError as err:
        return [str(err)]
    problems, layout = [], Layout.of(root)
    listed = {p.folder for p in booklet.problems()}
    for folder in sorted(p for p in (root / "source").glob("ch*/*") if p.is_dir()):
        if folder not in listed:
            problems.append(f"{folder}: folder is not listed in {folder.parent / 'chapter.toml'}")
    scripts, used_figures, used_modules = sources.figure_scripts(root), set(), set()
    for script in list(scripts.values()) + [p.solution for p in booklet.problems() if p.solution]:
        used_modules.update(sources.module_files(script, root)[1:])
    labels = {name: set() for name in booklet.editions}
    refs = {name: [] for name in booklet.editions}
    for problem in booklet.problems():
        data, instructor_data = (_stored(layout, problem, f) for f in sources.SOLVE_FUNCTIONS)
        used_names, public_names = set(), set()
        for kind in problem.kinds:
            path, name = problem.path(kind), kind.file
            text = path.read_text(encoding="utf-8")
            try:
                names = placeholders(text)
            except Exception as err:  # jinja2.TemplateSyntaxError
                problems.append(f"{path}:{getattr(err, 'lineno', 1)}: {err}")
                continue
            used_names |= names
            if kind.public:
                public_names |= names
            available = set(data) | (set(instructor_data) if "solve_instructor" in kind.reads else set())
            for missing in sorted(names - available):
                problems.append(f"{path}:{_line_of(text, missing)}: placeholder '{missing}' "
                                f"has no value{'' if problem.solution else ' (no solution script)'}")
            if not kind.statement:
                for line, numeral in hand_typed_numerals(text):
                    problems.append(f"{path}:{line}: numeral '{numeral}' typed by hand; "
                                    "compute it in the solution and use a placeholder")
            figures = sources.figures_used(path)
            used_figures.update(figures)
            for figure in figures:
                if figure not in scripts:
                    problems.append(f"{path}:{_line_of(text, figure)}: figure '{figure}' "
                                    f"has no script figures_src/ch*/{figure}.py")
            for edition_name, edition in booklet.editions.items():
                if edition.prints(kind):
                    labels[edition_name].add(f"{kind.label}:{problem.id}")
                    labels[edition_name].update(a or b for a, b in LABEL.findall(text))
                    refs[edition_name] += [(path, _line_of(text, "".join(r)), "".join(r))
                                           for r in REF_USE.findall(text)]
        private = [k.file for k in problem.kinds if not k.public]
        if public_names and private:  # the public editions run solve(): it must hold no more
            for name in sorted((used_names - public_names) & set(data)):
                problems.append(f"{problem.solution}:1: value '{name}' is printed only by "
                                f"{' and '.join(private)}; return it from solve_instructor()")
        if problem.solution:
            for unused in sorted((set(data) | set(instructor_data)) - used_names):
                problems.append(f"{problem.solution}:1: value '{unused}' is used by no fragment")
            if not used_names and problem.solution not in used_modules:
                problems.append(f"{problem.solution}:1: solution is used by no fragment or figure")
        answers = [k for k in problem.kinds if not k.statement]
        if not answers:
            problems.append(f"{problem.path(booklet.kinds[0])}:1: problem {problem.id} has no "
                            "answer in the instructor edition")
    for edition_name, found in refs.items():
        for path, line, target in found:
            if target not in labels[edition_name]:
                problems.append(f"{path}:{line}: reference '{target}' does not resolve in the "
                                f"{edition_name} edition")
    problems += errata_problems(root)
    try:
        errata.notes(root, booklet.version, booklet)
    except BuildError as err:
        problems.append(str(err))
    problems += [f"{script}:1: figure '{name}' is used by no fragment"
                 for name, script in scripts.items() if name not in used_figures]
    modules = {p.solution for p in booklet.problems() if p.solution}
    problems += [f"{path}:1: solution of no listed problem"
                 for path in sorted((root / "solutions").glob("ch*/p*.py"))
                 if path not in modules and path not in used_modules]
    prefix = f"{root}/" if str(root) != "." else ""
    return [line.replace(prefix, "") if prefix else line for line in problems]


def check_task(root):
    """`doit check`: print every finding; fail when there is one."""
    found = run_checks(root)
    for line in found:
        print(line)
    if found:
        raise BuildError(f"check: {len(found)} problem(s) in the sources")
    print("check: no problems found")
