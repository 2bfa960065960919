"""Does the one-problem preview show an author the problem in every edition as PNG pages?"""
from conftest import doit


def test_preview_writes_png_pages_for_each_edition(tree):
    """Does `doit preview --problem 2.1` print PNG paths for both editions, only the
    instructor pages showing the instructor-only answer?"""
    run = doit(tree, "preview", "--problem", "2.1")
    pages = [line for line in run.stdout.splitlines() if line.endswith(".png")]
    assert {p.split("/")[-1].split("-")[0] for p in pages} == {"student", "instructor"}
    for page in pages:
        assert (tree / page).stat().st_size > 1000
    student_pdf, instructor_pdf = (tree / "build" / "preview" / "2.1" / f"{e}.pdf"
                                   for e in ("student", "instructor"))
    from conftest import pdf_text
    assert "Problem 2.1" in pdf_text(student_pdf) and "Answer" not in pdf_text(student_pdf)
    assert "Answer (instructor edition)" in pdf_text(instructor_pdf)


def test_preview_of_an_unknown_problem_fails_clearly(tree):
    """Is a preview of a problem that does not exist refused with one clear line?"""
    run = doit(tree, "preview", "--problem", "2.99", check=False)
    assert run.returncode != 0
    assert "error: source/booklet.toml: no problem '2.99' in any chapter" in run.stdout
