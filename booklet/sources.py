"""Stage 1: read the source tree (booklet.toml, chapter.toml, problem folders).

Everything here is cheap (tomllib, ast, re) because dodo.py calls it at import time.
"""
import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from booklet import BuildError

FRAGMENT_NAMES = ("problem.tex", "answer.tex", "answer.instructor.tex")
LABEL_PREFIX = {"problem.tex": "problem", "answer.tex": "answer",
                "answer.instructor.tex": "instructor-answer"}
FIGURE_REF = re.compile(r"\\includegraphics(?:\[[^\]]*\])?\{([^}]+)\}")


@dataclass(frozen=True)
class Problem:
    id: str
    chapter: int
    folder: Path
    fragments: tuple[str, ...]
    solution: Path | None

    @property
    def slug(self):
        """Path below source/ and build/fragments/, e.g. `ch03/3.18`."""
        return f"{self.folder.parent.name}/{self.id}"

    @property
    def has_instructor_values(self):
        """Whether the solution defines solve_instructor() (values the student never sees)."""
        return self.solution is not None and re.search(
            r"^def solve_instructor\(", self.solution.read_text(encoding="utf-8"), re.M) is not None

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
    fragments: tuple[str, ...]
    mark: str


@dataclass(frozen=True)
class Booklet:
    root: Path
    title: str
    author: str
    version: str
    date: str
    editions: dict
    chapters: tuple[Chapter, ...]
    publish_tests: tuple[str, ...] = ("tests",)

    def problems(self):
        return [p for c in self.chapters for p in c.problems]

    def problem(self, problem_id):
        for p in self.problems():
            if p.id == problem_id:
                return p
        raise BuildError(f"source/booklet.toml: no problem {problem_id!r} in any chapter")


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


def load(root):
    """Read the whole source tree into a Booklet; raise BuildError on bad input."""
    root = Path(root)
    path = root / "source" / "booklet.toml"
    meta = read_toml(path, root)
    editions = {}
    for name, table in sorted(_require(meta, "editions", dict, path, root).items()):
        fragments = tuple(table.get("fragments", ()))
        unknown = set(fragments) - set(FRAGMENT_NAMES)
        if unknown or "problem.tex" not in fragments:
            raise BuildError(f"{path.relative_to(root)}: edition '{name}' has bad fragments "
                             f"{sorted(unknown) or fragments}; allowed: {list(FRAGMENT_NAMES)}")
        editions[name] = Edition(name, table.get("title", meta.get("title", "")),
                                 fragments, table.get("mark", ""))
    chapters = [_load_chapter(p, root) for p in sorted((root / "source").glob("ch*/chapter.toml"))]
    seen = {}
    for chapter in chapters:
        for problem in chapter.problems:
            if problem.id in seen:
                raise BuildError(f"source/{problem.slug}: problem {problem.id} is listed twice "
                                 f"(also in {seen[problem.id]})")
            seen[problem.id] = f"source/{problem.folder.parent.name}/chapter.toml"
    return Booklet(root, _require(meta, "title", str, path, root),
                   _require(meta, "author", str, path, root),
                   str(_require(meta, "version", str, path, root)),
                   str(_require(meta, "date", str, path, root)),
                   editions, tuple(sorted(chapters, key=lambda c: c.number)),
                   tuple(meta.get("publish", {}).get("tests", ["tests"])))


def _load_chapter(path, root):
    table = read_toml(path, root)
    number = _require(table, "number", int, path, root)
    folder = path.parent
    if folder.name != f"ch{number:02d}":
        raise BuildError(f"{path.relative_to(root)}: number {number} does not match folder {folder.name}")
    problems = []
    for problem_id in _require(table, "problems", list, path, root):
        problems.append(_load_problem(str(problem_id), number, folder, path, root))
    return Chapter(number, _require(table, "title", str, path, root), table.get("note", ""),
                   tuple(problems))


def _load_problem(problem_id, number, chapter_folder, chapter_toml, root):
    if not re.fullmatch(rf"{number}\.\d+", problem_id):
        raise BuildError(f"{chapter_toml.relative_to(root)}: problem id '{problem_id}' "
                         f"is not of the form {number}.N")
    folder = chapter_folder / problem_id
    if not (folder / "problem.tex").is_file():
        raise BuildError(f"{(folder / 'problem.tex').relative_to(root)}: missing "
                         f"(problem {problem_id} is listed in {chapter_toml.relative_to(root)})")
    solution = root / "solutions" / chapter_folder.name / f"p{problem_id.replace('.', '_')}.py"
    return Problem(problem_id, number, folder,
                   tuple(n for n in FRAGMENT_NAMES if (folder / n).is_file()),
                   solution if solution.is_file() else None)


def figure_scripts(root):
    """Map figure name -> script path for every figures_src/chNN/fig_*.py (other modules,
    such as figures_src/common/, are shared code)."""
    return {p.stem: p for p in sorted(Path(root, "figures_src").glob("ch*/fig_*.py"))}


def figures_used(fragment_path):
    """Names of the figures a fragment includes with \\includegraphics."""
    return sorted(set(FIGURE_REF.findall(Path(fragment_path).read_text(encoding="utf-8"))))


def edition_fragments(booklet, edition):
    """(problem, fragment name) pairs the edition prints, in booklet order."""
    return [(p, name) for p in booklet.problems() for name in p.fragments
            if name in edition.fragments]


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
