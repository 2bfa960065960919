"""Does the booklet print every problem of its sources, in order, each with its answers?

Counts come from the sources (source/chNN/chapter.toml and the problem folders), so that
adding or correcting a problem never breaks these tests.
"""
import re
import subprocess

from booklet import sources


def _headings(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    body = text[:list(re.finditer(r"\n\f?Errata\n", text))[-1].start()]  # the appendix names problems too
    return re.findall(r"(?m)^\f?(Problem \d+\.\d+(?=\s)|Answer(?: \(instructor edition\))?(?=\n))", body)


def _expected(booklet, edition):
    found = []
    for problem, kind in sources.edition_fragments(booklet, edition):
        found.append(f"{kind.heading} {problem.id}" if kind.statement else kind.heading)
    return found


def test_every_problem_has_an_answer_in_every_edition_with_answers(booklet):
    """Does every problem have at least one answer fragment that the instructor edition
    prints?"""
    instructor = booklet.editions["instructor"]
    unanswered = [p.id for p in booklet.problems()
                  if not any(instructor.prints(k) and not k.statement for k in p.kinds)]
    assert unanswered == []


def test_every_problem_folder_is_listed_and_every_listed_problem_exists(root, booklet):
    """Is each source/chNN/<id>/ folder listed in its chapter.toml, in the chapter's order?"""
    listed = {p.folder for p in booklet.problems()}
    folders = {f for f in (root / "source").glob("ch*/*") if f.is_dir()}
    assert folders == listed
    for chapter in booklet.chapters:
        numbers = [int(p.id.split(".")[1]) for p in chapter.problems]
        assert numbers == sorted(numbers) == list(range(1, len(numbers) + 1)), chapter.number


def test_student_edition_prints_problems_and_published_answers_in_order(built_tree, booklet):
    """Does the student PDF show each problem once, in order, followed by "Answer" exactly
    for the published ones?"""
    assert _headings(built_tree / "build" / "student.pdf") == \
        _expected(booklet, booklet.editions["student"])


def test_instructor_edition_answers_every_problem(built_tree, booklet):
    """Does the instructor PDF follow every problem with its answers, instructor-only
    answers marked as such?"""
    assert _headings(built_tree / "build" / "instructor.pdf") == \
        _expected(booklet, booklet.editions["instructor"])


def test_every_chapter_of_the_book_is_present(booklet):
    """Are all 21 chapters of the book there, with or without problems?"""
    assert [c.number for c in booklet.chapters] == list(range(1, 22))
