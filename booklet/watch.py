"""`doit watch`: rebuild on save what an edit touches, one line per rebuild.

It polls the sources (source/, solutions/, figures_src/) twice a second. After a change it
runs `doit` for the editions to build (the default one, or those named on the command line)
and, when the change is inside one problem's files, `doit preview --problem ID` too. A
failure prints its `error:` line and watching goes on. It is a doit command, not a task, so
that it holds no lock while the builds it starts run.
"""
import re
import subprocess
import sys
import time
from pathlib import Path

from doit.cmd_base import Command

from booklet.layout import CONTENT

PROBLEM_FOLDER = re.compile(r"^source/ch\d+/(\d+\.\d+)/")
SOLUTION = re.compile(r"^(?:solutions|figures_src)/ch\d+/(?:p|fig_)(\d+)_(\d+)\.py$")


def snapshot(root):
    """{relative path: (mtime, size)} of every source file."""
    found = {}
    for name in CONTENT:
        for path in Path(root, name).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                found[path.relative_to(root).as_posix()] = (stat.st_mtime_ns, stat.st_size)
    return found


def edited_problem(paths):
    """The problem id when every changed path belongs to one problem, else None."""
    ids = set()
    for path in paths:
        match = PROBLEM_FOLDER.match(path) or SOLUTION.match(path)
        if not match:
            return None
        ids.add(match.group(1) if match.lastindex == 1 else f"{match.group(1)}.{match.group(2)}")
    return ids.pop() if len(ids) == 1 else None


def _doit(root, *args):
    """Run doit; (ok, its error line or its summary line)."""
    run = subprocess.run([sys.executable, "-m", "doit", *args], cwd=root, capture_output=True,
                         text=True)
    lines = (run.stdout + run.stderr).strip().splitlines()
    errors = [line for line in lines if line.startswith("error:")]
    if run.returncode != 0:
        return False, errors[0] if errors else (lines[-1] if lines else "doit failed")
    return True, lines[-1] if lines else ""


def rebuild(root, targets, changed):
    """One rebuild after `changed` paths; return its report line."""
    start = time.monotonic()
    ok, line = _doit(root, *targets)
    problem = edited_problem(changed)
    parts = [", ".join(sorted(changed)[:3]) + (" ..." if len(changed) > 3 else "")]
    if not ok:
        return f"watch: {parts[0]}: {line}"
    parts.append(line.removeprefix("doit: "))
    if problem:
        ok, preview = _doit(root, "preview", "--problem", problem)
        parts.append(f"preview {problem}" if ok else preview)
    return f"watch: {' -> '.join(parts)} ({time.monotonic() - start:.1f} s)"


def watch(root, targets=(), interval=0.5, rounds=None):
    """Watch until interrupted (or for `rounds` polls, for tests)."""
    before = snapshot(root)
    print(f"watch: watching {', '.join(CONTENT)}; Ctrl-C stops", flush=True)
    ok, line = _doit(root, *targets)
    print(f"watch: {line}", flush=True)
    count = 0
    while rounds is None or count < rounds:
        count += 1
        time.sleep(interval)
        now = snapshot(root)
        changed = {p for p in set(now) | set(before) if now.get(p) != before.get(p)}
        if changed:
            time.sleep(interval / 5)    # let an editor finish writing
            now = snapshot(root)
            print(rebuild(root, targets, changed), flush=True)
        before = now


class Watch(Command):
    doc_purpose = "rebuild on save what an edit touches (and the edited problem's preview)"
    doc_usage = "[EDITION ...]"
    doc_description = __doc__
    name = "watch"

    def execute(self, params, args):
        try:
            watch(Path.cwd(), args)
        except KeyboardInterrupt:
            print("watch: stopped")
        return 0
