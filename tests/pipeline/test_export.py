"""Does `doit export-public` carry exactly what the student edition reads, and does a
student-only build write nothing instructor-only?

The fixture booklet's instructor material: the answer of 1.2 (the word "Quokkasecret", the
label prefix `instructor-answer:`, the values of solve_instructor(), the figure fig_1_2) and
an instructor-only erratum. The exported copy adds a helper, a constant and a docstring that
state the instructor answer, and instructor notes with `instructor = true` spelled two more
ways and one with a comment above it; it is published once, so that its release manifest has an instructor part.
"""
import json

import pytest

from pipeline.release import make_repo, publish
from support import doit, fixture_tree, pdf_text

pytestmark = pytest.mark.slow

HELPERS = '''

AREA_NOTE = "Platypusconstant: the area is the trapezoid under the line"


def area_formula():
    """Platypushelper: the area is slope * U**2 / 2 + intercept * U."""
    return "Platypusformula"


def _check():
    return area_formula() + AREA_NOTE
'''

NOTES = '''
[[erratum]]
problem = "1.2"
version = "1.0"
printed = "Echidnaindented printed"
correct = "Echidnaindented correct"
  instructor = true

[[erratum]]
problem = "2.1"
version = "1.0"
printed = "Bilbynospace printed"
correct = "Bilbynospace correct"
instructor=true
'''

# Above the fixture's instructor note, so below its public one.
COMMENT = "# Dingocomment: the next note is about the instructor answer of 1.2.\n"


def _instructor_traces(built):
    """Strings that only instructor material contains, read from a built fixture: its
    phrases, label, figure, notes, and every solve_instructor() value as the fragment
    prints it and as repr."""
    values = json.loads((built / "build" / "values" / "1.2.instructor.json").read_text())
    traces = {"Quokkasecret", "instructor-answer:", "fig_1_2", "zeta secret erratum",
              "omega secret erratum", "Echidnaindented", "Bilbynospace", "Dingo", "Platypus"}
    traces |= {f"{values['area']:.6g}", repr(values["area"])}
    traces |= {f"{piece:.3f}" for piece in values["pieces"]} | {repr(p) for p in values["pieces"]}
    return traces


def _files_with(tree, traces):
    """{file: traces it contains} over every file below tree, PDFs as bytes and as text."""
    found = {}
    for path in sorted(p for p in tree.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("latin-1")
        if path.suffix == ".pdf":
            text += pdf_text(path)
        hits = sorted(t for t in traces if t in text)
        if hits:
            found[str(path.relative_to(tree))] = hits
    return found


@pytest.fixture(scope="module")
def exported(built_fixture, tmp_path_factory):
    """The fixture with the extra instructor material, committed and published as 1.0,
    exported into public/, and public/ with its student edition built."""
    base = tmp_path_factory.mktemp("export")
    repo = fixture_tree(base / "repo")
    with open(repo / "solutions" / "ch01" / "p1_2.py", "a") as solution:
        solution.write(HELPERS)
    errata = repo / "source" / "errata.toml"
    note = '[[erratum]]\nproblem = "1.2"'
    errata.write_text(errata.read_text().replace(note, COMMENT + note) + NOTES)
    make_repo(repo)
    publish(repo)
    public = base / "public"
    run = doit(repo, "export-public", str(public))
    exported_files = sorted(str(p.relative_to(public)) for p in public.rglob("*") if p.is_file())
    doit(public, "student")
    return {"repo": repo, "public": public, "run": run, "files": exported_files,
            "traces": _instructor_traces(built_fixture)}


def test_traces_are_in_the_full_tree(exported, built_fixture):
    """Do the full repository and its instructor build hold every trace, so that the search
    below can see them?"""
    repo, traces = exported["repo"], exported["traces"]
    folders = [repo / "source", repo / "solutions", repo / "releases",
               repo / "build" / "releases", built_fixture / "build" / "instructor"]
    assert set().union(*(h for f in folders for h in _files_with(f, traces).values())) == traces


def test_export_holds_no_instructor_material_in_any_file(exported):
    """Is no instructor phrase, value, figure name, label, note, helper, docstring or
    manifest entry in any exported file, before or after its student build?"""
    assert "export-public: wrote" in exported["run"].stdout
    assert not [f for f in exported["files"] if "instructor" in f or "fig_1_2" in f]
    assert _files_with(exported["public"], exported["traces"]) == {}


def test_export_keeps_what_the_student_edition_reads(exported):
    """Does the export keep the public fragments, solutions, figure, notes and the public
    part of the release manifest?"""
    assert {"source/ch01/1.1/answer.tex", "source/ch01/1.2/problem.tex",
            "solutions/ch01/p1_1.py", "solutions/ch01/p1_2.py", "figures_src/ch01/fig_1_1.py",
            "releases/1.0/manifest.json"} <= set(exported["files"])
    public = exported["public"]
    assert "the slope $2$" in (public / "source" / "errata.toml").read_text()
    record = json.loads((public / "releases" / "1.0" / "manifest.json").read_text())
    assert record["problems"]["1.1"]["values"]["slope"] == pytest.approx(2.05)
    assert set(record["problems"]["1.1"]["pages"]) == {"student"}
    assert record["problems"]["1.2"]["values"] == {"upper": 3}
    assert set(record["problems"]["1.2"]["fragments"]) == {"problem.tex"}
    assert record["problems"]["1.2"]["figures"] == {}


def test_student_edition_from_the_export_is_byte_identical(exported, built_fixture):
    """Is the student edition built from the export byte-identical to the one built from
    the full fixture, and to the released one?"""
    student = (exported["public"] / "build" / "student.pdf").read_bytes()
    assert student == (built_fixture / "build" / "student.pdf").read_bytes()
    assert student == (exported["repo"] / "build" / "releases" / "1.0" / "student.pdf").read_bytes()


def test_student_only_build_writes_nothing_instructor_only(built_fixture, tmp_path):
    """Does `doit student` in a fresh copy write no instructor values, figure, fragment or
    phrase anywhere under build/?"""
    tree = fixture_tree(tmp_path / "tree")
    doit(tree, "student")
    build = tree / "build"
    assert (build / "student.pdf").is_file()
    assert not list(build.rglob("*.instructor.json"))
    assert not list(build.rglob("fig_1_2*"))
    assert not list(build.rglob("answer.instructor.tex"))
    assert not (build / "instructor").exists()
    assert _files_with(build, _instructor_traces(built_fixture)) == {}
