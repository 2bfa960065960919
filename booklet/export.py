"""Public source export: the tree without instructor-only material.

Removed: every answer.instructor.tex; solutions, figure scripts and golden files that only
instructor answers use; solve_instructor() functions and their golden files; tests that
use any of these; instructor-only errata notes; editions that print instructor answers.
What remains builds the student edition byte-identically.
"""
import ast
import re
import shutil
from pathlib import Path

from booklet import BuildError, action, sources

TOP_LEVEL = ["dodo.py", "pyproject.toml", "README.md", "build.sh", "test.sh", ".gitignore",
             "booklet", "tools", "source", "solutions", "figures_src", "tests", "releases"]


def instructor_only(root):
    """Paths (relative to root) the public tree must not contain."""
    root = Path(root)
    booklet = sources.load(root)
    public = [(p, n) for p in booklet.problems() for n in p.fragments if n != "answer.instructor.tex"]
    scripts = sources.figure_scripts(root)
    public_figures = {f for p, n in public for f in sources.figures_used(p.folder / n)}
    needed = set()
    for problem, name in public:
        text = (problem.folder / name).read_text(encoding="utf-8")
        if problem.solution and ("\\VAR{" in text or "\\BLOCK{" in text):
            needed.update(sources.module_files(problem.solution, root))
    for figure in public_figures:
        needed.update(sources.module_files(scripts[figure], root))
    removed = {p.folder / "answer.instructor.tex" for p in booklet.problems()
               if "answer.instructor.tex" in p.fragments}
    removed |= {path for path in (root / "solutions").rglob("*.py") if path not in needed}
    removed |= {path for name, path in scripts.items() if name not in public_figures}
    for problem in booklet.problems():
        golden = root / "tests" / "golden" / problem.folder.parent.name
        if problem.solution and problem.solution not in needed:
            removed.add(golden / f"{problem.id}.yml")
        removed.add(golden / f"{problem.id}.instructor.yml")
    return {path.relative_to(root) for path in removed}


def _module_name(path):
    return ".".join(Path(path).with_suffix("").parts)


def _strip_python(text, removed_modules, strip_function):
    """Drop imports of removed modules, `strip_function` definitions and code that uses them."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    drop, gone = set(), set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            kept = [a for a in node.names if f"{node.module}.{a.name}" not in removed_modules
                    and node.module not in removed_modules]
            gone |= {a.asname or a.name for a in node.names if a not in kept}
            if len(kept) < len(node.names):
                drop.update(range(node.lineno, node.end_lineno + 1))
                if kept:
                    names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
                    lines[node.lineno - 1] = f"from {node.module} import {names}\n"
                    drop.discard(node.lineno)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Assign, ast.Expr)):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | \
                    {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
            source = ast.get_source_segment(text, node) or ""
            if getattr(node, "name", None) == strip_function or names & gone or \
                    strip_function in names or "answer.instructor.tex" in source:
                start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
                drop.update(range(start, node.end_lineno + 1))
    kept = [line for number, line in enumerate(lines, 1) if number not in drop]
    return re.sub(r"\n{3,}(?=\S)", "\n\n\n", "".join(kept))


def _public_toml(text, table_pattern):
    """Remove TOML tables whose text matches a pattern (tables start at a `[` line)."""
    blocks = re.split(r"(?m)^(?=\[)", text)
    return "".join(b for b in blocks if not re.search(table_pattern, b))


def export_public(root, destination):
    """Write the public tree into destination (which must not exist or be empty)."""
    root, destination = Path(root).resolve(), Path(destination).resolve()
    if destination.exists() and any(destination.iterdir()):
        raise BuildError(f"export-public: {destination} exists and is not empty")
    booklet = sources.load(root)
    removed = instructor_only(root)
    removed_modules = {_module_name(p) for p in removed if p.suffix == ".py"}
    for name in TOP_LEVEL:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            destination.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    for path in removed:
        (destination / path).unlink(missing_ok=True)
    for path in list((destination / "solutions").rglob("*.py")) + list(
            (destination / "figures_src").rglob("*.py")) + list((destination / "tests").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        stripped = _strip_python(text, removed_modules, "solve_instructor")
        if stripped != text:
            path.write_text(stripped, encoding="utf-8")
    instructor_editions = [n for n, e in booklet.editions.items()
                           if "answer.instructor.tex" in e.fragments]
    toml = destination / "source" / "booklet.toml"
    toml.write_text(_public_toml(toml.read_text(), "|".join(
        rf"^\[editions\.{re.escape(n)}\]" for n in instructor_editions) or "$^"))
    errata = destination / "source" / "errata.toml"
    errata.write_text(_public_toml(errata.read_text(), r"(?m)^instructor\s*=\s*true"))
    return sorted(removed)


@action
def export_task(root, pos):
    """doit action: `doit export-public DIR`."""
    if len(pos) != 1:
        raise BuildError("export-public: give one destination folder, e.g. doit export-public ../public")
    removed = export_public(root, pos[0])
    print(f"export-public: wrote {pos[0]} without {len(removed)} instructor-only file(s)")
