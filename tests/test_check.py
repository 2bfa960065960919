"""Does `doit check` find what an author gets wrong, without TeX, on real and broken sources?"""
from booklet.check import hand_typed_numerals, run_checks
from conftest import doit


def test_real_sources_pass_the_check(built_tree):
    """Do the repository's own sources pass every check?"""
    assert run_checks(built_tree) == []


def test_numerals_rule():
    """Are computed-looking numbers flagged, and labels, indices, exponents and references not?"""
    text = ("It has $1 \\times 4 + 4 \\times 2 = 12$ slopes (figure 3.6, equations 4.15 and 4.16).\n"
            "\\includegraphics[width=0.8\\textwidth]{fig_2_1} $\\theta_{10} x^{2} \\frac{1}{2}$\n"
            "problem~3.5 gives 7776 and $\\sum_{j=0}^{2}$, but 0.5 in text. \\label{eq:3}\n")
    assert hand_typed_numerals(text) == [(1, "4"), (1, "4"), (1, "12"), (3, "7776"), (3, "0.5")]


def test_check_reports_each_kind_of_mistake(tree):
    """Are an unfed placeholder, a numeral, a dangling reference, an orphan folder and an
    unused figure each reported with file and line, and does `doit check` fail?"""
    answer = tree / "source" / "ch02" / "2.3" / "answer.tex"
    answer.write_text(answer.read_text() + "\nIt is \\VAR{missing_value}, i.e. 42; see "
                      "\\hyperref[instructor-answer:2.1]{problem 2.1}.\n")
    (tree / "source" / "ch02" / "2.9").mkdir()
    (tree / "figures_src" / "ch02" / "fig_2_9.py").write_text("def draw():\n    pass\n")
    found = "\n".join(run_checks(tree))
    lines = len(answer.read_text().splitlines())
    assert f"source/ch02/2.3/answer.tex:{lines}: placeholder 'missing_value' has no value" in found
    assert f"source/ch02/2.3/answer.tex:{lines}: numeral '42' typed by hand" in found
    assert (f"source/ch02/2.3/answer.tex:{lines}: reference 'instructor-answer:2.1' does not "
            "resolve in the student edition") in found
    assert "source/ch02/2.9: folder is not listed in source/ch02/chapter.toml" in found
    assert "figures_src/ch02/fig_2_9.py:1: figure 'fig_2_9' is used by no fragment" in found
    run = doit(tree, "check", check=False)
    assert run.returncode != 0 and "problem(s) in the sources" in run.stdout + run.stderr


def test_problem_without_instructor_answer_is_reported(tree):
    """Is a problem with no answer at all reported against its problem.tex?"""
    (tree / "source" / "ch02" / "2.1" / "answer.instructor.tex").unlink()
    (tree / "solutions" / "ch02" / "p2_1.py").unlink()
    found = run_checks(tree)
    assert "source/ch02/2.1/problem.tex:1: problem 2.1 has no answer in the instructor edition" in found
