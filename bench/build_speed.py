"""Build-speed benchmark: times the author's common actions on a copy of the current sources.

Run: .venv/bin/python bench/build_speed.py [--repeat N]
Prints seconds (median of N runs), each figure's ratio to (a), and the peak memory.
"""
import argparse
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from booklet.layout import CONTENT, PIPELINE  # noqa: E402  (the one list of the project's files)


def run(tree, *command, check=True):
    subprocess.run(command, cwd=tree, check=check, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"))


def doit(tree, *args, check=True):
    run(tree, sys.executable, "-m", "doit", *args, check=check)


def timed(action, prepare=lambda: None, repeat=3):
    """Median wall time of action() over `repeat` runs, prepare() before each, untimed."""
    times = []
    for _ in range(repeat):
        prepare()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_copy(folder):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in PIPELINE + CONTENT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, folder / name)
    return folder


def append_line(path, line):
    """Edit a file so that its content (not only its mtime) changes on every call."""
    def edit():
        with open(path, "a") as handle:
            handle.write(line.format(time.time_ns()))
    return edit


def change_data(path):
    """Edit a solution so that a value changes: the last number of its last data constant
    (an upper-case module-level name) moves by one, or by 0.01 if it has decimals."""
    state = {"sign": 1}

    def edit():
        text = path.read_text()
        line = list(re.finditer(r"(?m)^[A-Z][A-Z0-9_]*(?:, *[A-Z][A-Z0-9_]*)* *=.*$", text))[-1]
        number = list(re.finditer(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", line.group(0)))[-1]
        step = 0.01 if "." in number.group(0) else 1
        new = f"{float(number.group(0)) + step * state['sign']:.6g}"
        state["sign"] = -state["sign"]
        start, end = line.start() + number.start(), line.start() + number.end()
        path.write_text(text[:start] + new + text[end:])
    return edit


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--problem", default="2.3", help="problem whose answer is edited and previewed")
    parser.add_argument("--solution", default="3.18",
                        help="problem whose solution's data is edited (the last number of its "
                             "last upper-case constant changes)")
    args = parser.parse_args()
    from booklet import sources

    booklet = sources.load(ROOT)
    problem = booklet.problem(args.problem)
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    tree = fresh_copy(work / "tree")
    results = {}

    clean = lambda: (shutil.rmtree(tree / "build", ignore_errors=True),  # noqa: E731
                     (tree / ".doit.json").unlink(missing_ok=True))
    results["student edition alone, clean, doit -n 2"] = timed(
        lambda: doit(tree, "-n", "2", "student"), clean, args.repeat)
    results["instructor edition alone, clean, doit -n 2"] = timed(
        lambda: doit(tree, "-n", "2", "instructor"), clean, args.repeat)
    results["(e) both editions, clean, doit -n 2"] = timed(
        lambda: doit(tree, "-n", "2", "student", "instructor"), clean, args.repeat)
    student_dir = tree / "build" / "student"
    results["(a) latexmk alone, warm (floor)"] = timed(
        lambda: run(student_dir, "latexmk", "-g", "-pdf", "-interaction=nonstopmode", "-quiet",
                    "-outdir=latex", "booklet.tex"), repeat=args.repeat)
    doit(tree, "student", "instructor")
    results["(b) doit, nothing to do"] = timed(lambda: doit(tree, "student"), repeat=args.repeat)
    answer = tree / problem.path(problem.kinds[-1]).relative_to(ROOT)
    results[f"(c) one answer edited ({args.problem}), student PDF"] = timed(
        lambda: doit(tree, "student"), append_line(answer, "\n% edit {}\n"), args.repeat)
    solved = booklet.problem(args.solution)
    solution = tree / "solutions" / solved.folder.parent.name / solved.solution.name
    results[f"(d) one solution edited ({args.solution}), student PDF"] = timed(
        lambda: doit(tree, "student"), change_data(solution), args.repeat)
    results[f"    of which the solution's own run ({args.solution}, fresh process)"] = timed(
        lambda: run(tree, sys.executable, "-c", "import sys; sys.path.insert(0, '.'); "
                    f"from booklet import sources, values; "
                    f"values.compute(sources.load('.').problem('{args.solution}'), '.')"),
        repeat=args.repeat)
    results[f"(f) preview of {args.problem}"] = timed(
        lambda: doit(tree, "preview", "--problem", args.problem), repeat=args.repeat)
    results["(g) doit check"] = timed(lambda: doit(tree, "check", check=False), repeat=args.repeat)

    floor = results["(a) latexmk alone, warm (floor)"]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"Build speed, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {len(booklet.problems())} problems, "
          f"median of {args.repeat}")
    width = max(len(name) for name in results)
    print(f"| {'measure':<{width}} | seconds |  ÷ (a) |")
    print(f"|{'-' * (width + 2)}|{'-' * 9}|{'-' * 8}|")
    for name, seconds in results.items():
        print(f"| {name:<{width}} | {seconds:7.2f} | {seconds / floor:6.2f} |")
    both = results["(e) both editions, clean, doit -n 2"]
    student = results["student edition alone, clean, doit -n 2"]
    instructor = results["instructor edition alone, clean, doit -n 2"]
    print(f"both editions ÷ instructor edition alone: {both / instructor:.2f}; "
          f"both ÷ student edition alone: {both / student:.2f}; "
          f"peak memory of a child process: {peak:.0f} MiB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
