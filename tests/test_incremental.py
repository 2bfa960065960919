"""Does an edit re-run exactly the tasks it touches (doit's own report, not timing)?"""
import re

from conftest import doit, executed


def test_nothing_to_do_after_a_build(tree):
    """Does a second `doit` find everything up to date?"""
    assert executed(doit(tree, "student", "instructor")) == set()


def test_editing_a_published_answer_reruns_its_render_and_latex(tree):
    """Does editing one answer.tex re-run only its render task and both LaTeX compiles?"""
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    fragment.write_text(fragment.read_text() + "\nOne more sentence.\n")
    ran = executed(doit(tree, "student", "instructor"))
    assert ran == {"render:2.3/answer.tex", "pdf:student", "pdf:instructor"}


def test_editing_an_instructor_answer_leaves_the_student_pdf_alone(tree):
    """Does editing an instructor-only answer re-run only its render and the instructor LaTeX?"""
    fragment = tree / "source" / "ch02" / "2.1" / "answer.instructor.tex"
    fragment.write_text(fragment.read_text() + "\nOne more sentence.\n")
    ran = executed(doit(tree, "student", "instructor"))
    assert ran == {"render:2.1/answer.instructor.tex", "pdf:instructor"}


def test_editing_a_solution_reruns_what_uses_its_values(tree):
    """Does editing one solution re-run it, its users and LaTeX, and nothing else?"""
    solution = tree / "solutions" / "ch02" / "p2_3.py"
    solution.write_text(solution.read_text().replace("[3.0, 2.8]", "[3.0, 2.9]"))
    ran = executed(doit(tree, "student", "instructor"))
    assert ran == {"solve:2.3", "render:2.3/answer.tex", "figure:fig_2_1",
                   "pdf:student", "pdf:instructor"}


def test_runs_show_a_task_counter(tree):
    """Does each task line carry `[done/total]`, the last one reaching the total?"""
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    fragment.write_text(fragment.read_text() + "\nOne more sentence.\n")
    lines = [l for l in doit(tree, "student").stdout.splitlines() if l[:3] in (".  ", "-- ")]
    counters = [re.match(r"^(?:\.  |-- )\[ *(\d+)/(\d+)\] \S+$", line) for line in lines]
    assert all(counters), lines
    done = [int(m.group(1)) for m in counters]
    assert done == list(range(1, len(lines) + 1)) and done[-1] == int(counters[-1].group(2))


def test_list_and_clean(tree):
    """Does `doit list` document the user's tasks, and `doit clean` remove what tasks made?"""
    listed = doit(tree, "list").stdout
    for task in ("student", "instructor", "check", "preview", "publish", "errata", "export-public",
                 "solve", "figure", "render", "pdf"):
        assert re.search(rf"^{task}\s+\S", listed, re.M), task
    doit(tree, "clean")
    assert [p for p in (tree / "build").rglob("*") if p.is_file()] == []
