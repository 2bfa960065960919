"""Does a build killed half-way resume to exactly the PDFs of an uninterrupted build?"""
import os
import signal
import subprocess
import sys
import time

from conftest import ROOT, copy_tree, doit


def _kill_when(tree, ready, timeout=300):
    """Start a build; SIGKILL it (and its latexmk) as soon as ready() holds. True if killed."""
    process = subprocess.Popen([sys.executable, "-m", "doit", "student", "instructor"], cwd=tree,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.time() + timeout
    while process.poll() is None and time.time() < deadline:
        if ready():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.01)
    process.wait()
    return False


def test_killed_builds_resume_to_identical_pdfs(built_tree, tmp_path):
    """Killed after the first solution, after the first figure and during LaTeX, does the next
    `doit` finish with PDFs byte-identical to an uninterrupted build?"""
    tree = copy_tree(ROOT, tmp_path / "tree")
    build = tree / "build"
    points = {
        "solution": lambda: any((build / "values").glob("*.json")),
        "figure": lambda: any((build / "figures").glob("*.pdf")),
        "latex": lambda: (build / "student" / "booklet.log").exists()
        or (build / "instructor" / "booklet.log").exists(),
    }
    killed = [name for name, ready in points.items() if _kill_when(tree, ready)]
    assert "latex" in killed, killed
    assert not (build / "student.pdf").exists() or not (build / "instructor.pdf").exists()
    doit(tree, "student", "instructor")
    for edition in ("student", "instructor"):
        assert (build / f"{edition}.pdf").read_bytes() == \
            (built_tree / "build" / f"{edition}.pdf").read_bytes()
