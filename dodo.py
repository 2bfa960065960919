"""Build graph of the answer booklet.

`doit` builds build/student.pdf, `doit instructor` build/instructor.pdf. Each stage
yields one sub-task per output; the work is done by the `booklet` package.
"""
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

from doit.task import clean_targets
from doit.tools import config_changed

from booklet.progress import ProgressReporter
from booklet import (BuildError, assemble, check, compile, errata, export, figures, preview, publish,
                     render, sources, values)

ROOT = Path(".")  # doit runs in the folder of dodo.py; relative paths keep a copied tree valid
BUILD = ROOT / "build"
SOURCE = ROOT / "source"
LIBRARIES = {name: version(name) for name in ("numpy", "sympy", "matplotlib", "jinja2", "pylatex")}

DOIT_CONFIG = {"default_tasks": ["student"], "backend": "json", "dep_file": ".doit.json",
               "reporter": ProgressReporter, "cleanall": True, "cleanforget": True}

try:
    BOOKLET = sources.load(ROOT)
except BuildError as err:
    sys.exit(f"error: {err}")
FIGURES = sources.figure_scripts(ROOT)


def _values(problem, instructor=False):
    """build/values/<id>.json, or <id>.instructor.json for solve_instructor()'s values."""
    return BUILD / "values" / f"{problem.id}{'.instructor' if instructor else ''}.json"


def _values_for(problem, name):
    """The values files a fragment reads: none when it has no placeholders."""
    text = (problem.folder / name).read_text(encoding="utf-8")
    if not problem.solution or ("\\VAR{" not in text and "\\BLOCK{" not in text):
        return []
    if name == "answer.instructor.tex" and problem.has_instructor_values:
        return [_values(problem), _values(problem, instructor=True)]
    return [_values(problem)]


def _fragment(problem, name):
    return BUILD / "fragments" / problem.slug / name


def _edition_figures(edition):
    used = set()
    for problem, name in sources.edition_fragments(BOOKLET, edition):
        used.update(sources.figures_used(problem.folder / name))
    missing = sorted(used - set(FIGURES))
    if missing:
        sys.exit(f"error: figure {missing[0]} is included but figures_src/ has no {missing[0]}.py")
    return [BUILD / "figures" / f"{name}.pdf" for name in sorted(used)]


def _solves_imported(script):
    """solve: tasks of the solutions a figure imports, so that a failing solution fails first."""
    modules = {p.module: p.id for p in BOOKLET.problems() if p.solution}
    imported = {".".join(f.with_suffix("").parts) for f in sources.module_files(script, ROOT)}
    return [f"solve:{modules[m]}" for m in sorted(imported & set(modules))]


def task_solve():
    """Run a problem's solution script: solutions/chNN/pN_M.py -> build/values/N.M.json."""
    for problem in BOOKLET.problems():
        if not problem.solution:
            continue
        for name, function, instructor in [(problem.id, "solve", False),
                                           (f"{problem.id}/instructor", "solve_instructor", True)]:
            if instructor and not problem.has_instructor_values:
                continue
            yield {"name": name,
                   "actions": [(values.solve_to_file, [problem, ROOT, _values(problem, instructor),
                                                       function])],
                   "file_dep": sources.module_files(problem.solution, ROOT)
                   + [ROOT / "booklet" / "values.py"],
                   "targets": [_values(problem, instructor)],
                   "uptodate": [config_changed({k: LIBRARIES[k] for k in ("numpy", "sympy")})],
                   "clean": True}


def task_figure():
    """Draw a figure: figures_src/chNN/<name>.py -> build/figures/<name>.pdf."""
    for name, script in FIGURES.items():
        target = BUILD / "figures" / f"{name}.pdf"
        yield {"name": name,
               "actions": [(figures.draw_to_file, [ROOT, script, target])],
               "file_dep": sources.module_files(script, ROOT) + [ROOT / "booklet" / "figures.py"],
               "task_dep": _solves_imported(script),
               "targets": [target],
               "uptodate": [config_changed(LIBRARIES["matplotlib"])],
               "clean": True}


def task_render():
    """Fill one fragment's placeholders: source/... -> build/fragments/..."""
    for problem in BOOKLET.problems():
        for name in problem.fragments:
            values_files = _values_for(problem, name)
            yield {"name": f"{problem.id}/{name}",
                   "actions": [(render.render_to_file, [ROOT, f"source/{problem.slug}/{name}",
                                                        values_files, _fragment(problem, name)])],
                   "file_dep": [problem.folder / name, ROOT / "booklet" / "render.py"]
                   + values_files,
                   "targets": [_fragment(problem, name)],
                   "uptodate": [config_changed(LIBRARIES["jinja2"])],
                   "clean": True}


def task_assemble():
    """Write an edition's LaTeX document with PyLaTeX: build/<edition>/booklet.tex."""
    for name in BOOKLET.editions:
        target = BUILD / name / "booklet.tex"
        yield {"name": name,
               "actions": [(assemble.write_tex, [BOOKLET, name, BUILD, target])],
               "file_dep": [SOURCE / "booklet.toml", ROOT / "booklet" / "assemble.py"]
               + sorted(SOURCE.glob("ch*/chapter.toml")),
               "targets": [target],
               "uptodate": [config_changed({"structure": assemble.structure(BOOKLET, name),
                                            "pylatex": LIBRARIES["pylatex"]})],
               "clean": True}


def task_appendix():
    """Write an edition's Errata appendix from source/errata.toml: build/<edition>/errata.tex."""
    for name, edition in BOOKLET.editions.items():
        target = BUILD / name / "errata.tex"
        yield {"name": name,
               "actions": [(errata.write_appendix, [ROOT, BOOKLET.version, edition, target])],
               "file_dep": [SOURCE / "errata.toml", SOURCE / "booklet.toml",
                            ROOT / "booklet" / "errata.py"]
               + sorted(ROOT.glob("releases/*/manifest.json")),
               "targets": [target], "clean": True}


def task_pdf():
    """Compile an edition with latexmk: build/<edition>.pdf (the last good PDF is kept on error)."""
    for name, edition in BOOKLET.editions.items():
        fragments = [_fragment(p, f) for p, f in sources.edition_fragments(BOOKLET, edition)]
        yield {"name": name,
               "actions": [(compile.compile_pdf, [ROOT, BUILD / name / "booklet.tex",
                                                  BUILD / f"{name}.pdf", BOOKLET.date])],
               "file_dep": [BUILD / name / "booklet.tex", BUILD / name / "errata.tex",
                            SOURCE / "preamble.tex",
                            SOURCE / "front.tex", ROOT / "booklet" / "compile.py"]
               + fragments + _edition_figures(edition),
               "targets": [BUILD / f"{name}.pdf"],
               "clean": [clean_targets, (shutil.rmtree, [BUILD / name, True])]}


def task_editions():
    """One task per edition, named after it: `doit student`, `doit instructor`."""
    for name, edition in BOOKLET.editions.items():
        yield {"basename": name, "doc": f"Build build/{name}.pdf ({edition.title}).",
               "actions": None, "task_dep": [f"pdf:{name}"]}


def task_preview():
    """Build one problem alone in every edition as PNG pages: doit preview --problem 3.18."""
    return {"actions": [(preview.preview_task, [ROOT])],
            "params": [{"name": "problem", "long": "problem", "default": "",
                        "help": "problem id, e.g. 3.18"}],
            "uptodate": [False], "verbosity": 2}


def task_check():
    """Check the sources without TeX: placeholders, hand-typed numerals, references, orphans."""
    return {"actions": [(check.check_task, [ROOT])], "task_dep": ["solve"],
            "uptodate": [False], "verbosity": 2}


def task_errata():
    """List what changed since the previous release, with old and new values."""
    return {"actions": [(publish.print_errata, [ROOT, BUILD])],
            "task_dep": [f"pdf:{name}" for name in BOOKLET.editions],
            "uptodate": [False], "verbosity": 2}


def task_publish():
    """Release the version in source/booklet.toml: manifest, editions, errata sheets, git tag."""
    yield {"name": "preflight", "actions": [(publish.preflight, [ROOT, BOOKLET.publish_tests])],
           "uptodate": [False], "verbosity": 2}
    yield {"name": "release", "actions": [(publish.publish, [ROOT, BUILD])],
           "task_dep": ["publish:preflight"] + [f"pdf:{name}" for name in BOOKLET.editions],
           "uptodate": [False], "verbosity": 2}


def task_export_public():
    """Copy the sources without instructor-only material: doit export-public DIR."""
    return {"basename": "export-public", "actions": [(export.export_task, [ROOT])],
            "pos_arg": "pos", "uptodate": [False], "verbosity": 2}
