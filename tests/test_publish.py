"""Does `doit publish` release a version only when it is ready, and completely or not at all?"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest
from pypdf import PdfReader

from conftest import ROOT, copy_tree, doit, executed, pdf_text

GOLDEN_2_3 = "tests/test_golden.py::test_values_match_golden[2.3]"


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout.strip()


def set_version(repo, version, date):
    toml = repo / "source" / "booklet.toml"
    text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', toml.read_text())
    toml.write_text(re.sub(r'(?m)^date = ".*"$', f'date = "{date}"', text))


def add_note(repo, problem, version, printed, correct, instructor=False):
    with open(repo / "source" / "errata.toml", "a") as errata:
        errata.write(f'\n[[erratum]]\nproblem = "{problem}"\nversion = "{version}"\n'
                     f'printed = "{printed}"\ncorrect = "{correct}"\n'
                     + ("instructor = true\n" if instructor else ""))


def commit(repo, message):
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


@pytest.fixture
def repo(built_tree, tmp_path):
    """A git repository of the built booklet whose publish runs one quick golden test."""
    repo = copy_tree(built_tree, tmp_path / "repo", with_build=True)
    shutil.copytree(ROOT / "tests", repo / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".gitignore", repo)
    toml = repo / "source" / "booklet.toml"
    toml.write_text(re.sub(r'(?m)^tests = .*$', f'tests = ["{GOLDEN_2_3}"]', toml.read_text()))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "author@example.org")
    git(repo, "config", "user.name", "Author")
    commit(repo, "Booklet")
    return repo


def change_2_3_points(repo):
    """Move the third data point of problem 2.3 and accept its new golden values."""
    solution = repo / "solutions" / "ch02" / "p2_3.py"
    solution.write_text(solution.read_text().replace("[3.0, 2.8]", "[3.0, 3.4]"))
    subprocess.run([sys.executable, "-m", "pytest", "-q", GOLDEN_2_3, "--force-regen"],
                   cwd=repo, capture_output=True)


def test_first_release_then_an_errata_release(repo):
    """Does publishing 1.0 and then 1.1 after one changed value give manifests, tags,
    stamped editions and an errata sheet listing exactly that change with values and pages?"""
    first = doit(repo, "publish")
    assert "released 1.0" in first.stdout
    assert git(repo, "tag", "--list") == "v1.0"
    assert git(repo, "status", "--porcelain") == ""
    assert "releases/1.0/manifest.json" in git(repo, "show", "--name-only", "v1.0")
    old_slope = json.loads((repo / "releases/1.0/manifest.json").read_text())[
        "problems"]["2.3"]["values"]["discriminative_slope"]

    change_2_3_points(repo)
    set_version(repo, "1.1", "2027-01-15")
    add_note(repo, "2.3", "1.1", "the third point was (3, 2.8)", "the third point is (3, 3.4)")
    commit(repo, "Move a data point of 2.3")
    listed = doit(repo, "errata").stdout
    assert re.search(r"^2\.3: changed: .*discriminative_slope 0\.710526 → ", listed, re.M)

    second = doit(repo, "publish")
    assert "released 1.1" in second.stdout
    assert git(repo, "tag", "--list").split() == ["v1.0", "v1.1"]
    release = repo / "build" / "releases" / "1.1"
    for edition in ("student", "instructor"):
        text = pdf_text(release / f"{edition}.pdf")
        assert "version 1.1 (2027-01-15)" in text
        assert PdfReader(release / f"{edition}.pdf").metadata.subject == "version 1.1, 2027-01-15"
        sheet = " ".join(pdf_text(release / f"errata-{edition}.pdf").split())
        assert re.findall(r"Problem (\d+\.\d+)", sheet) == ["2.3"]
        assert f"discriminative_slope {old_slope:.6g} → " in sheet
        page = json.loads((repo / "releases/1.1/manifest.json").read_text())[
            "problems"]["2.3"]["pages"][edition]
        assert f"page {page} of this one" in sheet
        assert re.search(r"page \d+ of the previous printing", sheet)
    assert "the third point is (3, 3.4)" in pdf_text(release / "student.pdf")


def test_change_without_note_blocks_publishing(repo):
    """Is a release refused, with nothing written, when a problem changed without a note?"""
    doit(repo, "publish")
    change_2_3_points(repo)
    set_version(repo, "1.1", "2027-01-15")
    commit(repo, "Move a data point of 2.3")
    run = doit(repo, "publish", check=False)
    assert run.returncode != 0
    assert "2.3: " in run.stdout and "without an errata note" in run.stdout
    assert git(repo, "tag", "--list") == "v1.0"
    assert not (repo / "releases" / "1.1").exists()
    assert not (repo / "build" / "releases" / "1.1").exists()


def test_note_for_unchanged_problem_is_reported(repo):
    """Does `doit errata` report a note whose problem did not change?"""
    doit(repo, "publish")
    set_version(repo, "1.1", "2027-01-15")
    add_note(repo, "2.1", "1.1", "old", "new")
    commit(repo, "A note without a change")
    assert "2.1: note in source/errata.toml, but the problem did not change" in \
        doit(repo, "errata").stdout


def test_instructor_only_change_stays_out_of_student_output(repo):
    """Is a change to an instructor-only answer listed for instructors and never for students?"""
    doit(repo, "publish")
    answer = repo / "source" / "ch02" / "2.1" / "answer.instructor.tex"
    answer.write_text(answer.read_text() + "\nBoth slopes vanish at the minimum.\n")
    set_version(repo, "1.1", "2027-01-15")
    add_note(repo, "2.1", "1.1", "no remark on the minimum", "remark on the minimum",
             instructor=True)
    commit(repo, "Extend the instructor answer of 2.1")
    doit(repo, "publish")
    release = repo / "build" / "releases" / "1.1"
    assert "Problem 2.1" in pdf_text(release / "errata-instructor.pdf")
    assert "remark on the minimum" in pdf_text(release / "instructor.pdf")
    for student_output in ("errata-student.pdf", "student.pdf"):
        text = pdf_text(release / student_output)
        assert "remark on the minimum" not in text and "Problem 2.1 (" not in text


def test_refusals_write_nothing(repo):
    """Are a dirty tree, failing tests and an existing version each refused, leaving no release?"""
    (repo / "source" / "front.tex").write_text("Edited.\n")
    run = doit(repo, "publish", check=False)
    assert run.returncode != 0 and "the git tree is dirty" in run.stdout
    git(repo, "checkout", "--", "source/front.tex")

    solution = repo / "solutions" / "ch02" / "p2_3.py"
    solution.write_text(solution.read_text().replace("[3.0, 2.8]", "[3.0, 3.4]"))
    commit(repo, "A change that breaks a golden value")
    run = doit(repo, "publish", check=False)
    assert run.returncode != 0 and "the tests fail" in run.stdout
    assert git(repo, "tag", "--list") == "" and not (repo / "releases" / "1.0").exists()
    git(repo, "revert", "--no-edit", "HEAD")

    doit(repo, "publish")
    run = doit(repo, "publish", check=False)
    assert run.returncode != 0 and "version 1.0 already exists" in run.stdout


def test_interrupted_publish_leaves_no_partial_release(repo):
    """Does killing a publish half-way leave no tag, manifest or release folder, so that
    the next publish succeeds?"""
    process = subprocess.Popen([sys.executable, "-m", "doit", "publish"], cwd=repo,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    staging = repo / "build" / "releases" / ".1.0.staging"
    deadline = time.time() + 120
    while not staging.exists() and process.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "publish finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert git(repo, "tag", "--list") == ""
    assert git(repo, "status", "--porcelain") == ""
    assert not (repo / "releases" / "1.0").exists()
    assert not (repo / "build" / "releases" / "1.0").exists()
    assert "released 1.0" in doit(repo, "publish").stdout
    assert "pdf:student" not in executed(doit(repo, "student"))
