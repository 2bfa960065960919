"""Does bad input fail with one `error:` line naming the file (and line) the author must
edit, a non-zero status, the last good PDFs kept, and a state from which the next plain
`doit` succeeds once the bad input is undone?"""
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from support import ROOT, doit, error_lines

BAD = ROOT / "tests" / "fixtures" / "bad"
pytestmark = pytest.mark.slow


def _pdfs(tree):
    return {p.name: p.read_bytes() for p in (tree / "build").glob("*.pdf")}


def _put(tree, fixture, target, how="copy"):
    """Put a bad input in place: copy it over `target`, append it, or (how="key") replace
    the line of `target` that sets the fixture's key. Return the 1-based line it touches."""
    path, bad = tree / target, (BAD / fixture).read_bytes()
    if how == "copy":
        path.write_bytes(bad)
        return None
    if how == "append":
        old = path.read_bytes()
        path.write_bytes(old + bad)
        return old.count(b"\n") + 1
    key = bad.split(b"=")[0].strip()
    lines = path.read_bytes().splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.split(b"=")[0].strip() == key)
    lines[number] = bad
    path.write_bytes(b"".join(lines))
    return number + 1


def _fails(tree, *tasks, env=None, timeout=120):
    """Run doit expecting failure with exactly one error line and the PDFs unchanged;
    return that line and the whole output."""
    before = _pdfs(tree)
    run = doit(tree, *tasks, check=False, env=env, timeout=timeout)
    output = run.stdout + run.stderr
    assert run.returncode != 0, output
    errors = error_lines(run)
    assert len(errors) == 1, output
    assert _pdfs(tree) == before
    assert not [p for p in tree.rglob("*.tmp")], list(tree.rglob("*.tmp"))
    return errors[0], output


def _recovers(tree, saved):
    """After undoing the bad input, does a plain `doit` succeed with the same PDFs?"""
    before = _pdfs(tree)
    for path, data in saved.items():
        path.write_bytes(data)
    doit(tree)
    assert _pdfs(tree) == before


def _save(tree, *targets):
    return {tree / t: (tree / t).read_bytes() for t in targets}


def _line_of(path, needle):
    return next(n for n, line in enumerate(Path(path).read_text(errors="replace").splitlines(), 1)
                if needle in line)


# (fixture in tests/fixtures/bad, file it replaces, what the error line must start with)
CASES = [
    ("solution_raises.py", "solutions/ch01/p1_1.py",
     "error: solutions/ch01/p1_1.py: solve() for problem 1.1 raised"),
    ("solution_nan.py", "solutions/ch01/p1_1.py", "error: solutions/ch01/p1_1.py: slope: value is nan"),
    ("solution_infinite.py", "solutions/ch01/p1_1.py",
     "error: solutions/ch01/p1_1.py: growth: value is inf"),
    ("solution_unstorable.py", "solutions/ch01/p1_1.py",
     "error: solutions/ch01/p1_1.py: roots: array of dtype complex128"),
    ("solution_exits.py", "solutions/ch01/p1_1.py",
     "error: solutions/ch01/p1_1.py: solve() for problem 1.1 called sys.exit(0)"),
    ("solution_chdir.py", "solutions/ch01/p1_1.py",
     "error: solutions/ch01/p1_1.py: solve() for problem 1.1 changed the working directory"),
    ("figure_raises.py", "figures_src/ch01/fig_1_1.py",
     "error: figures_src/ch01/fig_1_1.py: draw() raised"),
    ("answer_unclosed_bfseries.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: '{' is never closed"),
    ("answer_unclosed_emph.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: '{' is never closed"),
    ("answer_missing_figure.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: figure 'fig_9_9' has no script"),
    ("answer_not_utf8.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: byte 0xa3 is not UTF-8"),
    ("answer_unknown_placeholder.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: UndefinedError: 'no_such_value' is undefined"),
    ("answer_undefined_macro.tex", "source/ch02/2.1/answer.tex",
     "error: source/ch02/2.1/answer.tex:2: Undefined control sequence"),
    ("problem_jinja_syntax.tex", "source/ch02/2.1/problem.tex",
     "error: source/ch02/2.1/problem.tex:2: Unexpected end of template"),
    ("problem_latex_error.tex", "source/ch02/2.1/problem.tex",
     "error: source/ch02/2.1/problem.tex:2: Double superscript"),
    ("booklet_malformed.toml", "source/booklet.toml", "error: source/booklet.toml:2: "),
    ("chapter_malformed.toml", "source/ch02/chapter.toml", "error: source/ch02/chapter.toml:3: "),
    ("chapter_without_title.toml", "source/ch02/chapter.toml",
     "error: source/ch02/chapter.toml: missing key 'title'"),
    ("chapter_duplicate_ids.toml", "source/ch02/chapter.toml",
     "error: source/ch02/2.1: problem 2.1 is listed twice"),
    ("errata_malformed.toml", "source/errata.toml", "error: source/errata.toml:3: "),
]


@pytest.mark.parametrize("bad, target, message", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_one_clear_line(fixture, bad, target, message):
    """Does this bad input (a fixture file put in place) fail `doit student instructor` with
    one `error:` line naming the source file (never a file under build/), keeping both PDFs,
    and does a plain `doit` succeed once it is undone?"""
    tree = fixture
    saved = _save(tree, target)
    _put(tree, bad, target)
    error, output = _fails(tree, "student", "instructor")
    assert error.startswith(message), output
    assert "build/" not in error
    if bad == "solution_raises.py":
        assert "Traceback" in output and "ZeroDivisionError: float division by zero" in output
    elif bad != "figure_raises.py":
        assert "Traceback" not in output, output
    _recovers(tree, saved)


def test_endless_solution_is_stopped_by_the_time_limit(fixture):
    """Is a solution that loops forever stopped after [build] solution_timeout seconds of
    booklet.toml, and reported by its problem id?"""
    saved = _save(fixture, "solutions/ch01/p1_1.py", "source/booklet.toml")
    _put(fixture, "timeout_short.toml", "source/booklet.toml", how="key")
    _put(fixture, "solution_loops.py", "solutions/ch01/p1_1.py")
    error, output = _fails(fixture, "student", timeout=60)
    assert error.startswith("error: solutions/ch01/p1_1.py: solve() for problem 1.1 did not "
                            "finish within 1 s"), output
    assert "solution_timeout" in error
    _recovers(fixture, saved)


def test_latex_error_after_loops_names_the_exact_source_line(fixture):
    """Is an undefined macro after two \\BLOCK loops (whose lines Jinja joins and repeats)
    reported at its own line of the instructor answer?"""
    target = "source/ch01/1.2/answer.instructor.tex"
    saved = _save(fixture, target)
    _put(fixture, "instructor_undefined_after_loop.tex", target)
    line = _line_of(BAD / "instructor_undefined_after_loop.tex", r"\undefinedmacro")
    error, output = _fails(fixture, "instructor")
    assert error.startswith(f"error: {target}:{line}: Undefined control sequence"), output
    _recovers(fixture, saved)


@pytest.mark.parametrize("bad, key", [("date_invalid.toml", "date"), ("version_rc.toml", "version")])
def test_bad_booklet_setting_names_its_line(fixture, bad, key):
    """Is an invalid date (2024-02-30) or a version such as 1.0_rc1 refused with
    source/booklet.toml and the line of the key?"""
    saved = _save(fixture, "source/booklet.toml")
    line = _put(fixture, bad, "source/booklet.toml", how="key")
    error, output = _fails(fixture, "student", "instructor")
    assert error.startswith(f"error: source/booklet.toml:{line}: {key} "), output
    _recovers(fixture, saved)


def test_erratum_for_an_unknown_problem(fixture):
    """Is an erratum for a problem that does not exist an error at its line of errata.toml,
    in the build and in `doit check`?"""
    saved = _save(fixture, "source/errata.toml")
    _put(fixture, "errata_unknown_problem.toml", "source/errata.toml", how="append")
    lines = (fixture / "source" / "errata.toml").read_text().splitlines()
    entry = len(lines) - 1 - lines[::-1].index("[[erratum]]")
    key = lines.index('problem = "9.9"') + 1
    error, output = _fails(fixture, "student")
    where = re.match(r"error: source/errata\.toml:(\d+): .*9\.9", error)
    assert where and int(where.group(1)) in (entry + 1, key), output
    check = doit(fixture, "check", check=False)
    assert check.returncode != 0
    found = rf"^source/errata\.toml:({entry + 1}|{key})(:\d+)?: .*9\.9"
    assert re.search(found, check.stdout, re.M), check.stdout
    _recovers(fixture, saved)


def test_problem_without_statement(fixture):
    """Is a listed problem whose folder has no problem.tex reported by its path?"""
    saved = _save(fixture, "source/ch02/2.1/problem.tex")
    (fixture / "source" / "ch02" / "2.1" / "problem.tex").unlink()
    error, output = _fails(fixture, "student")
    assert error.startswith("error: source/ch02/2.1/problem.tex: missing"), output
    assert "source/ch02/chapter.toml" in error
    _recovers(fixture, saved)


def test_deleted_values_folder_is_rebuilt(fixture):
    """After build/values/ is deleted, does the next plain `doit` recompute it and keep the
    same PDF?"""
    before = _pdfs(fixture)
    shutil.rmtree(fixture / "build" / "values")
    doit(fixture)
    assert (fixture / "build" / "values" / "1.1.json").is_file()
    assert _pdfs(fixture)["student.pdf"] == before["student.pdf"]


def _path_without(*programs):
    """A PATH holding every program of the current PATH except the named ones."""
    folder = Path(tempfile.mkdtemp())
    for directory in os.environ["PATH"].split(os.pathsep):
        for program in Path(directory).glob("*") if Path(directory).is_dir() else []:
            if program.name not in programs and not (folder / program.name).exists():
                (folder / program.name).symlink_to(program)
    return str(folder)


def test_missing_latexmk_is_reported(fixture):
    """Is a missing latexmk reported as such, keeping the PDF?"""
    saved = _save(fixture, "source/ch02/2.1/answer.tex")
    with open(fixture / "source" / "ch02" / "2.1" / "answer.tex", "a") as handle:
        handle.write("One more sentence.\n")
    env = dict(os.environ, PATH=_path_without("latexmk"))
    error, output = _fails(fixture, "student", env=env)
    assert error.startswith("error: latexmk: not found on PATH"), output
    _recovers(fixture, saved)


def test_missing_pdftoppm_is_reported_by_the_preview(fixture):
    """Is a missing pdftoppm reported by the preview, which needs it?"""
    env = dict(os.environ, PATH=_path_without("pdftoppm"))
    error, output = _fails(fixture, "preview", "--problem", "2.1", env=env)
    assert error.startswith("error: pdftoppm: not found on PATH"), output
