"""Public source export: exactly what the student edition reads, nothing derived from
instructor material.

Kept: the pipeline, the fragments of public kinds, the solution modules and figure scripts
that public fragments use (with solve_instructor(), unused definitions, docstrings and
comments removed, since they may state an instructor answer), the golden files of the
values solve() returns, the pipeline tests, the public part of each release manifest, the
notes that are not about instructor answers, and the public editions and kinds.
Left out: every non-public fragment, the solutions and figures only they use, the
per-chapter derivation tests (they check instructor answers), bench/ and docs/.
What remains builds the student edition byte-identically.
"""
import ast
import json
import re
import shutil
import tomllib
from pathlib import Path

from booklet import BuildError, manifest, sources, write_atomic
from booklet.figures import STYLE_SCRIPT
from booklet.layout import Layout

PIPELINE = ["dodo.py", "pyproject.toml", "README.md", "build.sh", "test.sh", ".gitignore",
            "booklet", "tools"]
PIPELINE_TESTS = ["tests/conftest.py", "tests/support.py", "tests/test_golden.py", "tests/pipeline",
                  "tests/fixtures"]


def public_files(root):
    """Paths (relative to root) of the public tree, before stripping."""
    root = Path(root)
    booklet = sources.load(root)
    public = sources.public_fragments(booklet)
    scripts = sources.figure_scripts(root)
    figures = {f for p, k in public for f in sources.figures_used(p.path(k))}
    code = set()
    for problem, kind in public:
        if problem.reads(kind):
            code.update(sources.module_files(problem.solution, root))
    for figure in figures:
        code.update(sources.module_files(scripts[figure], root))
    if figures:
        code.add(root / STYLE_SCRIPT)
    files = {p.path(k) for p, k in public} | code
    files |= set((root / "source").glob("ch*/chapter.toml"))
    files |= {root / "source" / name for name in ("preamble.tex", "front.tex", "errata.toml",
                                                  "booklet.toml")}
    for problem in booklet.problems():
        if problem.solution in code:
            files.add(root / "tests" / "golden" / problem.folder.parent.name / f"{problem.id}.yml")
    files |= set(Layout.of(root).records())
    for name in PIPELINE + PIPELINE_TESTS:
        path = root / name
        files |= {f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts} \
            if path.is_dir() else {path}
    return sorted(p.relative_to(root) for p in files if p.is_file())


def strip_modules(texts):
    """Solution and figure modules ({path: text}) without solve_instructor(), docstrings and
    comments, and without the functions, classes and constants that nothing left in any of
    them uses: any of these may state an instructor answer."""
    bodies = {path: _without_docstrings([n for n in ast.parse(text).body
                                         if getattr(n, "name", None) != "solve_instructor"])
              for path, text in texts.items()}
    changed = True
    while changed:
        used = set().union(*map(_names, bodies.values())) | {"solve", "draw"}
        changed = False
        for path, body in bodies.items():
            keep = [node for node in body if not _defines(node) or _defines(node) & used]
            changed |= len(keep) != len(body)
            bodies[path] = keep
    return {path: _verbatim(texts[path], body) if PRINTS_ITS_SOURCE.search(texts[path])
            else ast.unparse(ast.Module(body=body, type_ignores=[])) + "\n"
            for path, body in bodies.items()}


PRINTS_ITS_SOURCE = re.compile(r"^\s*import inspect|inspect\.getsource", re.M)


def _verbatim(text, body):
    """The kept statements in their original text: a module that prints its own code
    (inspect.getsource) must print the same code in the export."""
    lines = text.splitlines(keepends=True)
    parts = []
    for node in body:
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        parts.append("".join(lines[start - 1:node.end_lineno]))
    return "\n\n".join(part.rstrip("\n") + "\n" for part in parts)


def _without_docstrings(body):
    module = ast.Module(body=body, type_ignores=[])
    for node in ast.walk(module):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant) \
                and isinstance(node.body[0].value.value, str):
            node.body = node.body[1:] or ([] if node is module else [ast.Pass()])
    return module.body


def _defines(node):
    """Names a removable top-level statement defines: a def, a class, or an assignment
    without calls (a constant); empty for anything else, which is always kept."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
    if targets and all(isinstance(t, ast.Name) for t in targets) \
            and not any(isinstance(n, ast.Call) for n in ast.walk(node.value)):
        return {t.id for t in targets}
    return set()


def _names(body):
    """Names and attributes a list of statements uses, and names it imports."""
    found = set()
    for node in body:
        constant = isinstance(node, (ast.Assign, ast.AnnAssign)) and _defines(node)
        for n in ast.walk(node.value if constant else node):
            if isinstance(n, ast.Name):
                found.add(n.id)
            elif isinstance(n, ast.Attribute):
                found.add(n.attr)
            elif isinstance(n, ast.alias):
                found.add(n.name.split(".")[-1])
    return found


def _toml_blocks(text):
    """A TOML text split at its table headers, each with its parsed content."""
    blocks = re.split(r"(?m)^(?=\[)", text)
    return [(block, tomllib.loads(re.sub(r"^\[\[?[^\]]+\]\]?", "", block)) if block.startswith("[")
             else {}) for block in blocks]


def public_booklet_toml(text, booklet):
    """booklet.toml without non-public editions and kinds."""
    private_editions = {n for n, e in booklet.editions.items() if not e.public}
    private_kinds = {k.name for k in booklet.kinds if not k.public}
    kept = []
    for block, _ in _toml_blocks(text):
        header = re.match(r"\[(editions|kinds)\.([\w-]+)\]", block)
        if header and header.group(2) in (private_editions if header.group(1) == "editions"
                                          else private_kinds):
            continue
        kept.append(block)
    return "".join(kept)


def public_errata_toml(text):
    """errata.toml without the notes about instructor answers (read as TOML, so that any
    spelling of `instructor = true` counts) and without comment lines, which may belong to
    either note."""
    kept = "".join(block for block, data in _toml_blocks(text) if not data.get("instructor"))
    return "".join(line for line in kept.splitlines(keepends=True)
                   if not line.lstrip().startswith("#"))


def export_public(root, destination):
    """Write the public tree into destination (which must not exist or be empty)."""
    root, destination = Path(root).resolve(), Path(destination).resolve()
    if destination.exists() and any(destination.iterdir()):
        raise BuildError(f"export-public: {destination} exists and is not empty")
    booklet = sources.load(root)
    files = public_files(root)
    records = set(Layout.of(root).records())
    code = strip_modules({f: (root / f).read_text(encoding="utf-8") for f in files
                          if f.suffix == ".py" and f.parts[0] in ("solutions", "figures_src")})
    for relative in files:
        source, target = root / relative, destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative in code:
            write_atomic(target, code[relative])
        elif source in records:
            record = manifest.public_part(json.loads(source.read_text()), booklet)
            write_atomic(target, json.dumps(record, indent=1, sort_keys=True,
                                            ensure_ascii=False) + "\n")
        elif relative == Path("source/booklet.toml"):
            write_atomic(target, public_booklet_toml(source.read_text(encoding="utf-8"), booklet))
        elif relative == Path("source/errata.toml"):
            write_atomic(target, public_errata_toml(source.read_text(encoding="utf-8")))
        else:
            shutil.copy2(source, target)
    return files


def export_task(root, pos):
    """`doit export-public DIR`."""
    if len(pos) != 1:
        raise BuildError("export-public: give one destination folder, e.g. doit export-public ../public")
    files = export_public(root, pos[0])
    print(f"export-public: wrote {len(files)} file(s) to {pos[0]}")
