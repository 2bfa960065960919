"""Helpers for tests: copies of the project, doit runs, PDF text."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from booklet.layout import CONTENT, PIPELINE

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "booklet"


def copy_tree(src, dst, with_build=False, content=None):
    """Copy the project's pipeline from ROOT and the booklet content from `content` (default:
    src), keeping mtimes; with_build also copies build/ and doit's state."""
    dst.mkdir(parents=True, exist_ok=True)
    content = Path(content or src)
    pairs = [(Path(src, n), n) for n in PIPELINE] + [(content / n, n) for n in CONTENT]
    if with_build:
        pairs += [(Path(src, n), n) for n in ("build", ".doit.json")]
    for path, name in pairs:
        if path.is_dir():
            shutil.copytree(path, dst / name, ignore=shutil.ignore_patterns("__pycache__"),
                            symlinks=True)
        elif path.exists():
            shutil.copy2(path, dst / name)
    return dst


def fixture_tree(dst):
    """The small fixture booklet with this repository's pipeline and its one figure style
    (figures_src/common/style.py)."""
    tree = copy_tree(ROOT, dst, content=FIXTURE)
    style = tree / "figures_src" / "common" / "style.py"
    style.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "figures_src" / "common" / "style.py", style)
    return tree


def doit(tree, *args, check=True, env=None, timeout=600):
    """Run doit in a tree; return the completed process (stdout and stderr as text)."""
    run = subprocess.run([sys.executable, "-m", "doit", *args], cwd=tree, env=env,
                         capture_output=True, text=True, timeout=timeout)
    if check and run.returncode != 0:
        raise AssertionError(f"doit {' '.join(args)} failed:\n{run.stdout}\n{run.stderr}")
    return run


def executed(run):
    """Names of the tasks doit ran (`.  name` lines), not those up to date (`-- name`)."""
    return set(re.findall(r"^\.  (?:\[ *\d+/\d+\] )?(\S+)", run.stdout, re.M))


def pdf_text(pdf):
    """Text of a PDF, pages separated by form feeds, via poppler's pdftotext."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def error_lines(run):
    """The `error:` lines of a run's output."""
    return [line for line in (run.stdout + run.stderr).splitlines() if line.startswith("error:")]
