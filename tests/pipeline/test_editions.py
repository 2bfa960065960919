"""Do the two editions of the fixture print what they should, in order, marked, and the
same bytes every time?"""
import os
import re
import subprocess
import sys

import pytest

from support import doit, fixture_tree, pdf_text

pytestmark = pytest.mark.slow

# What the fixture's editions print, in booklet order (chapter.toml order, then the kinds'
# order in booklet.toml), written out by hand.
STUDENT = ["ch01/1.1/problem.tex", "ch01/1.1/answer.tex", "ch01/1.2/problem.tex",
           "ch02/2.1/problem.tex", "ch02/2.1/answer.tex"]
INSTRUCTOR = STUDENT[:3] + ["ch01/1.2/answer.instructor.tex"] + STUDENT[3:]
HEADINGS = {"student": ["Problem 1.1", "Answer", "Problem 1.2", "Problem 2.1", "Answer"],
            "instructor": ["Problem 1.1", "Answer", "Problem 1.2", "Answer (instructor edition)",
                           "Problem 2.1", "Answer"]}


def _pages(pdf):
    return pdf_text(pdf).split("\f")[:-1]


def test_every_instructor_page_carries_the_mark(built_fixture):
    """Does every page of the instructor edition say "Instructor edition"?"""
    pages = _pages(built_fixture / "build" / "instructor.pdf")
    assert len(pages) > 2
    assert [n for n, page in enumerate(pages, 1) if "Instructor edition" not in page] == []


def test_student_edition_has_no_mark_and_no_instructor_text(built_fixture):
    """Is the student edition free of the mark and of every sentence, value and caption of
    the instructor answer, which the instructor edition prints?"""
    student = " ".join(pdf_text(built_fixture / "build" / "student.pdf").split())
    instructor = " ".join(pdf_text(built_fixture / "build" / "instructor.pdf").split())
    texts = ["Instructor edition", "Quokkasecret: the area is 12.075", "Piece 1: 1.975",
             "Piece 3: 6.075", "The area.", "Answer (instructor edition)"]
    assert [t for t in texts if t not in instructor] == []
    assert [t for t in texts if t in student] == []
    assert "instructor" not in student.lower()


def test_editions_print_their_fragments_in_order(built_fixture):
    """Does each edition input exactly its fragments in booklet order, and print their
    headings in that order?"""
    for edition, expected in (("student", STUDENT), ("instructor", INSTRUCTOR)):
        tex = (built_fixture / "build" / edition / "booklet.tex").read_text()
        assert re.findall(r"\\input\{\.\./fragments/(\S+?)\}", tex) == expected
        text = pdf_text(built_fixture / "build" / f"{edition}.pdf")
        body = text[text.index("Chapter 1"):text.rindex("Errata")]
        assert re.findall(r"^\s*(Problem \d\.\d|Answer(?: \(instructor edition\))?)(?:\s|$)",
                          body, re.M) == HEADINGS[edition]


def test_clean_builds_in_different_folders_are_byte_identical(built_fixture, tmp_path):
    """Do two clean builds of the same sources, in folders with different paths, give
    identical PDF bytes for both editions?"""
    tree = fixture_tree(tmp_path / "another" / "folder")
    doit(tree, "-n", "2", "student", "instructor")
    for edition in ("student", "instructor"):
        assert (tree / "build" / f"{edition}.pdf").read_bytes() == \
            (built_fixture / "build" / f"{edition}.pdf").read_bytes(), edition


_DRAW = ("import sys; from pathlib import Path; from booklet import figures\n"
         "for name in ('fig_1_1', 'fig_1_2'):\n"
         "    figures.draw_to_file(Path('.'), Path(f'figures_src/ch01/{name}.py'),\n"
         "                         Path(sys.argv[1]) / f'{name}.pdf')")


def test_figures_are_identical_across_fresh_processes(built_fixture, tmp_path):
    """Is each figure drawn in two fresh processes with SOURCE_DATE_EPOCH set (and string
    hashing randomised) byte-identical to the other and to the one the build drew?"""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1705276800", PYTHONHASHSEED="random")
    for run in ("a", "b"):
        subprocess.run([sys.executable, "-c", _DRAW, str(tmp_path / run)], cwd=built_fixture,
                       env=env, check=True, capture_output=True)
    for name in ("fig_1_1", "fig_1_2"):
        drawn = [(tmp_path / run / f"{name}.pdf").read_bytes() for run in ("a", "b")]
        assert drawn[0] == drawn[1] == (built_fixture / "build" / "figures" / f"{name}.pdf").read_bytes()
