"""Does a broken input fail with one line naming the file and line, keeping the last good PDF?"""
import shutil
from pathlib import Path

import pytest

from conftest import doit


def _fails_keeping_pdfs(tree, *tasks):
    """Run doit expecting failure; check both PDFs are byte-identical to before; return output."""
    before = {p: p.read_bytes() for p in (tree / "build").glob("*.pdf")}
    run = doit(tree, *tasks, check=False)
    assert run.returncode != 0
    assert {p: p.read_bytes() for p in (tree / "build").glob("*.pdf")} == before
    return run.stdout + run.stderr


def test_latex_error_in_an_answer_names_the_source_line(tree):
    """Is an undefined macro in answer.tex reported at its line of the source fragment?"""
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    lines = fragment.read_text().splitlines()
    lines.insert(4, r"A broken \undefinedmacro here.")
    fragment.write_text("\n".join(lines) + "\n")
    output = _fails_keeping_pdfs(tree, "student")
    assert "source/ch02/2.3/answer.tex:5: Undefined control sequence" in output


def test_latex_error_after_a_loop_names_the_source_line(tree):
    """Is the line still right when a \\BLOCK loop above it changes the line count?"""
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    text = fragment.read_text().replace("For an intuitive argument",
                                        r"\BLOCK{for p in points}" "\n" r"\VAR{p[0]}" "\n"
                                        r"\BLOCK{endfor}" "\n" r"\undefinedmacro For an intuitive argument")
    fragment.write_text(text)
    line = text.splitlines().index(next(l for l in text.splitlines() if "undefinedmacro" in l)) + 1
    output = _fails_keeping_pdfs(tree, "student")
    assert f"source/ch02/2.3/answer.tex:{line}: Undefined control sequence" in output


def test_unknown_placeholder_names_fragment_and_line(tree):
    """Is a placeholder that no value feeds reported as fragment:line?"""
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    lines = fragment.read_text().splitlines()
    lines.insert(2, r"The slope is \VAR{no_such_value|num}.")
    fragment.write_text("\n".join(lines) + "\n")
    output = _fails_keeping_pdfs(tree, "student")
    assert "source/ch02/2.3/answer.tex:3: UndefinedError: 'no_such_value' is undefined" in output


def test_jinja_syntax_error_names_fragment_and_line(tree):
    """Is an unclosed \\BLOCK reported with the fragment's file and line?"""
    fragment = tree / "source" / "ch02" / "2.1" / "problem.tex"
    fragment.write_text(fragment.read_text() + r"\BLOCK{for x in xs}" + "\n")
    output = _fails_keeping_pdfs(tree, "student")
    assert "source/ch02/2.1/problem.tex:4: Unexpected end of template" in output


def test_solution_that_raises_names_problem_and_shows_traceback(tree):
    """Is a solution's exception reported with its problem id and traceback?"""
    solution = tree / "solutions" / "ch02" / "p2_3.py"
    solution.write_text(solution.read_text().replace("    x, y = POINTS.T",
                                                     "    x, y = POINTS.T\n    1 / 0"))
    output = _fails_keeping_pdfs(tree, "student")
    assert "solutions/ch02/p2_3.py: solve() for problem 2.3 raised" in output
    assert "ZeroDivisionError: division by zero" in output
    assert "Traceback" in output


def test_solution_returning_nan_is_refused(tree):
    """Is a NaN value refused with the solution file and the value's name?"""
    solution = tree / "solutions" / "ch02" / "p2_3.py"
    solution.write_text(solution.read_text().replace('"discriminative_slope": b',
                                                     '"discriminative_slope": float("nan")'))
    output = _fails_keeping_pdfs(tree, "student")
    assert "solutions/ch02/p2_3.py: discriminative_slope: value is nan" in output


FIXTURES = Path(__file__).parent / "fixtures"


def _error_lines(output):
    return [line for line in output.splitlines() if line.startswith("error:")]


@pytest.mark.parametrize("fixture, target, message", [
    ("malformed_booklet.toml", "source/booklet.toml", "error: source/booklet.toml:2: "),
    ("malformed_chapter.toml", "source/ch02/chapter.toml", "error: source/ch02/chapter.toml:3: "),
    ("chapter_without_title.toml", "source/ch02/chapter.toml",
     "error: source/ch02/chapter.toml: missing key 'title'"),
    ("duplicate_ids_chapter.toml", "source/ch02/chapter.toml",
     "error: source/ch02/2.1: problem 2.1 is listed twice"),
    ("solution_infinite.py", "solutions/ch02/p2_3.py",
     "error: solutions/ch02/p2_3.py: growth: value is inf"),
    ("solution_unstorable.py", "solutions/ch02/p2_3.py",
     "error: solutions/ch02/p2_3.py: roots: array of dtype complex128 cannot be stored"),
    ("figure_raises.py", "figures_src/ch02/fig_2_1.py",
     "error: figures_src/ch02/fig_2_1.py: draw() raised"),
])
def test_bad_input_gives_one_clear_line(tree, fixture, target, message):
    """Does each kind of bad input (a fixture file put in place) fail with one `error:` line
    naming the file (and line), a non-zero status, and the last good PDFs kept?"""
    shutil.copyfile(FIXTURES / fixture, tree / target)
    errors = _error_lines(_fails_keeping_pdfs(tree, "student", "instructor"))
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_problem_folder_without_statement(tree):
    """Is a listed problem whose folder has no problem.tex reported by path?"""
    (tree / "source" / "ch02" / "2.2" / "problem.tex").unlink()
    errors = _error_lines(_fails_keeping_pdfs(tree, "student"))
    assert errors == ["error: source/ch02/2.2/problem.tex: missing (problem 2.2 is listed in "
                      "source/ch02/chapter.toml)"]


def test_latex_error_in_a_problem_names_the_source_line(tree):
    """Is a LaTeX error in problem.tex reported at its source line?"""
    fragment = tree / "source" / "ch02" / "2.2" / "problem.tex"
    fragment.write_text(fragment.read_text() + "Unbalanced $x^{2$ here.\n")
    line = len(fragment.read_text().splitlines())
    errors = _error_lines(_fails_keeping_pdfs(tree, "student"))
    assert len(errors) == 1 and errors[0].startswith(f"error: source/ch02/2.2/problem.tex:{line}: ")


def _path_without(*programs):
    """A PATH with every program of the current PATH except the named ones."""
    import os
    import tempfile
    folder = Path(tempfile.mkdtemp())
    for directory in os.environ["PATH"].split(os.pathsep):
        for program in Path(directory).glob("*") if Path(directory).is_dir() else []:
            if program.name not in programs and not (folder / program.name).exists():
                (folder / program.name).symlink_to(program)
    return str(folder)


def test_missing_tex_is_reported(tree):
    """Is a missing latexmk reported as such, keeping the PDFs?"""
    import os
    fragment = tree / "source" / "ch02" / "2.3" / "answer.tex"
    fragment.write_text(fragment.read_text() + "\nOne more sentence.\n")
    env = dict(os.environ, PATH=_path_without("latexmk"))
    before = (tree / "build" / "student.pdf").read_bytes()
    run = doit(tree, "student", check=False, env=env)
    assert run.returncode != 0
    assert _error_lines(run.stdout) == ["error: latexmk: not found on PATH; it is needed to "
                                        "compile the booklet (install it, e.g. ./build.sh "
                                        "installs TeX Live and poppler)"]
    assert (tree / "build" / "student.pdf").read_bytes() == before


def test_missing_poppler_is_reported(tree):
    """Is a missing pdftoppm reported by the preview, which needs it?"""
    import os
    env = dict(os.environ, PATH=_path_without("pdftoppm"))
    run = doit(tree, "preview", "--problem", "2.3", check=False, env=env)
    assert run.returncode != 0
    assert _error_lines(run.stdout) == ["error: pdftoppm: not found on PATH; it is needed to "
                                        "render preview pages (install it, e.g. ./build.sh "
                                        "installs TeX Live and poppler)"]
