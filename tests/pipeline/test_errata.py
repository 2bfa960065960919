"""Do the errata say what changed: the appendix of each edition, and `doit errata`?"""
import json
import re

import pytest
from pypdf import PdfReader

from booklet import errata, manifest, sources
from booklet.layout import Layout
from pipeline.release import add_note, move_point, set_version
from support import doit, pdf_text


def _link_targets(pdf, page_number):
    """Named destinations the links on one page (0-based) point to."""
    reader = PdfReader(pdf)
    targets = []
    for annotation in reader.pages[page_number].get("/Annots") or []:
        annotation = annotation.get_object()
        action = annotation.get("/A") or {}
        targets.append(str(action.get("/D", annotation.get("/Dest", ""))))
    return targets


def _page_of(pdf, destination):
    reader = PdfReader(pdf)
    return reader.get_destination_page_number(reader.named_destinations[destination])


@pytest.mark.slow
def test_appendix_lists_the_notes_linked_to_their_problems(built_fixture):
    """Does each edition's Errata appendix list the notes of its version, each a link to
    the page of its problem?"""
    for edition in ("student", "instructor"):
        pdf = built_fixture / "build" / f"{edition}.pdf"
        pages = pdf_text(pdf).split("\f")
        errata_page = next(n for n, page in enumerate(pages) if "Errata" in page
                           and "Changes in version 1.0" in page)
        text = " ".join(pages[errata_page].split())
        assert "Problem 1.1 Printed: the slope 3. Correct: the slope 2. The fit was wrong." in text
        aux = (built_fixture / "build" / edition / "latex" / "booklet.aux").read_text()
        anchor = re.search(r"\\newlabel\{problem:1\.1\}\{\{[^{}]*\}\{\d+\}\{[^{}]*\}\{([^{}]+)\}",
                           aux).group(1)
        assert anchor in _link_targets(pdf, errata_page)
        assert "Problem 1.1 Fit a line" in " ".join(pages[_page_of(pdf, anchor)].split())


@pytest.mark.slow
def test_instructor_note_only_in_the_instructor_edition(built_fixture):
    """Is the instructor-only note in the instructor edition's appendix and not in the
    student edition's (its text, its link)?"""
    student, instructor = (built_fixture / "build" / f"{e}.pdf" for e in ("student", "instructor"))
    assert "omega secret erratum" in pdf_text(instructor)
    assert "zeta secret erratum" not in pdf_text(student)
    assert "omega secret erratum" not in pdf_text(student)
    last = len(PdfReader(student).pages) - 1
    assert len(_link_targets(student, last)) == 1
    assert len(_link_targets(instructor, len(PdfReader(instructor).pages) - 1)) == 2


def test_instructor_notes_follow_the_kinds_an_edition_prints(tmp_path, built_fixture):
    """Does an edition show instructor notes exactly when it prints a non-public kind,
    whatever its name: a third, non-public edition of statements only shows none?"""
    tree = tmp_path / "tree"
    (tree / "source").mkdir(parents=True)
    for name in ("booklet.toml", "errata.toml"):
        (tree / "source" / name).write_text((built_fixture / "source" / name).read_text())
    for chapter in ("ch01", "ch02"):
        source = built_fixture / "source" / chapter
        for path in source.rglob("*"):
            target = tree / "source" / chapter / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file():
                target.write_bytes(path.read_bytes())
    with open(tree / "source" / "booklet.toml", "a") as toml:
        toml.write('\n[editions.statements]\ntitle = "Problems"\nkinds = ["problem"]\n'
                   '\n[editions.teachers]\ntitle = "Teachers"\nkinds = ["problem", "instructor"]\n')
    booklet = sources.load(tree)
    shown = {name: "omega secret erratum" in errata.appendix_tex(booklet, edition)
             for name, edition in booklet.editions.items()}
    assert shown == {"student": False, "statements": False, "instructor": True, "teachers": True}
    assert all("the slope $2$" in errata.appendix_tex(booklet, e) for e in booklet.editions.values())


def _release_1_0(tree):
    """Record the fixture's current build as the manifest of release 1.0."""
    record = manifest.manifest(sources.load(tree), Layout.of(tree))
    path = tree / "releases" / "1.0" / "manifest.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


@pytest.mark.slow
def test_doit_errata_lists_changes_with_old_and_new_values(fixture):
    """After release 1.0, does `doit errata` list each changed problem with its old → new
    values, mark the instructor-only one, and name the change without a note and the note
    without a change?"""
    _release_1_0(fixture)
    move_point(fixture)
    set_version(fixture, "1.1", "2024-06-01")
    add_note(fixture, "1.1", "1.1", "the last point was (2, 5.1)", "the last point is (2, 5.5)")
    add_note(fixture, "2.1", "1.1", "a word", "the same word")
    lines = doit(fixture, "errata").stdout.splitlines()
    listed = {line.split(":")[0]: line for line in lines if re.match(r"\d\.\d: ", line)
              and "note" not in line}
    assert set(listed) == {"1.1", "1.2"}
    assert listed["1.1"].startswith("1.1: changed: ")
    for change in ("statement changed", "answer changed", "intercept 0.95 → 0.883333",
                   "points[2][1] 5.1 → 5.5", "slope 2.05 → 2.25", "figure fig_1_1 changed"):
        assert change in listed["1.1"]
    assert listed["1.2"].startswith("1.2: changed [instructor only]: ")
    for change in ("answer (instructor edition) changed", "area 12.075 → 12.775",
                   "pieces[0] 1.975 → 2.00833", "figure fig_1_2 changed"):
        assert change in listed["1.2"]
    assert "upper" not in listed["1.2"]
    assert "1.2: changed, needs a note in source/errata.toml" in lines
    assert "2.1: note in source/errata.toml, but the problem did not change" in lines


@pytest.mark.slow
def test_doit_errata_without_changes_or_manifest(fixture):
    """Does `doit errata` say so when nothing changed since the release, and list the notes
    when the previous printing has no manifest?"""
    first = doit(fixture, "errata").stdout
    assert "errata: no manifest of the previous printing (0.9)" in first
    assert "1.1: the slope $3$ -> the slope $2$" in first
    _release_1_0(fixture)
    set_version(fixture, "1.1", "2024-06-01")
    assert "errata: nothing changed since 1.0" in doit(fixture, "errata").stdout
