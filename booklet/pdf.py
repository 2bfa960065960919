"""Output format PDF: run latexmk on an assembled edition and publish the PDF atomically.

LaTeX runs in a scratch copy of the edition's aux state (build/<edition>/latex/): only a
successful run promotes its aux files and its PDF, so a killed or failed run can never
poison the next one. LaTeX errors are read from the log (-file-line-error) and mapped from
the rendered fragment under build/fragments/ back to the source fragment the author edits.
"""
import os
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from booklet import BuildError, write_atomic
from booklet.layout import Layout
from booklet.render import source_line

ERROR_LINE = re.compile(r"^(.*?\.tex):(\d+): (.*)$", re.M)
OVERFULL = re.compile(r"^Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\) "
                      r"(?:in paragraph at lines (\d+)--(\d+)|detected at line (\d+)|"
                      r"in alignment at lines (\d+)--(\d+))")
#: an overfull line wider than this many points fails the build
OVERFULL_LIMIT = 1.0
OPENED = re.compile(r"\((\.{0,2}/?[^\s()]*?\.(?:tex|sty|cls|cfg|def|fd|clo|ldf|aux|toc|out|dfu|mkii|ltx|cnf|lbx|code\.tex))")


def source_date_epoch(date):
    """SOURCE_DATE_EPOCH for a booklet date such as 2023-12-23 (midnight UTC)."""
    day = datetime.strptime(str(date), "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return str(int(day.timestamp()))


def require_tool(name, purpose):
    if shutil.which(name) is None:
        raise BuildError(f"{name}: not found on PATH; it is needed to {purpose} "
                         "(install it, e.g. ./build.sh installs TeX Live and poppler)")


def compile_pdf(root, tex_path, target, date, state=None):
    """latexmk tex_path in a scratch copy of `state`; on success replace target and state."""
    require_tool("latexmk", "compile the booklet")
    root, tex_path, target = Path(root), Path(tex_path), Path(target)
    tex_dir = tex_path.parent
    state = Path(state) if state else tex_dir / "latex"
    for stale in tex_dir.glob(f"{state.name}.*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)   # left by a killed run
    work = tex_dir / f"{state.name}.{os.getpid()}.tmp"
    try:
        _copy_files(state, work)
        env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(date), FORCE_SOURCE_DATE="1",
                   max_print_line="100000")   # unwrapped log lines: file names stay whole
        run = subprocess.run(
            ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-file-line-error",
             "-quiet", f"-outdir={work.name}", tex_path.name], cwd=tex_dir, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        log = work / tex_path.with_suffix(".log").name
        if run.returncode != 0:
            text = log.read_text(errors="replace") if log.is_file() else run.stdout
            raise BuildError(explain(root, tex_dir, text) or
                             f"{tex_path.relative_to(root)}: latexmk failed:\n{run.stdout[-2000:]}")
        too_wide = overfull(root, tex_dir, log.read_text(errors="replace"))
        if too_wide:
            shutil.copyfile(log, tex_dir / f"{state.name}.failed.log")   # kept to read
            raise BuildError(f"{len(too_wide)} overfull line(s) wider than {OVERFULL_LIMIT:g} pt "
                             f"in {tex_path.relative_to(root)}:\n" + "\n".join(too_wide))
        write_atomic(target, (work / tex_path.with_suffix(".pdf").name).read_bytes())
        old = tex_dir / f"{state.name}.old.tmp"
        if state.is_dir():
            os.replace(state, old)
        os.replace(work, state)
    finally:
        for leftover in (work, tex_dir / f"{state.name}.old.tmp"):
            shutil.rmtree(leftover, ignore_errors=True)


def _copy_files(state, work):
    """Copy LaTeX's aux files into the scratch folder; an error names the file."""
    work.mkdir(parents=True)
    for path in sorted(state.iterdir()) if state.is_dir() else ():
        try:
            shutil.copy2(path, work / path.name)
        except OSError as err:
            raise OSError(err.errno, err.strerror, str(work / path.name)) from None
def overfull_lines(log_text):
    """(points, file, first line) of every `Overfull \\hbox` in a LaTeX log, in order.

    The file is the one open when TeX reported the line, read from the log's `(file ... )`
    nesting (written unwrapped: max_print_line). A paragraph that began in a fragment and
    ended after it (TeX reports it when it ends) is charged to that fragment.
    """
    found, stack, closed = [], [], None
    lines = log_text.splitlines()
    index = 0
    while index < len(lines):
        text = lines[index]
        match = OVERFULL.match(text)
        if match:
            points = float(match.group(1))
            first = int(next(g for g in match.groups()[1:] if g is not None))
            name = stack[-1] if stack else None
            if closed and (name is None or name.endswith("booklet.tex")) and match.group(2):
                name = closed
            found.append((points, name, first))
            index += 1
            while index < len(lines) and lines[index].strip():   # the box's contents
                index += 1
            continue
        position = 0
        while position < len(text):
            char = text[position]
            if char == "(":
                opened = OPENED.match(text, position)
                if opened:
                    stack.append(opened.group(1))
                    position = opened.end()
                    continue
                stack.append(None)
            elif char == ")" and stack:
                done = stack.pop()
                closed = done if done and "fragments" in done else closed
            position += 1
        index += 1
    return found


def overfull(root, tex_dir, log_text, limit=OVERFULL_LIMIT):
    """`source/...:LINE: overfull line, X pt too wide` for each line over `limit` points."""
    out = []
    for points, name, line in overfull_lines(log_text):
        if points <= limit:
            continue
        where = _source_of(root, tex_dir, name, line) if name else "(unknown file)"
        out.append(f"{where}: overfull line, {points:.1f} pt too wide")
    return out


def _source_of(root, tex_dir, name, line):
    """source/chNN/<id>/<file>:N (or source/errata.toml:N) for line `line` of a file LaTeX read."""
    path = (Path(tex_dir) / name).resolve()
    source = Layout.source_of(root, path)
    if source is not None and source.is_file() and path.is_file():
        return f"{source.relative_to(root)}:{source_line(path.read_text(), line)}"
    if path.name == "errata.tex" and path.is_file():
        return _errata_source(root, path, line)
    return f"{os.path.relpath(path, root)}:{line}"


def explain(root, tex_dir, log_text):
    """`source/...:LINE: message` for the first error in a LaTeX log, or None."""
    match = ERROR_LINE.search(log_text)
    if match is None:
        return None
    name, line, message = match.group(1), int(match.group(2)), match.group(3)
    context = log_text[match.end():].strip().splitlines()[:2]
    path = (Path(tex_dir) / name).resolve()
    where = f"{os.path.relpath(path, root)}:{line}"
    source = Layout.source_of(root, path)
    if source is not None and source.is_file() and path.is_file():
        line = source_line(path.read_text(), line)
        where = f"{source.relative_to(root)}:{line}"
    if path.name == "errata.tex" and path.is_file():
        where = _errata_source(root, path, line)
    detail = " ".join(c.strip() for c in context if c.strip().startswith("l."))
    return f"{where}: {message}" + (f" ({detail})" if detail else "")


def _errata_source(root, appendix, line):
    """source/errata.toml:LINE of the note that produced a line of the errata appendix."""
    lines = appendix.read_text().splitlines()
    problem = re.search(r"problem:([\d.]+)", lines[line - 1]) if 0 < line <= len(lines) else None
    toml = Path(root, "source", "errata.toml")
    if problem:
        for number, text in enumerate(toml.read_text().splitlines(), 1):
            if re.fullmatch(rf'\s*problem\s*=\s*"{re.escape(problem.group(1))}"\s*', text):
                return f"source/errata.toml:{number}"
    return "source/errata.toml"
