"""Shared fixtures: the repository root, the loaded sources, and built copies of the tree.

Tests that build work on a copy of the repository in a temporary folder, never on the
working tree. The full booklet is built once per session (`built_tree`); a test that edits
sources gets its own copy of that built tree (`tree`), so that it starts up to date.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booklet import sources  # noqa: E402

COPIED = ["dodo.py", "pyproject.toml", "booklet", "source", "solutions", "figures_src", "releases"]


def copy_tree(src, dst, with_build=False):
    """Copy the project (and optionally its build state) keeping mtimes."""
    dst.mkdir(parents=True, exist_ok=True)
    names = COPIED + (["build", ".doit.json"] if with_build else [])
    for name in names:
        path = Path(src, name)
        if path.is_dir():
            shutil.copytree(path, dst / name, ignore=shutil.ignore_patterns("__pycache__"),
                            symlinks=True)
        elif path.exists():
            shutil.copy2(path, dst / name)
    return dst


def doit(tree, *args, check=True, env=None):
    """Run doit in a tree; return the completed process (stdout and stderr as text)."""
    run = subprocess.run([sys.executable, "-m", "doit", *args], cwd=tree, env=env,
                         capture_output=True, text=True)
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


@pytest.fixture(scope="session")
def root():
    return ROOT


@pytest.fixture(scope="session")
def booklet():
    return sources.load(ROOT)


@pytest.fixture(scope="session")
def built_tree(tmp_path_factory):
    """A copy of the repository with both editions built from scratch."""
    tree = copy_tree(ROOT, tmp_path_factory.mktemp("built"))
    doit(tree, "-n", "2", "student", "instructor")
    return tree


@pytest.fixture
def tree(built_tree, tmp_path):
    """A private, up-to-date copy of the built tree for a test that edits sources."""
    return copy_tree(built_tree, tmp_path / "tree", with_build=True)
