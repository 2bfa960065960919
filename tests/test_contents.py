"""Does the booklet hold exactly the problems and answers of the December 23, 2023 booklet,
in order, and does the instructor edition answer every problem?"""
import re
import subprocess


# Facts from the seed (../shared/seed): the number of problems of each chapter, in order,
# and the problems whose answer the 2023-12-23 student booklet publishes: 65 under an
# "Answer" heading, and 3.4 and 19.3, whose published answers are figures only (the seed's
# "Figure 3.1 Answer to problem 3.4" and "Figure 19.1 Answer to problem 19.3").
PROBLEM_COUNTS = {2: 3, 3: 18, 4: 11, 5: 10, 6: 11, 7: 17, 8: 9, 9: 6, 10: 19, 11: 9, 12: 10,
                  13: 14, 15: 6, 16: 11, 17: 7, 18: 12, 19: 8}
PUBLISHED = """2.3 3.3 3.4 3.9 3.11 3.15 3.17 3.18 4.1 4.8 4.9 4.11 5.3 5.4 5.8 5.9 6.4 6.5 6.7 6.8
7.6 7.9 7.10 7.12 7.13 8.3 8.8 9.3 9.4 10.1 10.6 10.7 10.16 10.19 11.4 11.5 11.7 12.3 12.10
13.2 13.3 13.7 13.10 13.11 13.12 13.14 15.2 15.4 16.2 16.3 16.6 16.9 16.11 17.4 17.7 18.4 18.5
18.6 18.7 18.8 18.9 18.10 18.11 19.2 19.3 19.5 19.7""".split()
PROBLEMS = [f"{chapter}.{n}" for chapter, count in PROBLEM_COUNTS.items()
            for n in range(1, count + 1)]


def test_seed_facts_are_complete():
    """Are there 181 problems and 65 + 2 published answers, as in the seed?"""
    assert len(PROBLEMS) == 181 and len(PUBLISHED) == 67 and set(PUBLISHED) <= set(PROBLEMS)


def test_sources_list_every_problem_and_published_answer(booklet):
    """Do the sources list the 181 problems in order, with answer.tex for exactly the
    published ones and answer.instructor.tex for every other one?"""
    assert [p.id for p in booklet.problems()] == PROBLEMS
    assert [p.id for p in booklet.problems() if "answer.tex" in p.fragments] == PUBLISHED
    unanswered = [p.id for p in booklet.problems()
                  if p.id not in PUBLISHED and "answer.instructor.tex" not in p.fragments]
    assert unanswered == []


def _headings(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    body = text[:list(re.finditer(r"\n\f?Errata\n", text))[-1].start()]  # the appendix names problems too
    return re.findall(r"(?m)^\f?(Problem \d+\.\d+(?=\s)|Answer(?: \(instructor edition\))?(?=\n))", body)


def test_student_edition_prints_problems_and_published_answers_in_order(built_tree):
    """Does the student PDF show each problem once, in order, followed by "Answer" exactly
    for the published ones?"""
    expected = []
    for problem in PROBLEMS:
        expected += [f"Problem {problem}"] + (["Answer"] if problem in PUBLISHED else [])
    assert _headings(built_tree / "build" / "student.pdf") == expected


def test_instructor_edition_answers_every_problem(built_tree):
    """Does the instructor PDF follow every problem with an answer, instructor-only answers
    marked as such?"""
    expected = []
    for problem in PROBLEMS:
        expected += [f"Problem {problem}",
                     "Answer" if problem in PUBLISHED else "Answer (instructor edition)"]
    assert _headings(built_tree / "build" / "instructor.pdf") == expected


def test_chapters_without_problems_keep_their_headings(booklet):
    """Are chapters 1, 14, 20 and 21 present with no problems, as the booklet shows them?"""
    empty = {c.number: c for c in booklet.chapters if not c.problems}
    assert set(empty) == {1, 14, 20, 21}
    assert [c.number for c in booklet.chapters] == list(range(1, 22))
