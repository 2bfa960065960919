"""Build graph of the answer booklet.

`doit` builds build/student.pdf, `doit instructor` build/instructor.pdf. Each stage
yields one sub-task per output; the work is done by the `booklet` package, whose stage
functions the tasks call through `doit_action`. booklet.deps decides what a task depends on
and booklet.layout where its output goes.
"""
from pathlib import Path

from booklet import BuildError, _call, deps, doit_action, sources
from booklet import (assemble, check, errata, export, figures, pdf, preview, publish, render,
                     scaffold, values)
from booklet.layout import Layout
from booklet.progress import ProgressReporter

ROOT = Path(".")  # doit runs in the folder of dodo.py; relative paths keep a copied tree valid
LAYOUT = Layout.of(ROOT)
SOURCE = ROOT / "source"

DOIT_CONFIG = {"default_tasks": ["student"], "backend": "safejson", "dep_file": str(LAYOUT.state),
               "reporter": ProgressReporter, "cleanall": True, "cleanforget": True}

try:
    BOOKLET = sources.load(ROOT)
    LOAD_ERROR = None
except BuildError as err:  # reported by the edition tasks, so that doit itself stays usable
    BOOKLET, LOAD_ERROR = None, err
PROBLEMS = BOOKLET.problems() if BOOKLET else []
EDITIONS = BOOKLET.editions if BOOKLET else {}
FIGURES = sources.figure_scripts(ROOT)


def _fail(err):
    raise err


def task_solve():
    """Run a problem's solution script: solutions/chNN/pN_M.py -> build/values/N.M.json."""
    for problem in PROBLEMS:
        for function in problem.functions:
            target = LAYOUT.values(problem, function)
            yield {"name": problem.id + ("" if function == "solve" else "/instructor"),
                   "actions": [doit_action(values.solve_to_file, problem, ROOT, target, function,
                                           BOOKLET.solution_timeout)],
                   **deps.script_task(ROOT, "solve", problem.solution),
                   "targets": [target], "clean": True}


def task_figure():
    """Draw a figure: figures_src/chNN/<name>.py -> build/figures/<name>.pdf."""
    for name, script in FIGURES.items():
        target = LAYOUT.figure(name)
        yield {"name": name,
               "actions": [doit_action(figures.draw_to_file, ROOT, script, target,
                                       BOOKLET.solution_timeout if BOOKLET else None)],
               **deps.script_task(ROOT, "figure", script, [ROOT / figures.STYLE_SCRIPT]),
               "targets": [target], "clean": True}


def task_render():
    """Fill one fragment's placeholders: source/... -> build/fragments/..."""
    for problem in PROBLEMS:
        for kind in problem.kinds:
            values_files = [LAYOUT.values(problem, f) for f in problem.reads(kind)]
            source = problem.path(kind)
            yield {"name": f"{problem.id}/{kind.file}",
                   "actions": [doit_action(render.render_to_file, ROOT, source.as_posix(),
                                           values_files, LAYOUT.fragment(problem, kind),
                                           sorted(FIGURES))],
                   "file_dep": [source] + values_files,
                   "uptodate": [deps.fingerprint(ROOT, "render")],
                   "targets": [LAYOUT.fragment(problem, kind)], "clean": True}


def task_assemble():
    """Write an edition's LaTeX document with PyLaTeX: build/<edition>/booklet.tex."""
    for name in EDITIONS:
        yield {"name": name,
               "actions": [doit_action(assemble.write_tex, BOOKLET, name, LAYOUT, LAYOUT.tex(name))],
               "file_dep": [SOURCE / "booklet.toml"] + sorted(SOURCE.glob("ch*/chapter.toml")),
               "uptodate": [deps.fingerprint(ROOT, "assemble",
                                             structure=assemble.structure(BOOKLET, name))],
               "targets": [LAYOUT.tex(name)], "clean": True}


def task_appendix():
    """Write an edition's Errata appendix from source/errata.toml: build/<edition>/errata.tex."""
    for name, edition in EDITIONS.items():
        yield {"name": name,
               "actions": [doit_action(errata.write_appendix, BOOKLET, edition,
                                       LAYOUT.appendix(name))],
               "file_dep": [SOURCE / "errata.toml", SOURCE / "booklet.toml"]
               + sorted(ROOT.glob("releases/*/manifest.json")),
               "uptodate": [deps.fingerprint(ROOT, "appendix")],
               "targets": [LAYOUT.appendix(name)], "clean": True}


def task_pdf():
    """Compile an edition with latexmk: build/<edition>.pdf (the last good PDF is kept on error)."""
    for name, edition in EDITIONS.items():
        fragments = [LAYOUT.fragment(p, k) for p, k in sources.edition_fragments(BOOKLET, edition)]
        used = sorted({f for p, k in sources.edition_fragments(BOOKLET, edition)
                       for f in sources.figures_used(p.path(k))} & set(FIGURES))
        yield {"name": name,
               "actions": [doit_action(pdf.compile_pdf, ROOT, LAYOUT.tex(name), LAYOUT.pdf(name),
                                       BOOKLET.date, LAYOUT.latex_state(name))],
               "file_dep": [LAYOUT.tex(name), LAYOUT.appendix(name), SOURCE / "preamble.tex",
                            SOURCE / "front.tex"] + fragments + [LAYOUT.figure(f) for f in used],
               "uptodate": [deps.fingerprint(ROOT, "pdf")],
               "targets": [LAYOUT.pdf(name)],
               "clean": [(_remove, [LAYOUT.pdf(name), LAYOUT.edition(name)])]}


def _remove(*paths):
    import shutil
    for path in paths:
        shutil.rmtree(path, ignore_errors=True) if Path(path).is_dir() else \
            Path(path).unlink(missing_ok=True)


def task_editions():
    """One task per edition, named after it: `doit student`, `doit instructor`."""
    if LOAD_ERROR:
        for name in ("student", "instructor"):
            yield {"basename": name, "actions": [doit_action(_fail, LOAD_ERROR)],
                   "uptodate": [False]}
    for name, edition in EDITIONS.items():
        yield {"basename": name, "doc": f"Build build/{name}.pdf ({edition.title}).",
               "actions": None, "task_dep": [f"pdf:{name}"]}


def task_preview():
    """Build one problem alone in every edition as PNG pages: doit preview --problem 3.18."""
    return {"actions": [_preview],
            "params": [{"name": "problem", "long": "problem", "default": "",
                        "help": "problem id, e.g. 3.18"}],
            "uptodate": [False], "verbosity": 2}


def task_new():
    """Create a problem from templates: doit new --problem 3.19 [--kind answer]."""
    return {"actions": [_new],
            "params": [{"name": "problem", "long": "problem", "default": "",
                        "help": "the new problem's id, e.g. 3.19"},
                       {"name": "kind", "long": "kind", "default": "",
                        "help": "the answer's kind (booklet.toml [kinds]); default: instructor-only"}],
            "uptodate": [False], "verbosity": 2}


def task_check():
    """Check the sources without TeX: placeholders, hand-typed numerals, references, orphans."""
    return {"actions": [doit_action(check.check_task, ROOT)], "task_dep": ["solve"],
            "uptodate": [False], "verbosity": 2}


def task_errata():
    """List what changed since the previous release, with old and new values."""
    return {"actions": [doit_action(publish.print_errata, ROOT, LAYOUT)],
            "task_dep": [f"pdf:{name}" for name in EDITIONS],
            "uptodate": [False], "verbosity": 2}


def task_publish():
    """Release the version in source/booklet.toml from a clean checkout of HEAD, and tag it."""
    return {"actions": [doit_action(publish.publish, ROOT)], "uptodate": [False], "verbosity": 2}


def task_export_public():
    """Copy the sources without instructor-only material: doit export-public DIR."""
    return {"basename": "export-public", "actions": [_export],
            "pos_arg": "pos", "uptodate": [False], "verbosity": 2}


def _preview(problem):
    return _call(preview.print_preview, (ROOT, problem), {})


def _export(pos):
    return _call(export.export_task, (ROOT, pos), {})


def _new(problem, kind):
    return _call(scaffold.new_task, (ROOT, problem, kind), {})
