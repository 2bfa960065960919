"""Does an edit re-run exactly the tasks it touches (doit's own report, not timing)?"""
import re

import pytest

from support import doit, executed

pytestmark = pytest.mark.slow
EDITIONS = ("student", "instructor")


def _append(path, text="One more sentence.\n"):
    path.write_text(path.read_text() + text)


def test_nothing_to_do_after_a_build(fixture):
    """Does a second build of both editions find every task up to date?"""
    assert executed(doit(fixture, *EDITIONS)) == set()


def test_editing_a_published_answer(fixture):
    """Does editing answer.tex re-render it and re-run both editions' LaTeX, nothing else?"""
    _append(fixture / "source" / "ch01" / "1.1" / "answer.tex")
    ran = executed(doit(fixture, *EDITIONS))
    assert ran == {"render:1.1/answer.tex", "pdf:student", "pdf:instructor"}


def test_editing_an_instructor_answer_leaves_the_student_pdf_alone(fixture):
    """Does editing an instructor-only answer re-run its render and the instructor LaTeX only,
    leaving build/student.pdf untouched?"""
    student = fixture / "build" / "student.pdf"
    before = student.stat().st_mtime_ns, student.read_bytes()
    _append(fixture / "source" / "ch01" / "1.2" / "answer.instructor.tex")
    ran = executed(doit(fixture, *EDITIONS))
    assert ran == {"render:1.2/answer.instructor.tex", "pdf:instructor"}
    assert (student.stat().st_mtime_ns, student.read_bytes()) == before


def test_editing_a_solution_reruns_what_uses_its_values(fixture):
    """Does changing a data point of 1.1 re-run its solution, the solutions and figures that
    import it, the fragments whose values changed and both LaTeX runs, and nothing else
    (1.2's statement prints a value that did not change)?"""
    solution = fixture / "solutions" / "ch01" / "p1_1.py"
    solution.write_text(solution.read_text().replace("[2.0, 5.1]", "[2.0, 5.3]"))
    ran = executed(doit(fixture, *EDITIONS))
    assert ran == {"solve:1.1", "solve:1.2", "solve:1.2/instructor", "figure:fig_1_1",
                   "figure:fig_1_2", "render:1.1/problem.tex", "render:1.1/answer.tex",
                   "render:1.2/answer.instructor.tex", "pdf:student", "pdf:instructor"}


def _status(tree):
    """{sub-task: 'R' or 'U'} as `doit list --all --status` sees it (sub-tasks are the ones
    with outputs: solve:1.1, pdf:student, ...)."""
    listed = doit(tree, "list", "--all", "--status").stdout
    return {name: flag for flag, name in re.findall(r"^([RU]) (\S+:\S+)", listed, re.M)}


def test_editing_any_pipeline_module_reruns_everything(fixture):
    """Does a change to any booklet/*.py (the code hash) make every task with an output
    out of date, and a real build then re-run them all?"""
    tasks = _status(fixture)
    assert tasks and set(tasks.values()) == {"U"}, tasks
    for module in sorted((fixture / "booklet").glob("*.py")):
        original = module.read_text()
        _append(module, "# edited\n")
        stale = _status(fixture)
        assert set(stale.values()) == {"R"}, (module.name, stale)
        module.write_text(original)
    _append(fixture / "booklet" / "render.py", "# edited\n")
    ran = executed(doit(fixture, "-n", "2", *EDITIONS))
    assert ran == set(tasks)


def _fake_library(site, version):
    """A distribution `fakelib` of the given version in folder `site`."""
    for old in site.glob("fakelib-*.dist-info"):
        for path in old.iterdir():
            path.unlink()
        old.rmdir()
    (site / "fakelib").mkdir(parents=True, exist_ok=True)
    (site / "fakelib" / "__init__.py").write_text("")
    info = site / f"fakelib-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fakelib\nVersion: {version}\n")
    (info / "top_level.txt").write_text("fakelib\n")


def test_a_new_library_version_reruns_its_users(fixture, tmp_path):
    """When a library that a solution imports changes version (no project file changes), do
    that solution and the scripts importing it re-run, and nothing that their unchanged
    values feed?"""
    import os
    site = tmp_path / "site"
    _fake_library(site, "1.0")
    env = dict(os.environ, PYTHONPATH=str(site))
    solution = fixture / "solutions" / "ch01" / "p1_1.py"
    solution.write_text("import fakelib  # noqa: F401\n" + solution.read_text())
    doit(fixture, *EDITIONS, env=env)
    assert executed(doit(fixture, *EDITIONS, env=env)) == set()
    _fake_library(site, "2.0")
    ran = executed(doit(fixture, *EDITIONS, env=env))
    assert ran == {"solve:1.1", "solve:1.2", "solve:1.2/instructor", "figure:fig_1_1",
                   "figure:fig_1_2"}
