"""Does a broken input fail with one line naming the file and line, keeping the last good PDF?"""
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
