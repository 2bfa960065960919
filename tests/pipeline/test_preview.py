"""Does the one-problem preview show an author the problem in every edition as PNG pages?"""
import pytest

from support import doit, error_lines, executed, pdf_text

pytestmark = pytest.mark.slow


def test_preview_writes_png_pages_for_each_edition(fixture):
    """Does `doit preview --problem 1.2` print PNG pages of both editions, only the
    instructor's showing the instructor-only answer, and leave the build up to date?"""
    run = doit(fixture, "preview", "--problem", "1.2")
    pages = [line for line in run.stdout.splitlines() if line.endswith(".png")]
    assert {p.rsplit("/", 1)[-1].split("-")[0] for p in pages} == {"student", "instructor"}, \
        run.stdout
    for page in pages:
        assert (fixture / page).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    folder = fixture / "build" / "preview" / "1.2"
    student, instructor = (pdf_text(folder / f"{e}.pdf") for e in ("student", "instructor"))
    assert "Problem 1.2" in student and "Quokkasecret" not in student
    assert "Problem 1.1" not in student   # the problem alone
    assert "Quokkasecret" in instructor
    assert executed(doit(fixture, "student", "instructor")) == set()


def test_preview_of_an_unknown_problem(fixture):
    """Is a preview of a problem that does not exist refused with one error line that names
    the id (and not booklet.toml)?"""
    run = doit(fixture, "preview", "--problem", "9.9", check=False)
    assert run.returncode != 0
    errors = error_lines(run)
    assert len(errors) == 1 and "9.9" in errors[0], run.stdout + run.stderr
    assert "booklet.toml" not in errors[0]
    assert "Traceback" not in run.stdout + run.stderr


def test_preview_without_a_problem(fixture):
    """Is `doit preview` without --problem refused with one line saying how to call it?"""
    run = doit(fixture, "preview", check=False)
    assert run.returncode != 0
    errors = error_lines(run)
    assert len(errors) == 1 and "--problem" in errors[0], run.stdout + run.stderr
