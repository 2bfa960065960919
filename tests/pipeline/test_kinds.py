"""Is a fragment kind, and an edition, configuration only (contracts 6 and 11)?"""
import pytest

from support import ROOT, doit, error_lines, executed, pdf_text

pytestmark = pytest.mark.slow
KINDS = ROOT / "tests" / "fixtures" / "kinds"


def _edit(path, old, new):
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new))


def test_a_new_kind_is_configuration(fixture):
    """With a kind `hint` (hint.tex, heading "Hint") added to booklet.toml's [kinds] before
    the answer and to both editions, and a hint.tex in one problem, do both editions print
    the hint under its heading, between the statement and the answer, with no code change?"""
    toml = fixture / "source" / "booklet.toml"
    _edit(toml, "[kinds.answer]", (KINDS / "hint_kind.toml").read_text() + "[kinds.answer]")
    _edit(toml, 'kinds = ["problem", "answer"]', 'kinds = ["problem", "hint", "answer"]')
    _edit(toml, 'kinds = ["problem", "answer", "instructor"]',
          'kinds = ["problem", "hint", "answer", "instructor"]')
    (fixture / "source" / "ch02" / "2.1" / "hint.tex").write_bytes((KINDS / "hint.tex").read_bytes())
    doit(fixture, "student", "instructor")
    for edition in ("student", "instructor"):
        text = pdf_text(fixture / "build" / f"{edition}.pdf")
        statement, hint, answer = (text.index(s) for s in ("Name the line of problem",
                                                            "Zebrahint", "It is straight"))
        assert statement < hint < answer, edition
        assert "Hint" in text[statement:hint]
        assert text.count("Zebrahint") == 1


def test_a_public_kind_reading_instructor_values_is_refused(fixture):
    """Is a kind printed by a public edition that reads solve_instructor() refused when the
    sources are loaded, naming booklet.toml, before anything runs?"""
    toml = fixture / "source" / "booklet.toml"
    _edit(toml, 'file = "answer.tex"', 'file = "answer.tex"\nreads = ["solve", "solve_instructor"]')
    before = (fixture / "build" / "student.pdf").read_bytes()
    run = doit(fixture, check=False)
    assert run.returncode != 0
    errors = error_lines(run)
    assert len(errors) == 1 and errors[0].startswith("error: source/booklet.toml"), run.stdout
    assert "'answer'" in errors[0] and "solve_instructor" in errors[0]
    assert not [t for t in executed(run) if t.startswith(("solve", "render", "pdf"))]
    assert (fixture / "build" / "student.pdf").read_bytes() == before


def test_a_third_edition_is_configuration(fixture):
    """Does an edition "problems" that prints only the statement kind, added to
    booklet.toml, build as build/problems.pdf with every statement and no answer?"""
    toml = fixture / "source" / "booklet.toml"
    _edit(toml, "\n[build]", (KINDS / "problems_edition.toml").read_text() + "\n[build]")
    doit(fixture, "problems")
    text = pdf_text(fixture / "build" / "problems.pdf")
    for statement in ("Fit a line to the points", "Compute the area", "Name the line"):
        assert statement in text
    for answer in ("Answer", "least-squares slope", "It is straight", "Quokkasecret"):
        assert answer not in text
    assert "Problems of the booklet" in text
