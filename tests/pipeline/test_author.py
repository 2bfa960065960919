"""Can the author add a problem from the scaffold and work with `doit watch`?"""
import subprocess
import sys
import time

import pytest

from support import doit, error_lines, pdf_text


def test_new_problem_builds_and_its_stub_test_fails(fixture):
    """Does `doit new --problem 1.3` write a problem that both editions and `doit check`
    accept, list it in chapter.toml, and add a test that fails until it is written?"""
    (fixture / "tests").mkdir(exist_ok=True)
    doit(fixture, "new", "--problem", "1.3")
    doit(fixture, "new", "--problem", "2.2", "--kind", "answer")
    assert '"1.1", "1.2", "1.3"' in (fixture / "source" / "ch01" / "chapter.toml").read_text()
    doit(fixture, "student", "instructor")
    assert "Problem 1.3" in pdf_text(fixture / "build" / "instructor.pdf")
    student = pdf_text(fixture / "build" / "student.pdf")
    assert "Problem 1.3" in student and "Problem 2.2" in student
    assert "check: no problems found" in doit(fixture, "check").stdout
    stub = subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/test_ch01.py"],
                          cwd=fixture, capture_output=True, text=True)
    assert stub.returncode != 0 and "write the independent check of problem 1.3" in stub.stdout


@pytest.mark.parametrize("problem, message", [
    ("1.1", "error: new: problem 1.1 already exists"),
    ("9.1", "error: new: no chapter 9"),
    ("x", "error: new: give a problem id such as"),
])
def test_new_refuses_bad_ids(fixture, problem, message):
    """Is an existing, impossible or malformed id refused with one error line, writing nothing?"""
    def sources():
        return sorted(p for name in ("source", "solutions", "tests") for p in (fixture / name).rglob("*"))

    before = sources()
    run = doit(fixture, "new", "--problem", problem, check=False)
    assert run.returncode != 0 and error_lines(run)[0].startswith(message)
    assert sources() == before


def _wait_for(log, text, seconds=90, times=1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if log.read_text().count(text) >= times:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_watch_rebuilds_on_save_and_survives_an_error(fixture, tmp_path):
    """After a save, does `doit watch` rebuild the PDF and the problem's preview, print one
    line, report a broken fragment by its error line and go on watching?"""
    log = tmp_path / "watch.log"
    with open(log, "w") as out:
        watcher = subprocess.Popen([sys.executable, "-m", "doit", "watch"], cwd=fixture,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        assert _wait_for(log, "nothing to do")
        answer = fixture / "source" / "ch01" / "1.1" / "answer.tex"
        answer.write_text(answer.read_text() + "Zebrafinch.\n")
        assert _wait_for(log, "preview 1.1")
        assert "Zebrafinch" in pdf_text(fixture / "build" / "student.pdf")
        assert list((fixture / "build" / "preview" / "1.1").glob("student-*.png"))
        answer.write_text(answer.read_text() + "\\emph{unclosed\n")
        assert _wait_for(log, "error: source/ch01/1.1/answer.tex:")
        answer.write_text(answer.read_text().replace("\\emph{unclosed\n", "Ibis.\n"))
        assert _wait_for(log, "preview 1.1 (", times=2)
        assert watcher.poll() is None
    finally:
        watcher.terminate()
        watcher.wait(10)
    assert "Ibis" in pdf_text(fixture / "build" / "student.pdf")
    lines = [line for line in log.read_text().splitlines() if line.startswith("watch: source/")]
    assert len(lines) == 3
