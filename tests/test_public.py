"""Can nothing instructor-only reach students: not the PDF's hidden parts, not build/,
not the public source export?"""
import re

import pytest
from pypdf import PdfReader

from booklet import export, sources
from support import ROOT, copy_tree, doit


@pytest.fixture(scope="session")
def student_only_tree(tmp_path_factory):
    """A fresh copy of the repository where only the student edition was ever built."""
    tree = copy_tree(ROOT, tmp_path_factory.mktemp("student-only"))
    doit(tree, "student")
    return tree


def _instructor_traces(tree):
    """Strings that identify instructor-only material: labels, file names, sentences."""
    booklet = sources.load(tree)
    private = [k for k in booklet.kinds if not k.public]
    traces = {f"{k.label}:" for k in private} | {k.file for k in private}
    traces |= {"solve_instructor", ".instructor.json"}
    public = {p.path(k).read_text() for p, k in sources.public_fragments(booklet)}
    for problem in booklet.problems():
        for kind in [k for k in problem.kinds if not k.public]:
            text = problem.path(kind).read_text()
            plain = [s.strip() for s in re.split(r"[.:;\n]", re.sub(r"\\[A-Za-z]+|[{}$\\]", " ", text))]
            traces.update(" ".join(s.split()) for s in plain if re.fullmatch(r"[A-Za-z ,'-]{40,}", s))
    public_figures = {f for p, k in sources.public_fragments(booklet) for f in sources.figures_used(p.path(k))}
    traces |= {f"{name}.pdf" for name in sources.figure_scripts(tree) if name not in public_figures}
    return {t for t in traces if not any(t in text for text in public)}


def _pdf_hidden_text(pdf_path):
    """Outline titles, named destinations, link targets and metadata of a PDF, as text."""
    reader = PdfReader(pdf_path)
    parts = [str(reader.metadata or {}), str(reader.xmp_metadata or "")]

    def walk(outline):
        for item in outline:
            if isinstance(item, list):
                walk(item)
            else:
                parts.append(str(item.title))
    walk(reader.outline)
    parts += list(reader.named_destinations)
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            parts += [str(action.get("/D", "")), str(action.get("/URI", ""))]
            parts.append(str(annotation.get_object().get("/Dest", "")))
    return "\n".join(parts)


def test_student_pdf_hidden_parts_have_no_instructor_trace(student_only_tree):
    """Do the student PDF's outlines, destinations, links and metadata avoid instructor material?"""
    hidden = _pdf_hidden_text(student_only_tree / "build" / "student.pdf")
    assert "Errata" in hidden and "Supervised learning" in hidden  # the outline was read
    assert [t for t in _instructor_traces(student_only_tree) if t in hidden] == []
    assert "instructor" not in hidden.lower()


def test_student_build_writes_no_instructor_material(student_only_tree):
    """Is there no instructor file, value, figure or sentence anywhere under build/?"""
    traces = _instructor_traces(student_only_tree)
    build = student_only_tree / "build"
    assert not list(build.rglob("answer.instructor.tex"))
    assert not list(build.rglob("*.instructor.json"))
    public = set(export.public_files(student_only_tree))
    drawn = {p.stem for p in (build / "figures").glob("*.pdf")}
    assert {s for s in drawn if not any(f.stem == s for f in public)} == set()
    for path in build.rglob("*"):
        if path.is_file() and path.suffix != ".pdf":
            text = path.read_text(errors="replace")
            assert [t for t in traces if t in text] == [], path


def test_clean_builds_are_byte_identical(built_tree, student_only_tree):
    """Do two clean builds of the same sources, in different folders, give the same PDF?"""
    assert (student_only_tree / "build" / "student.pdf").read_bytes() == \
        (built_tree / "build" / "student.pdf").read_bytes()


def test_public_export_has_nothing_instructor_only_and_builds_the_same_pdf(built_tree, tmp_path):
    """Does export-public leave out every instructor-only file and trace, and does the
    student edition built from it match the full tree's byte for byte?"""
    public = tmp_path / "public"
    doit(built_tree, "export-public", str(public))
    assert not list(public.rglob("answer.instructor.tex"))
    traces = _instructor_traces(built_tree)
    for path in public.rglob("*"):
        if path.is_file():
            content = path.relative_to(public).parts[0] in ("source", "solutions", "figures_src")
            text = path.read_text(errors="replace")
            assert [t for t in traces if t in text and (content or t not in _ALLOWED)] == [], path
    doit(public, "student")
    assert (public / "build" / "student.pdf").read_bytes() == \
        (built_tree / "build" / "student.pdf").read_bytes()


# The pipeline's code and tests name the instructor file and function; that is not material.
_ALLOWED = {"answer.instructor", "answer.instructor.tex", "solve_instructor", ".instructor.json", "instructor-answer:"}


def test_figures_are_byte_identical_across_clean_builds(built_tree, student_only_tree):
    """Does every figure drawn in two separate clean builds have the same bytes?"""
    figures = sorted((student_only_tree / "build" / "figures").glob("*.pdf"))
    assert figures
    for figure in figures:
        assert figure.read_bytes() == (built_tree / "build" / "figures" / figure.name).read_bytes()
