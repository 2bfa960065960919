"""`doit new --problem 3.19`: a new problem from templates, ready to build.

It writes the statement and one answer fragment (by default of the first kind no public
edition prints), a solution module whose values both print, a test stub that fails until
the author writes the independent check, and lists the problem in its chapter.toml.
"""
import re
from pathlib import Path

from booklet import BuildError, sources, write_atomic

STATEMENT = r"""Write the statement in the book's wording. Data it gives comes from the solution,
e.g. $x = \VAR{given|num}$.
"""

ANSWER = r"""Write the answer. Every number comes from the solution:
$y = \VAR{result|num}$.
"""

SOLUTION = '''"""Problem {id}: say in one line what the solution computes."""

GIVEN = 1.5


def solve():
    """The values the statement and the answer print."""
    return {{"given": GIVEN, "result": 2 * GIVEN}}
'''

PRIVATE_SOLUTION = '''"""Problem {id}: say in one line what the solution computes."""

GIVEN = 1.5


def solve():
    """The values the statement prints (the public editions run this)."""
    return {{"given": GIVEN}}


def solve_instructor():
    """The values only the instructor answer prints."""
    return {{"result": 2 * GIVEN}}
'''

TEST = '''

def test_{slug}():
    """Does the answer of {id} agree with an independent computation?"""
    import pytest
    pytest.fail("write the independent check of problem {id} (sympy, brute force or a "
                "seeded simulation), then record its golden values")
'''


def new_problem(root, problem_id, kind_name=""):
    """Create problem `problem_id`; return the paths written."""
    root = Path(root)
    booklet = sources.load(root)
    match = re.fullmatch(r"(\d+)\.(\d+)", problem_id or "")
    if not match:
        raise BuildError("new: give a problem id such as `doit new --problem 3.19`")
    chapter = next((c for c in booklet.chapters if c.number == int(match.group(1))), None)
    if chapter is None:
        raise BuildError(f"new: no chapter {match.group(1)}: source/ch{int(match.group(1)):02d}/"
                         "chapter.toml does not exist")
    if problem_id in {p.id for p in booklet.problems()}:
        raise BuildError(f"new: problem {problem_id} already exists")
    folder = f"ch{chapter.number:02d}"
    statement = next(k for k in booklet.kinds if k.statement)
    private = [k for k in booklet.kinds if not k.statement and not k.public]
    kind = booklet.kind(kind_name) if kind_name else (private or booklet.kinds[1:])[0]
    slug = problem_id.replace(".", "_")
    files = {root / "source" / folder / problem_id / statement.file: STATEMENT,
             root / "source" / folder / problem_id / kind.file: ANSWER,
             root / "solutions" / folder / f"p{slug}.py":
             (PRIVATE_SOLUTION if "solve_instructor" in kind.reads else SOLUTION).format(id=problem_id)}
    existing = [p for p in files if p.exists()]
    if existing:
        raise BuildError(f"new: {existing[0].relative_to(root)} already exists")
    for path, text in files.items():
        write_atomic(path, text)
    test = root / "tests" / f"test_{folder}.py"
    stub = TEST.format(id=problem_id, slug=slug)
    write_atomic(test, (test.read_text() if test.is_file() else
                        f'"""Checks of the chapter {chapter.number} answers."""\n') + stub)
    toml = root / "source" / folder / "chapter.toml"
    ids = sorted([p.id for p in chapter.problems] + [problem_id], key=sources.problem_order)
    text = toml.read_text(encoding="utf-8")
    listed = "problems = [" + ", ".join(f'"{i}"' for i in ids) + "]"
    text, count = re.subn(r"(?ms)^problems\s*=\s*\[.*?\]", listed, text)
    if count != 1:
        raise BuildError(f"{toml.relative_to(root)}: no `problems = [...]` list to extend")
    write_atomic(toml, text)
    return sorted(files) + [test, toml]


def new_task(root, problem, kind=""):
    """`doit new --problem ID [--kind NAME]`: print the files written and what to do next."""
    for path in new_problem(root, problem, kind):
        print(f"new: wrote {Path(path).relative_to(Path(root)).as_posix()}")
    print(f"new: fill them in, then `doit preview --problem {problem}`, record the golden values "
          f"with `pytest \"tests/test_golden.py::test_values_match_golden[{problem}]\" "
          "--force-regen`, and run `doit check`")
