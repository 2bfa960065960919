"""Helpers for the release tests: git repositories of the fixture booklet, publish runs that
are killed at chosen points, a tree's instructor-only traces."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from support import ROOT, doit

GATE = ROOT / "tests" / "fixtures" / "release" / "test_gate.py"
NEW_POINTS = ("[2.0, 5.1]", "[2.0, 5.5]")   # moves the last point of 1.1: slope 2.05 -> 2.25


def git(repo, *args, check=True):
    run = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
    if check and run.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {run.stderr}")
    return run.stdout.strip()


def make_repo(tree):
    """Turn a copy of the fixture booklet into a git repository whose publish gate is one
    quick test (tests/test_gate.py), everything committed."""
    (tree / "tests").mkdir(exist_ok=True)
    shutil.copy(GATE, tree / "tests" / "test_gate.py")
    shutil.copy(ROOT / ".gitignore", tree / ".gitignore")
    toml = tree / "source" / "booklet.toml"
    toml.write_text(re.sub(r"(?m)^tests = .*$", 'tests = ["tests/test_gate.py"]',
                           toml.read_text()))
    git(tree, "init", "-q", "-b", "main")
    git(tree, "config", "user.email", "author@example.org")
    git(tree, "config", "user.name", "Author")
    commit(tree, "Fixture booklet")
    return tree


def clone(repo, dst):
    """A copy of a repository with its build folder and git history."""
    shutil.copytree(repo, dst, symlinks=True)
    return dst


def commit(repo, message):
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def set_version(repo, version, date):
    toml = repo / "source" / "booklet.toml"
    text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', toml.read_text())
    toml.write_text(re.sub(r'(?m)^date = ".*"$', f'date = "{date}"', text))


def add_note(repo, problem, version, printed, correct, instructor=False):
    with open(repo / "source" / "errata.toml", "a") as errata:
        errata.write(f'\n[[erratum]]\nproblem = "{problem}"\nversion = "{version}"\n'
                     f'printed = "{printed}"\ncorrect = "{correct}"\n'
                     + ("instructor = true\n" if instructor else ""))


def move_point(repo):
    """Move the last point of 1.1 (its slope, and 1.2's instructor values and figure, change)
    and accept the new slope in the gate test."""
    solution = repo / "solutions" / "ch01" / "p1_1.py"
    solution.write_text(solution.read_text().replace(*NEW_POINTS))
    gate = repo / "tests" / "test_gate.py"
    if gate.is_file():
        gate.write_text(gate.read_text().replace("EXPECTED_SLOPE = 2.05",
                                                 "EXPECTED_SLOPE = 2.25"))


def release_files(repo):
    """Everything a release leaves: tags, the manifest folder, build/releases/ contents."""
    built = repo / "build" / "releases"
    return (git(repo, "tag", "--list"), (repo / "releases").exists(),
            sorted(str(p.relative_to(built)) for p in built.rglob("*")) if built.exists() else [])


# A publish in a child process, with `patch` run first (to kill it at a chosen instant).
_WRAPPER = """
import os, signal, subprocess, sys
sys.path.insert(0, os.getcwd())
from booklet import publish
def die():
    os.killpg(os.getpid(), signal.SIGKILL)
{patch}
from doit.doit_cmd import DoitMain
sys.exit(DoitMain().run(["publish"]))
"""

BEFORE_REF_TRANSACTION = """
real_run = subprocess.run
def run(args, *rest, **options):
    if list(args[:2]) == ["git", "update-ref"]:
        die()
    return real_run(args, *rest, **options)
publish.subprocess.run = run
"""

AFTER_REF_TRANSACTION = """
real_run = subprocess.run
def run(args, *rest, **options):
    result = real_run(args, *rest, **options)
    if list(args[:2]) == ["git", "update-ref"]:
        die()
    return result
publish.subprocess.run = run
"""

BEFORE_FILES_MOVE = """
real_replace = os.replace
def replace(source, target):
    if os.path.basename(str(source)) == "files":
        die()
    return real_replace(source, target)
os.replace = replace
"""


def start_publish(repo, patch=""):
    """Start `doit publish` in its own process group; stdout and stderr to a file."""
    log = open(repo.parent / f"{repo.name}.publish.log", "w")
    return subprocess.Popen([sys.executable, "-c", _WRAPPER.format(patch=patch)], cwd=repo,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def descendants(pid):
    """Command lines of every process below pid."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append((int(stat.parent.name), cmdline))
    found, todo = [], [pid]
    while todo:
        for child, cmdline in children.get(todo.pop(), []):
            found.append(cmdline)
            todo.append(child)
    return found


def kill_when(process, ready, timeout=300):
    """SIGKILL the process group of `process` as soon as ready() holds; True if it did,
    False if the process ended first."""
    deadline = time.time() + timeout
    while process.poll() is None and time.time() < deadline:
        if ready():
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.01)
    process.wait()
    return False


def publish(repo, check=True):
    return doit(repo, "publish", check=check)
