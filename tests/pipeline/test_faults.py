"""Does the build survive faults (contract 14): a kill at any instant, a Ctrl-C, a damaged
state file, two builds at once, a read-only or full disk? Each must leave a state from which
the next plain `doit` succeeds with the PDFs of a clean build."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import doit, error_lines, executed, fixture_tree, pdf_text

pytestmark = pytest.mark.slow
EDITIONS = ("student", "instructor")


def _start(tree, *args):
    return subprocess.Popen([sys.executable, "-m", "doit", *args], cwd=tree,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _group(process):
    """(pid, name, cwd) of every live process in the build's process group."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[2]) == process.pid and fields[0] not in "ZX":
                found.append((int(entry.name), name, os.readlink(entry / "cwd")))
        except (OSError, ValueError):
            continue
    return found


def _kill_when(process, ready, sig=signal.SIGKILL, timeout=120):
    """Send `sig` to the build's process group as soon as ready() holds; True if sent.
    With sig=0, only wait for ready() and leave the build running."""
    deadline = time.time() + timeout
    while process.poll() is None and time.time() < deadline:
        if ready():
            if not sig:
                return True
            os.killpg(process.pid, sig)
            process.communicate()
            return True
        time.sleep(0.005)
    process.communicate()
    return False


def _pdflatex_pass(process, number, seen):
    """A ready() for: the number-th pdflatex run of one edition is running now."""
    def ready():
        for pid, name, cwd in _group(process):
            if name == "pdflatex":
                runs = seen.setdefault(Path(cwd).name, set())
                runs.add(pid)
                if len(runs) == number:
                    return True
        return False
    return ready


def _with_pause(path, function):
    """Make `function` of a script touch `kill-point` and sleep: a window to kill in.
    Return the original text."""
    text = path.read_text()
    path.write_text(text.replace(f"def {function}():\n", f"def {function}():\n"
                                 "    open('kill-point', 'w').close()\n"
                                 "    __import__('time').sleep(60)\n", 1))
    return text


def _pdfs(tree):
    return {e: (tree / "build" / f"{e}.pdf").read_bytes() for e in EDITIONS
            if (tree / "build" / f"{e}.pdf").exists()}


def _leftovers(tree):
    return sorted(str(p.relative_to(tree)) for p in tree.rglob("*.tmp"))


def test_killed_builds_resume_to_identical_pdfs(built_fixture, tmp_path):
    """Killed with SIGKILL during a solution, during a figure, during each pdflatex pass and
    during doit's state write, then interrupted with Ctrl-C, does the next plain `doit` still
    succeed with PDFs byte-identical to a clean build?"""
    tree = fixture_tree(tmp_path / "tree")
    point = tree / "kill-point"
    for script, function in ((tree / "solutions" / "ch01" / "p1_1.py", "solve"),
                             (tree / "figures_src" / "ch01" / "fig_1_2.py", "draw")):
        original = _with_pause(script, function)
        assert _kill_when(_start(tree, *EDITIONS), point.exists), script
        script.write_text(original)
        point.unlink()
    passes = 0
    for number in (1, 2, 3):
        seen = {}
        process = _start(tree, *EDITIONS)
        if not _kill_when(process, _pdflatex_pass(process, number, seen)):
            break
        passes = number
    assert passes >= 2, seen   # latexmk runs pdflatex twice or more on a fresh document
    (tree / ".doit.json").unlink(missing_ok=True)   # every task runs again
    values = tree / "build" / "values" / "1.1.json"
    stamp = values.stat().st_mtime_ns
    process = _start(tree, *EDITIONS)
    # once tasks run (the state is open), make the state's scratch file a FIFO: doit blocks
    # in its open, inside the state write, until the kill
    assert _kill_when(process, lambda: values.stat().st_mtime_ns != stamp, sig=0)
    os.mkfifo(tree / f".doit.json.{process.pid}.tmp")

    def writing_state():
        wchan = Path(f"/proc/{process.pid}/wchan")
        return wchan.exists() and wchan.read_text() == "wait_for_partner"
    assert _kill_when(process, writing_state)
    assert len(_pdfs(tree)) == 2   # every task ran
    assert not (tree / ".doit.json").exists()   # no state rather than a partial one
    process = _start(tree, *EDITIONS)
    seen = {}
    assert _kill_when(process, _pdflatex_pass(process, 1, seen), sig=signal.SIGINT)
    assert process.returncode != 0
    doit(tree)
    doit(tree, "instructor")
    clean = _pdfs(built_fixture)
    assert _pdfs(tree) == clean
    assert _leftovers(tree) == []
    assert executed(doit(tree, *EDITIONS)) == set()


@pytest.mark.parametrize("damage", [b"", b"{\"solve:1.1\": {\"_values_\"", b"\x00\xff garbage"],
                         ids=["empty", "truncated", "garbage"])
def test_damaged_state_means_a_rebuild(fixture, damage):
    """Is a damaged .doit.json (empty, truncated, garbage) one warning line and a rebuild,
    not a dead tool, for `doit list`, `doit clean` and `doit`?"""
    state, before = fixture / ".doit.json", _pdfs(fixture)
    for args in (("list",), (), ("clean",)):
        state.write_bytes(damage)
        run = doit(fixture, *args)
        warnings = [line for line in run.stderr.splitlines() if ".doit.json" in line]
        assert len(warnings) == 1 and "damaged" in warnings[0], run.stderr
        assert "Traceback" not in run.stderr
        if args == ():
            assert "pdf:student" in executed(run)
            assert _pdfs(fixture)["student"] == before["student"]
    assert not (fixture / "build" / "student.pdf").exists()   # clean worked


def test_two_builds_at_once(fixture):
    """Started at once after an edit, do both `doit` exit 0 (the second waiting for the
    first, and saying so), with a valid PDF that has the edit, and nothing left to do?"""
    from pypdf import PdfReader

    answer = fixture / "source" / "ch02" / "2.1" / "answer.tex"
    answer.write_text(answer.read_text() + "Zebrastripe is the edit.\n")
    first, second = _start(fixture), _start(fixture)
    runs = [p.communicate() + (p.returncode,) for p in (first, second)]
    assert [r[2] for r in runs] == [0, 0], runs
    waited = [r for r in runs if "waiting" in r[1]]
    assert len(waited) == 1, runs
    worker = next(r for r in runs if r not in waited)
    assert "render:2.1/answer.tex" in worker[0] and "pdf:student" in worker[0]
    assert ".  " not in waited[0][0]    # the second found the first's work done
    pdf = fixture / "build" / "student.pdf"
    assert len(PdfReader(pdf).pages) >= 1
    assert "Zebrastripe" in pdf_text(pdf)
    assert executed(doit(fixture)) == set()


def _mount(*args):
    run = subprocess.run(["mount", *args], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"cannot mount here: {run.stderr.strip()}")


def _edit(tree):
    answer = tree / "source" / "ch01" / "1.1" / "answer.tex"
    answer.write_text(answer.read_text() + "One more sentence.\n")


def test_read_only_build_folder(fixture):
    """With build/ on a read-only mount, does an edit fail with one error line, no `*.tmp`
    left, the PDFs kept, and succeed once the folder is writable again?"""
    build = fixture / "build"
    before = _pdfs(fixture)
    _mount("--bind", str(build), str(build))
    try:
        _mount("-o", "remount,bind,ro", str(build))
        _edit(fixture)
        run = doit(fixture, *EDITIONS, check=False)
        assert run.returncode != 0
        errors = error_lines(run)
        assert len(errors) == 1 and "Read-only file system" in errors[0], run.stdout + run.stderr
        assert _pdfs(fixture) == before
        assert _leftovers(fixture) == []
    finally:
        subprocess.run(["umount", str(build)], check=True)
    doit(fixture, *EDITIONS)
    assert "One more sentence" in pdf_text(build / "student.pdf")


@pytest.mark.parametrize("room", [0, 48 * 1024], ids=["full", "no-room-for-latex"])
def test_full_disk(fixture, room):
    """With build/ on a tiny tmpfs that is full (or has room for fragments but not for
    LaTeX's output), does an edit fail with one error line, no `*.tmp` left, the PDFs kept,
    and succeed once there is space again?"""
    build, saved = fixture / "build", fixture / "build.saved"
    build.rename(saved)
    build.mkdir()
    size = sum(p.stat().st_blocks * 512 for p in saved.rglob("*")) + 2 ** 21
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(build))
    try:
        shutil.copytree(saved, build, dirs_exist_ok=True, symlinks=True)
        before = _pdfs(fixture)
        filler = build / "filler"
        with open(filler, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 4096)
            except OSError:
                pass
        if room:
            os.truncate(filler, max(filler.stat().st_size - room, 0))
        _edit(fixture)
        run = doit(fixture, *EDITIONS, check=False)
        assert run.returncode != 0
        errors = error_lines(run)
        assert len(errors) == 1, run.stdout + run.stderr
        assert "No space left on device" in errors[0] or "can't write" in errors[0], errors
        assert _pdfs(fixture) == before
        assert _leftovers(fixture) == [], errors
        filler.unlink()
        doit(fixture, *EDITIONS)
        assert "One more sentence" in pdf_text(build / "student.pdf")
    finally:
        subprocess.run(["umount", str(build)], check=True)
