"""Stage 1: read the source tree (booklet.toml, chapter.toml, problem folders).

Everything here is cheap (tomllib, re) because dodo.py calls it at import time.
What a fragment kind is (its file name, label, heading, the values it reads) is data:
the [kinds] table of source/booklet.toml. Editions select kinds; a kind is public when a
public edition prints it.
"""
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from booklet import BuildError

FIGURE_REF = re.compile(r"\\includegraphics(?:\[[^\]]*\])?\{([^}]+)\}")
SOLVE_FUNCTIONS = ("solve", "solve_instructor")


@dataclass(frozen=True)
class Kind:
    """One kind of fragment: `problem.tex`, `answer.tex`, `answer.instructor.tex`, ..."""
    name: str
    file: str
    label: str
    heading: str
    reads: tuple[str, ...]   # the solution functions whose values it prints
    statement: bool          # the problem statement: run-in heading, in every edition
    public: bool             # printed by a public edition


@dataclass(frozen=True)
class Problem:
    id: str
    chapter: int
    folder: Path
    kinds: tuple[Kind, ...]   # the kinds whose files the folder has, in table order
    solution: Path | None

    @property
    def slug(self):
        """Path below source/ and build/fragments/, e.g. `ch03/3.18`."""
        return f"{self.folder.parent.name}/{self.id}"

    @functools.cached_property
    def functions(self):
        """The solve functions the solution module defines (solve, solve_instructor)."""
        if self.solution is None:
            return ()
        text = self.solution.read_text(encoding="utf-8")
        return tuple(f for f in SOLVE_FUNCTIONS if re.search(rf"^def {f}\(", text, re.M))

    def path(self, kind):
        return self.folder / kind.file

    def reads(self, kind):
        """The solve functions whose values a fragment of this kind reads: none when the
        fragment has no placeholders or the problem no solution. (Bytes that are not UTF-8
        are left for the render task to report at their line.)"""
        text = self.path(kind).read_text(encoding="utf-8", errors="replace")
        if "\\VAR{" not in text and "\\BLOCK{" not in text:
            return ()
        return tuple(f for f in kind.reads if f in self.functions)

    @property
    def module(self):
        """Import name of the solution module, e.g. `solutions.ch03.p3_18`."""
        return f"solutions.{self.folder.parent.name}.p{self.id.replace('.', '_')}"


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str
    note: str
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Edition:
    name: str
    title: str
    kinds: tuple[Kind, ...]
    mark: str
    public: bool

    def prints(self, kind):
        return kind in self.kinds


@dataclass(frozen=True)
class Booklet:
    root: Path
    title: str
    author: str
    version: str
    date: str
    editions: dict
    chapters: tuple[Chapter, ...]
    kinds: tuple[Kind, ...]
    settings: dict   # the [build] table: solution_timeout, ...
    publish_tests: tuple[str, ...] = ("tests",)

    def problems(self):
        return [p for c in self.chapters for p in c.problems]

    def problem(self, problem_id):
        for p in self.problems():
            if p.id == problem_id:
                return p
        raise BuildError(f"{problem_id}: no such problem in any source/ch*/chapter.toml "
                         "(give an id such as 3.18)")

    def kind(self, name):
        return next(k for k in self.kinds if k.name == name)

    @property
    def solution_timeout(self):
        return float(self.settings.get("solution_timeout", 120))


def read_toml(path, root):
    """Parse a TOML file; a syntax error names the file and line."""
    text = path.read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = re.search(r"line (\d+)", str(err))
        where = f"{path.relative_to(root)}:{line.group(1) if line else len(text.splitlines())}"
        raise BuildError(f"{where}: {err}") from None


def _require(table, key, kind, path, root):
    if key not in table:
        raise BuildError(f"{path.relative_to(root)}: missing key '{key}'")
    if not isinstance(table[key], kind):
        raise BuildError(f"{path.relative_to(root)}: key '{key}' must be {kind.__name__}")
    return table[key]


def _kinds(meta, path, root):
    """The [kinds] table: what each fragment kind is; public follows from the editions."""
    table = _require(meta, "kinds", dict, path, root)
    editions = _require(meta, "editions", dict, path, root)
    public = {k for e in editions.values() if e.get("public") for k in e.get("kinds", ())}
    kinds = []
    for name, entry in table.items():
        reads = tuple(entry.get("reads", ["solve"]))
        if set(reads) - set(SOLVE_FUNCTIONS):
            raise BuildError(f"{path.relative_to(root)}: kind '{name}' reads {list(reads)}; "
                             f"allowed: {list(SOLVE_FUNCTIONS)}")
        kind = Kind(name, _require(entry, "file", str, path, root), entry.get("label", name),
                    entry.get("heading", name.capitalize()), reads, bool(entry.get("statement")),
                    name in public)
        if kind.public and "solve_instructor" in reads:
            raise BuildError(f"{path.relative_to(root)}: kind '{name}' reads solve_instructor() "
                             "but a public edition prints it")
        kinds.append(kind)
    if [k.statement for k in kinds].count(True) != 1:
        raise BuildError(f"{path.relative_to(root)}: exactly one kind must have statement = true")
    return tuple(kinds)


def load(root):
    """Read the whole source tree into a Booklet; raise BuildError on bad input."""
    root = Path(root)
    path = root / "source" / "booklet.toml"
    meta = read_toml(path, root)
    kinds = _kinds(meta, path, root)
    by_name = {k.name: k for k in kinds}
    editions = {}
    for name, table in sorted(_require(meta, "editions", dict, path, root).items()):
        chosen = table.get("kinds", [])
        unknown = sorted(set(chosen) - set(by_name))
        statement = next(k.name for k in kinds if k.statement)
        if unknown or statement not in chosen:
            raise BuildError(f"{path.relative_to(root)}: edition '{name}' has kinds {chosen}; "
                             f"it must list '{statement}' and only kinds of {list(by_name)}")
        editions[name] = Edition(name, table.get("title", meta.get("title", "")),
                                 tuple(k for k in kinds if k.name in chosen),
                                 table.get("mark", ""), bool(table.get("public")))
    version = str(_require(meta, "version", str, path, root))
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        raise BuildError(f"{path.relative_to(root)}:{_line(path, 'version')}: version "
                         f"'{version}' must be numbers separated by dots, e.g. 1.2")
    date = str(_require(meta, "date", str, path, root))
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or not _valid_date(date):
        raise BuildError(f"{path.relative_to(root)}:{_line(path, 'date')}: date '{date}' "
                         "must be a real day written YYYY-MM-DD")
    chapters = [_load_chapter(p, root, kinds)
                for p in sorted((root / "source").glob("ch*/chapter.toml"))]
    seen = {}
    for chapter in chapters:
        for problem in chapter.problems:
            if problem.id in seen:
                raise BuildError(f"source/{problem.slug}: problem {problem.id} is listed twice "
                                 f"(also in {seen[problem.id]})")
            seen[problem.id] = f"source/{problem.folder.parent.name}/chapter.toml"
    return Booklet(root, _require(meta, "title", str, path, root),
                   _require(meta, "author", str, path, root), version, date,
                   editions, tuple(sorted(chapters, key=lambda c: c.number)), kinds,
                   meta.get("build", {}),
                   tuple(meta.get("publish", {}).get("tests", ["tests"])))


def _line(path, key):
    """Line of `key = ...` in a TOML file (for error messages)."""
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", text):
            return number
    return 1


def _valid_date(text):
    from datetime import date
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _load_chapter(path, root, kinds):
    table = read_toml(path, root)
    number = _require(table, "number", int, path, root)
    folder = path.parent
    if folder.name != f"ch{number:02d}":
        raise BuildError(f"{path.relative_to(root)}: number {number} does not match folder {folder.name}")
    problems = []
    for problem_id in _require(table, "problems", list, path, root):
        problems.append(_load_problem(str(problem_id), number, folder, path, root, kinds))
    return Chapter(number, _require(table, "title", str, path, root), table.get("note", ""),
                   tuple(problems))


def _load_problem(problem_id, number, chapter_folder, chapter_toml, root, kinds):
    if not re.fullmatch(rf"{number}\.\d+", problem_id):
        raise BuildError(f"{chapter_toml.relative_to(root)}: problem id '{problem_id}' "
                         f"is not of the form {number}.N")
    folder = chapter_folder / problem_id
    statement = next(k for k in kinds if k.statement)
    if not (folder / statement.file).is_file():
        raise BuildError(f"{(folder / statement.file).relative_to(root)}: missing "
                         f"(problem {problem_id} is listed in {chapter_toml.relative_to(root)})")
    solution = root / "solutions" / chapter_folder.name / f"p{problem_id.replace('.', '_')}.py"
    return Problem(problem_id, number, folder,
                   tuple(k for k in kinds if (folder / k.file).is_file()),
                   solution if solution.is_file() else None)


def figure_scripts(root):
    """Map figure name -> script path for every figures_src/chNN/fig_*.py (other modules,
    such as figures_src/common/, are shared code)."""
    return {p.stem: p for p in sorted(Path(root, "figures_src").glob("ch*/fig_*.py"))}


def figures_used(fragment_path):
    """Names of the figures a fragment includes with \\includegraphics."""
    text = Path(fragment_path).read_text(encoding="utf-8", errors="replace")
    return sorted(set(FIGURE_REF.findall(text)))


def problem_order(problem_id):
    """Sort key of a problem id: 3.9 before 3.18."""
    return tuple(int(part) for part in str(problem_id).split("."))


def edition_fragments(booklet, edition):
    """(problem, kind) pairs the edition prints, in booklet order."""
    return [(p, kind) for p in booklet.problems() for kind in p.kinds if edition.prints(kind)]


def public_fragments(booklet):
    """(problem, kind) pairs that some public edition prints."""
    return [(p, kind) for p in booklet.problems() for kind in p.kinds if kind.public]


PROJECT_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+((?:solutions|figures_src)(?:\.\w+)*)[ \t]+import[ \t]+"
                            r"(\([\w\s,]+\)|[\w \t,]+)|import[ \t]+((?:solutions|figures_src)(?:\.\w+)+))",
                            re.M)


@functools.lru_cache(maxsize=None)
def module_files(path, root):
    """The script and every project module it imports (solutions.*, figures_src.*), recursively.

    These are a solution's or figure's file_dep: editing a shared data module re-runs its users.
    A regular expression, not ast, reads the imports: dodo.py calls this for every script.
    """
    root = Path(root)
    found, todo = [], [Path(path)]
    while todo:
        current = todo.pop()
        if current in found or not current.is_file():
            continue
        found.append(current)
        for package, names, module in PROJECT_IMPORT.findall(current.read_text(encoding="utf-8")):
            candidates = [module] if module else \
                [package] + [f"{package}.{n.split()[0]}" for n in names.strip("()").split(",")
                             if n.strip()]
            todo += [root.joinpath(*name.split(".")).with_suffix(".py") for name in candidates]
    return sorted(found)
