"""Errata: the author's notes in source/errata.toml, the appendix and the errata sheets.

source/errata.toml is read in one place (`read`), which checks every note against the
booklet: a note must name a problem that exists and have printed and correct texts.
"""
import json
import re
from pathlib import Path

from booklet import BuildError, sources, write_atomic
from booklet.layout import Layout


def read(root):
    """{"version": [...], "erratum": [...]} of source/errata.toml, each erratum with the
    line of its `[[erratum]]` header (`line`) for error messages."""
    root = Path(root)
    path = root / "source" / "errata.toml"
    table = sources.read_toml(path, root)
    lines = [n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.match(r"\s*\[\[erratum\]\]", text)]
    entries = []
    for entry, line in zip(table.get("erratum", []), lines):
        for key in ("problem", "version", "printed", "correct"):
            if key not in entry:
                raise BuildError(f"source/errata.toml:{line}: erratum has no '{key}'")
        entries.append({**entry, "problem": str(entry["problem"]),
                        "version": str(entry["version"]), "line": line})
    return {"version": table.get("version", []), "erratum": entries}


def releases(root):
    """Manifests of the versions published from this repository, oldest first."""
    found = [json.loads(p.read_text()) for p in Layout.of(root).records()]
    return sorted(found, key=lambda m: (str(m["date"]), str(m["version"])))


def previous_release(root, version):
    """(version, manifest or None) of the printing before `version`.

    That is the latest release in releases/, or else the latest printing made before this
    repository ([[version]] in source/errata.toml), which has no manifest.
    """
    released = [m for m in releases(root) if str(m["version"]) != str(version)]
    if released:
        return str(released[-1]["version"]), released[-1]
    printed = sorted(read(root)["version"], key=lambda v: str(v["date"]))
    return (str(printed[-1]["version"]), None) if printed else (None, None)




def notes(root, version, booklet=None):
    """The notes of one version, in problem order; with a booklet, each must name one of
    its problems."""
    entries = [e for e in read(root)["erratum"] if e["version"] == str(version)]
    if booklet is not None:
        known = {p.id for p in booklet.problems()}
        for entry in entries:
            if entry["problem"] not in known:
                raise BuildError(f"source/errata.toml:{entry['line']}: erratum for problem "
                                 f"{entry['problem']}, which is in no chapter.toml")
    return sorted(entries, key=lambda e: sources.problem_order(e["problem"]))


def shown_in(edition, entries):
    """The notes an edition prints: notes about instructor-only answers only in editions
    that print a non-public kind."""
    private = any(not k.public for k in edition.kinds)
    return [e for e in entries if private or not e.get("instructor")]


def missing_notes(changes, entries):
    """Problem ids that changed without a note, and notes for problems that did not change."""
    changed = {c["problem"] for c in changes}
    noted = {str(e["problem"]) for e in entries}
    return sorted(changed - noted, key=sources.problem_order), sorted(noted - changed, key=sources.problem_order)


def _sentence(text):
    """A note field ending in exactly one full stop."""
    return text.rstrip().rstrip(".") + "."


#: a formula longer than this (characters of LaTeX) is displayed, not set in running text
DISPLAY_CHARS = 36
#: about this many characters of LaTeX per line of a formula too wide for one line
SPLIT_CHARS = 48
ERRATA_MACROS = r"""\providecommand{\erratumfield}[2]{\par\textit{#1:} #2\par}
\providecommand{\erratummath}[2]{\begingroup\setbox0\hbox{$\displaystyle #1$}%
\ifdim\wd0>\linewidth\begin{multline*}#2\end{multline*}\else\[#1\]\fi\endgroup}
"""


def _break_points(formula):
    """Positions in `formula` after which a line may break: after a relation or a binary
    operator outside braces, with the \\left delimiters open there."""
    points, depth, lefts, i = [], 0, [], 0
    while i < len(formula):
        c = formula[i]
        if c == "\\":
            word = re.match(r"\\([A-Za-z]+|.)", formula[i:]).group(1)
            if word == "left":
                lefts.append(depth)
            elif word == "right" and lefts:
                lefts.pop()
            i += 1 + len(word)
            if word in ("left", "right") and i < len(formula) and formula[i] in "([.|)]":
                i += 1   # the delimiter itself
            continue
        if c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
        elif depth == (lefts[-1] if lefts else 0) and c in "=+-<>" and i > 0 and formula[:i].strip() and \
                formula[i + 1:i + 2] not in ("}", "") and not re.search(r"[=({\[,]\s*$", formula[:i]) \
                and not re.search(r"\\(?:sum|prod)(?:[_^](?:\{[^{}]*\}|\S))*\s*$", formula[:i]):
            points.append((i, len(lefts)))
        i += 1
    return points


def split_formula(formula, width=SPLIT_CHARS):
    """The formula as the lines of a multline*: broken before an operator about every
    `width` characters, a \\left opened before a break closed by \\right. and reopened."""
    lines, start, last = [], 0, None
    for position, open_lefts in _break_points(formula):
        if position - start > width and last is not None and last[0] - start > width // 3:
            lines.append((start, last[0], last[1]))
            start = last[0]
        last = (position, open_lefts)
    if last is not None and len(formula) - start > width and last[0] > start:
        lines.append((start, last[0], last[1]))
        start = last[0]
    parts, reopen = [], 0
    for begin, end, open_lefts in lines:
        parts.append(r"\left." * reopen + formula[begin:end] + r"\right." * open_lefts)
        reopen = open_lefts
    parts.append(r"\left." * reopen + formula[start:])
    return " \\\\\n".join(p.strip() for p in parts)


def layout_text(text):
    """A note field laid out for its column: a long formula displayed (split over lines when
    it is wider than the line), addresses as \\url{} that break."""
    def formula(match):
        body, stop = match.group(1), match.group(2)
        if len(body) <= DISPLAY_CHARS:
            return match.group(0)
        return rf"\erratummath{{{body}{stop}}}{{{split_formula(body)}{stop}}}"

    def address(match):
        return r"\url{%s}" % match.group(1).replace("\x00", "~") \
            .replace("%", r"\%").replace("#", r"\#")

    if "://" in text:
        text = re.sub(r"(https?://\S+?)(?=[.,;)]?(?:\s|$))", address,
                      text.replace(r"$\text{\textasciitilde}$", "\x00"))
        text = text.replace("\x00", r"$\text{\textasciitilde}$")
    return re.sub(r"(?<!\\)\$(.+?)(?<!\\)\$([.,;]?)", formula, text)


def _fields(entry):
    """Printed, correct and reason of a note, each laid out on its own."""
    out = (rf"\erratumfield{{Printed}}{{{layout_text(_sentence(entry['printed']))}}}"
           rf"\erratumfield{{Correct}}{{{layout_text(_sentence(entry['correct']))}}}")
    if entry.get("reason"):
        out += layout_text(entry["reason"]) + r"\par"
    return out


def tex_text(text):
    """A detected change as LaTeX: the value name unhyphenated in typewriter type."""
    text = text.replace("_", r"\_").replace("→", r"$\to$")
    return re.sub(r"^(\S+)(?= \S+ \$)", r"\\texttt{\1}", text)


def appendix_tex(booklet, edition):
    """LaTeX of the Errata appendix: this version's notes, each linked to its problem.

    Notes about instructor-only answers appear only in editions that print those answers.
    """
    version = booklet.version
    entries = shown_in(edition, notes(booklet.root, version, booklet))
    previous = previous_release(booklet.root, version)[0]
    lines = [ERRATA_MACROS.strip(),
             r"\chapter*{Errata}\addcontentsline{toc}{chapter}{Errata}",
             rf"Changes in version {version} since the previous version ({previous})."
             if previous else rf"Version {version} is the first version."]
    if not entries:
        lines.append(r"\par There are no corrections in this version.")
    else:
        lines.append(r"\begingroup\raggedright\begin{description}")
        for e in entries:
            lines.append(rf"\item[{{\hyperref[problem:{e['problem']}]{{Problem {e['problem']}}}}}] "
                         + _fields(e))
        lines.append(r"\end{description}\endgroup")
    return "\n".join(lines) + "\n"


def write_appendix(booklet, edition, target):
    """Write build/<edition>/errata.tex."""
    write_atomic(target, appendix_tex(booklet, edition))


def sheet_tex(booklet, edition_name, previous, old, new, changes, entries):
    """LaTeX of the standalone errata sheet for readers of the previous printing."""
    from pylatex import Document, NoEscape, Package

    edition = booklet.editions[edition_name]
    entries = shown_in(edition, entries)
    changes = [c for c in changes if c["public"] or any(not k.public for k in edition.kinds)]
    detected = {c["problem"]: c for c in changes}
    noted = {str(e["problem"]): e for e in entries}
    from booklet.assemble import GEOMETRY

    doc = Document(documentclass="article", document_options=["11pt", "a4paper"],
                   geometry_options=GEOMETRY, page_numbers=False)
    for name in ("amsmath", "amssymb", "bm", "siunitx", "microtype", "xurl"):
        doc.packages.append(Package(name))
    doc.preamble.append(NoEscape(r"\input{%s}" % (booklet.root / "source" / "preamble.tex").resolve()))
    doc.preamble.append(NoEscape(r"\pdftrailerid{}\pagestyle{empty}\setlength{\parindent}{0pt}"
                                 r"\urlstyle{same}\raggedright"))
    doc.preamble.append(NoEscape(ERRATA_MACROS))
    title = booklet.editions[edition_name].title
    doc.preamble.append(NoEscape(r"\pdfinfo{/Title (Errata: %s, %s) /Subject (version %s, %s)}"
                                 % (booklet.title, title, booklet.version, booklet.date)))
    doc.append(NoEscape(rf"{{\Large\bfseries Errata: {booklet.title}}}\par\medskip{{}}"
                        rf"{title}, version {booklet.version} ({booklet.date}), for readers of "
                        rf"the previous printing ({previous}).\par\bigskip"))
    ids = sorted(set(detected) | set(noted), key=sources.problem_order)
    if not ids:
        doc.append(NoEscape("There are no changes since the previous printing."))
        return doc.dumps()
    doc.append(NoEscape(r"\begin{description}"))
    old_pages = (old or {}).get("problems", {})
    for problem_id in ids:
        before = old_pages.get(problem_id, {}).get("pages", {}).get(edition_name)
        after = new["problems"].get(problem_id, {}).get("pages", {}).get(edition_name)
        where = f"page {before if before else '--'} of the previous printing, page " \
                f"{after if after else '--'} of this one"
        e = noted.get(problem_id)
        doc.append(NoEscape(rf"\item[Problem {problem_id}] ({where})." + (_fields(e) if e else "")))
        if problem_id in detected:
            doc.append(NoEscape(r"\par\emph{Detected changes:}\begin{itemize}"
                                + "".join(rf"\item {tex_text(d)}"
                                          for d in detected[problem_id]["details"])
                                + r"\end{itemize}"))
    doc.append(NoEscape(r"\end{description}"))
    return doc.dumps()
