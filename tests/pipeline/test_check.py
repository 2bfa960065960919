"""Does `doit check` find each kind of mistake, once, at its file, line and column, and
stay quiet on the clean fixture?"""
from booklet import check
from support import doit


def test_the_clean_fixture_passes(fixture):
    """Does the check report nothing for the fixture booklet, and exit 0?"""
    run = doit(fixture, "check")
    assert "check: no problems found" in run.stdout


def _findings(tree):
    return [str(f) for f in check.run_checks(tree)]


def _append(path, text):
    path.write_text(path.read_text() + text)


def test_each_kind_of_mistake_is_reported_at_its_place(fixture):
    """Are a typed numeral (answer and statement), a typed result $y = 2$, a placeholder with
    no value, a reference to an instructor label from a public fragment, a figure without a
    script, an unused value, an erratum for an unknown problem and an unlisted folder each
    reported at file:line:column?"""
    ch01 = fixture / "source" / "ch01"
    _append(ch01 / "1.1" / "answer.tex", "The slope is 2.05 and $y = 2$.\n")
    _append(ch01 / "1.1" / "problem.tex", "Use 17 points.\n")
    _append(ch01 / "1.1" / "answer.tex", r"See \VAR{missing} and problem~\ref{instructor-answer:1.2}." "\n")
    _append(ch01 / "1.1" / "answer.tex", r"\includegraphics{fig_9_9}" "\n")
    solution = fixture / "solutions" / "ch01" / "p1_1.py"
    solution.write_text(solution.read_text().replace('"count": len(POINTS)}',
                                                     '"count": len(POINTS), "spare": 4}'))
    _append(fixture / "source" / "errata.toml",
            '\n[[erratum]]\nproblem = "7.7"\nversion = "1.0"\nprinted = "a"\ncorrect = "b"\n')
    (fixture / "source" / "ch02" / "2.9").mkdir()
    doit(fixture, "solve")
    found = _findings(fixture)
    expected = [
        "source/ch01/1.1/answer.tex:12:14: numeral '2.05' typed by hand",
        "source/ch01/1.1/answer.tex:12:28: numeral '2' typed by hand",
        "source/ch01/1.1/problem.tex:4:5: numeral '17' typed by hand",
        "source/ch01/1.1/answer.tex:13:10: placeholder 'missing' has no value",
        "source/ch01/1.1/answer.tex:13:31: reference 'instructor-answer:1.2' does not resolve "
        "in the student edition",
        "source/ch01/1.1/answer.tex:14:18: figure 'fig_9_9' has no script",
        "solutions/ch01/p1_1.py:1:1: value 'spare' is used by no fragment",
        "source/errata.toml:20:1: erratum for problem 7.7, which is in no chapter.toml",
        "source/ch02/2.9:1:1: folder is not listed in source/ch02/chapter.toml",
    ]
    missing = [e for e in expected if not any(e in f for f in found)]
    assert missing == [], "\n".join(found)
    assert len(found) == len(set(found))
    run = doit(fixture, "check", check=False)
    assert run.returncode != 0


def test_allowed_numbers_are_not_reported(fixture):
    """Are numbers in comments, placeholders' filter arguments, references, indices, lengths,
    dimensions and the constants 0, 1, 2 of a formula left alone?"""
    _append(fixture / "source" / "ch01" / "1.1" / "answer.tex",
            "% a comment with 42\n"
            r"\#{ a Jinja comment with 43 }" "\n"
            r"The $\VAR{points|series('$(%s, %s)$')}$ fit, see equation~6.8 and figure 3.14c." "\n"
            r"A 2D grid, $x_3 + \frac{1}{2}x^2 = 0$, \includegraphics[width=0.4\textwidth]{fig_1_1}." "\n")
    doit(fixture, "solve")
    assert _findings(fixture) == []


def test_a_mistake_repeated_in_two_editions_is_reported_once(fixture):
    """Is an unresolved reference in a fragment both editions print listed once per edition
    it fails in, never twice for the same place and edition?"""
    _append(fixture / "source" / "ch01" / "1.1" / "answer.tex", r"See \ref{fig:none}." "\n")
    doit(fixture, "solve")
    found = [f for f in _findings(fixture) if "fig:none" in f]
    assert len(found) == 2 and {"student" in f for f in found} == {True, False}
