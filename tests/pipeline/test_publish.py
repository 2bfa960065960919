"""Does `doit publish` release a version only when it is ready, from what it tags, and
completely or not at all?

Each test works on a git repository of the fixture booklet whose publish gate is one quick
test (tests/fixtures/release/test_gate.py). A publish builds both editions from scratch in a
checkout, so the releases are shared by the tests of this module and refusals run on clones.
"""
import json
import re
import time

import pytest
from pypdf import PdfReader

from pipeline.release import (AFTER_REF_TRANSACTION, BEFORE_FILES_MOVE, BEFORE_REF_TRANSACTION,
                              add_note, clone, commit,
                              descendants, git, kill_when, make_repo, move_point, publish,
                              release_files, set_version, start_publish)
from support import copy_tree, doit, error_lines, fixture_tree, pdf_text

pytestmark = pytest.mark.slow

EDITIONS = ("student", "instructor")
FILES = sorted([f"{e}.pdf" for e in EDITIONS] + [f"errata-{e}.pdf" for e in EDITIONS])


def _flat(pdf):
    return " ".join(pdf_text(pdf).split())


@pytest.fixture(scope="module")
def first(built_fixture, tmp_path_factory):
    """Version 1.0 published from a repository whose build/ was tampered with before, and
    whose answer 1.1 was edited in the working tree while the publish ran."""
    repo = make_repo(copy_tree(built_fixture, tmp_path_factory.mktemp("first") / "repo",
                               with_build=True))
    values = repo / "build" / "values" / "1.1.json"
    data = json.loads(values.read_text())
    data["slope"] = 7.77
    values.write_text(json.dumps(data))
    (repo / "build" / "student.pdf").write_bytes(b"%PDF-1.5 tampered\n")
    fragment = repo / "build" / "fragments" / "ch01" / "1.1" / "answer.tex"
    fragment.write_text(fragment.read_text() + "\nTamperedfragment.\n")
    answer = repo / "source" / "ch01" / "1.1" / "answer.tex"
    process = start_publish(repo)
    staging = repo / "build" / "releases" / ".1.0.staging" / "tree"
    while not staging.is_dir() and process.poll() is None:
        time.sleep(0.01)
    edited_while_running = process.poll() is None
    answer.write_text(answer.read_text() + "\nInflightedit.\n")
    process.wait()
    output = (repo.parent / "repo.publish.log").read_text()
    assert process.returncode == 0, output
    assert git(repo, "status", "--porcelain") == "M source/ch01/1.1/answer.tex"
    git(repo, "checkout", "--", "source/ch01/1.1/answer.tex")
    return {"repo": repo, "output": output, "edited_while_running": edited_while_running}


@pytest.fixture(scope="module")
def second(first, tmp_path_factory):
    """Version 1.1 after 1.0: 1.1's last point moved (which changes 1.2's instructor values
    and figure too), a sentence added to 1.2's instructor answer, a note for each, and a
    note for 2.1, which did not change."""
    repo = clone(first["repo"], tmp_path_factory.mktemp("second") / "repo")
    move_point(repo)
    answer = repo / "source" / "ch01" / "1.2" / "answer.instructor.tex"
    answer.write_text(answer.read_text() + "\nWombatremark: the pieces add up to the area.\n")
    set_version(repo, "1.1", "2024-06-01")
    add_note(repo, "1.1", "1.1", "the last point was (2, 5.1)", "the last point is (2, 5.5)")
    add_note(repo, "1.2", "1.1", "no Numbatnote", "the Numbatnote remark", instructor=True)
    add_note(repo, "2.1", "1.1", "a word", "the same word")
    commit(repo, "Move the last point of 1.1")
    return {"repo": repo, "run": publish(repo)}


def test_first_release_is_committed_tagged_and_complete(first):
    """Does the first release commit its manifest, tag that commit, leave a clean tree and
    write both editions and both errata sheets, stamped with the version?"""
    repo = first["repo"]
    assert git(repo, "tag", "--list") == "v1.0"
    assert git(repo, "rev-parse", "v1.0^{commit}") == git(repo, "rev-parse", "HEAD")
    assert git(repo, "show", "--name-only", "--format=", "v1.0") == "releases/1.0/manifest.json"
    assert git(repo, "ls-files", "releases") == "releases/1.0/manifest.json"
    assert git(repo, "status", "--porcelain") == ""
    release = repo / "build" / "releases" / "1.0"
    assert sorted(p.name for p in release.iterdir()) == FILES
    assert [p.name for p in (repo / "build" / "releases").iterdir()] == ["1.0"]
    for edition in EDITIONS:
        assert PdfReader(release / f"{edition}.pdf").metadata.subject == "version 1.0, 2024-01-15"
        assert "version 1.0 (2024-01-15)" in pdf_text(release / f"{edition}.pdf")
        assert "version 1.0 (2024-01-15)" in _flat(release / f"errata-{edition}.pdf")
        assert PdfReader(release / f"errata-{edition}.pdf").metadata.subject == \
            "version 1.0, 2024-01-15"
    record = json.loads((repo / "releases" / "1.0" / "manifest.json").read_text())
    assert record["version"] == "1.0" and set(record["problems"]) == {"1.1", "1.2", "2.1"}


def test_publishing_prints_progress_lines(first):
    """Does a publish say what it is doing, step by step, and what it released?"""
    lines = [line for line in first["output"].splitlines() if line.startswith("publish: ")]
    assert [re.sub(r" \.\.\.$| \(.*", "", line) for line in lines] == [
        "publish: running the gate tests tests/test_gate.py",
        "publish: building instructor, student",
        "publish: errata sheet of the instructor edition",
        "publish: errata sheet of the student edition",
        "publish: released 1.0"]


def test_edit_during_publish_does_not_reach_the_release(first):
    """Is an edit made in the working tree after the publish started left out of the
    release, which is built from the committed tree?"""
    assert first["edited_while_running"]
    release = first["repo"] / "build" / "releases" / "1.0"
    for edition in EDITIONS:
        text = pdf_text(release / f"{edition}.pdf")
        assert "least-squares slope is 2.05" in text
        assert "Inflightedit" not in text


def test_tampered_build_folder_does_not_reach_the_release(first):
    """Are an edited build/values/1.1.json, build/student.pdf and rendered fragment kept
    out of the release and its manifest?"""
    repo = first["repo"]
    release = repo / "build" / "releases" / "1.0"
    assert (release / "student.pdf").read_bytes() != (repo / "build" / "student.pdf").read_bytes()
    for edition in EDITIONS:
        text = pdf_text(release / f"{edition}.pdf")
        assert "2.05" in text and "7.77" not in text and "Tamperedfragment" not in text
    record = json.loads((repo / "releases" / "1.0" / "manifest.json").read_text())
    assert record["problems"]["1.1"]["values"]["slope"] == pytest.approx(2.05)


def test_errata_release_lists_the_changes(second):
    """Does 1.1 after 1.0 give a second tag and manifest, editions stamped 1.1, and errata
    sheets that list each change with its old and new values and pages?"""
    repo = second["repo"]
    assert git(repo, "tag", "--list").split() == ["v1.0", "v1.1"]
    assert git(repo, "rev-parse", "v1.1^{commit}") == git(repo, "rev-parse", "HEAD")
    assert git(repo, "status", "--porcelain") == ""
    assert "released 1.1" in second["run"].stdout
    release = repo / "build" / "releases" / "1.1"
    assert sorted(p.name for p in release.iterdir()) == FILES
    record = json.loads((repo / "releases" / "1.1" / "manifest.json").read_text())
    for edition in EDITIONS:
        assert PdfReader(release / f"{edition}.pdf").metadata.subject == "version 1.1, 2024-06-01"
        assert "version 1.1 (2024-06-01)" in pdf_text(release / f"{edition}.pdf")
        sheet = _flat(release / f"errata-{edition}.pdf")
        assert "slope 2.05 → 2.25" in sheet
        page = record["problems"]["1.1"]["pages"][edition]
        assert re.search(rf"Problem 1\.1 \(page \d+ of the previous printing, page {page} of "
                         r"this one\)", sheet)
    instructor_sheet = _flat(release / "errata-instructor.pdf")
    assert re.findall(r"Problem (\d\.\d) \(", instructor_sheet) == ["1.1", "1.2", "2.1"]
    assert "area 12.075 → 12.775" in instructor_sheet
    assert "figure fig_1_2 changed" in instructor_sheet


def test_note_for_an_unchanged_problem_is_reported(second):
    """Does the publish report a note whose problem did not change?"""
    assert "publish: note for 2.1 in source/errata.toml, but it did not change" in \
        second["run"].stdout


def test_instructor_only_change_stays_out_of_student_outputs(second):
    """Are an instructor-only change and its note in the instructor edition and sheet, and
    nowhere in the student edition, its Errata appendix or its sheet?"""
    release = second["repo"] / "build" / "releases" / "1.1"
    instructor = _flat(release / "instructor.pdf")
    assert "Wombatremark" in instructor and "the Numbatnote remark" in instructor
    assert "the Numbatnote remark" in _flat(release / "errata-instructor.pdf")
    student, sheet = _flat(release / "student.pdf"), _flat(release / "errata-student.pdf")
    assert "the last point is (2, 5.5)" in student      # the appendix of 1.1 was read
    for text in (student, sheet):
        assert "Numbatnote" not in text and "Wombatremark" not in text
        assert "12.075" not in text and "fig_1_2" not in text
    assert re.findall(r"Problem (\d\.\d) \(", sheet) == ["1.1", "2.1"]


def _refused(repo, reason):
    """Publish in repo; check it fails with one error line giving `reason` and writes nothing."""
    before = release_files(repo), git(repo, "rev-parse", "HEAD"), git(repo, "status", "--porcelain")
    run = publish(repo, check=False)
    assert run.returncode != 0
    errors = error_lines(run)
    assert len(errors) == 1 and reason in run.stdout + run.stderr, run.stdout + run.stderr
    assert (release_files(repo), git(repo, "rev-parse", "HEAD"),
            git(repo, "status", "--porcelain")) == before
    return run


def test_dirty_tree_is_refused(first, tmp_path):
    """Is a publish from a tree with uncommitted changes refused, writing nothing?"""
    repo = clone(first["repo"], tmp_path / "repo")
    set_version(repo, "1.1", "2024-06-01")
    _refused(repo, "the git tree is dirty")


def test_existing_version_is_refused(first, tmp_path):
    """Is a new commit that keeps the released version refused, writing nothing?"""
    repo = clone(first["repo"], tmp_path / "repo")
    (repo / "source" / "front.tex").write_text("A new front text.\n")
    commit(repo, "Edit the front text")
    _refused(repo, "version 1.0 already exists")


def test_failing_gate_test_is_refused(first, tmp_path):
    """Is a release whose gate test fails refused, writing nothing?"""
    repo = clone(first["repo"], tmp_path / "repo")
    solution = repo / "solutions" / "ch01" / "p1_1.py"
    solution.write_text(solution.read_text().replace("[2.0, 5.1]", "[2.0, 5.5]"))
    set_version(repo, "1.1", "2024-06-01")
    commit(repo, "A change that breaks the gate")
    run = _refused(repo, "running the gate tests tests/test_gate.py failed")
    assert "test_slope_is_the_accepted_one" in run.stdout


def test_change_without_a_note_is_refused(first, tmp_path):
    """Is a release refused, writing nothing, when problems changed without a note, and
    does the refusal name each of them with its change?"""
    repo = clone(first["repo"], tmp_path / "repo")
    move_point(repo)
    set_version(repo, "1.1", "2024-06-01")
    add_note(repo, "1.1", "1.1", "the last point was (2, 5.1)", "the last point is (2, 5.5)")
    commit(repo, "Move a point, note only 1.1")
    run = _refused(repo, "without an errata note")
    assert re.search(r"^  1\.2: .*area 12\.075 → 12\.775", run.stdout, re.M)
    assert not re.search(r"^  1\.1: ", run.stdout, re.M)


def _nothing_or_tagged(repo):
    """After a kill: 'nothing' (no tag, no release, clean tree) or 'tagged' (tag at HEAD)."""
    tags = git(repo, "tag", "--list")
    if not tags:
        assert git(repo, "status", "--porcelain") == ""
        assert not (repo / "releases").exists() and not (repo / "build" / "releases" / "1.0").exists()
        assert git(repo, "log", "--format=%s") == "Fixture booklet"
        return "nothing"
    assert tags == "v1.0" and git(repo, "rev-parse", "v1.0^{commit}") == git(repo, "rev-parse", "HEAD")
    return "tagged"


def test_killed_publish_releases_nothing_or_finishes(tmp_path):
    """Killed during the gate tests, during the build in the checkout, right before and right
    after the ref transaction and in _finish before the files move, does a publish leave either no trace
    or a tagged release that the next publish completes, after which `doit` succeeds?"""
    repo = make_repo(fixture_tree(tmp_path / "repo"))
    staging = repo / "build" / "releases" / ".1.0.staging"
    figures = staging / "tree" / "build" / "figures"
    process = start_publish(repo)
    assert kill_when(process, lambda: any("pytest" in c for c in descendants(process.pid)))
    assert _nothing_or_tagged(repo) == "nothing"
    process = start_publish(repo)
    assert kill_when(process, lambda: figures.is_dir() and any(figures.glob("*.pdf")))
    assert _nothing_or_tagged(repo) == "nothing"
    process = start_publish(repo, BEFORE_REF_TRANSACTION)
    process.wait()
    assert _nothing_or_tagged(repo) == "nothing"

    process = start_publish(repo, AFTER_REF_TRANSACTION)
    process.wait()
    assert _nothing_or_tagged(repo) == "tagged"
    assert not (repo / "build" / "releases" / "1.0").exists()
    process = start_publish(repo, BEFORE_FILES_MOVE)
    process.wait()
    assert _nothing_or_tagged(repo) == "tagged"
    assert git(repo, "status", "--porcelain") == ""

    run = publish(repo)
    assert "1.0 is tagged but its files are missing; finishing the release" in run.stdout
    assert _nothing_or_tagged(repo) == "tagged"
    assert git(repo, "ls-files", "releases") == "releases/1.0/manifest.json"
    assert git(repo, "status", "--porcelain") == ""
    assert sorted(p.name for p in (repo / "build" / "releases").iterdir()) == ["1.0"]
    assert sorted(p.name for p in (repo / "build" / "releases" / "1.0").iterdir()) == FILES
    assert "already released" in publish(repo).stdout
    doit(repo)
    assert (repo / "build" / "student.pdf").is_file()
