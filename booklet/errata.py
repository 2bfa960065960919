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
    lines = [r"\chapter*{Errata}\addcontentsline{toc}{chapter}{Errata}",
             rf"Changes in version {version} since the previous version ({previous})."
             if previous else rf"Version {version} is the first version."]
    if not entries:
        lines.append(r"\par There are no corrections in this version.")
    else:
        lines.append(r"\begin{description}")
        for e in entries:
            lines.append(rf"\item[{{\hyperref[problem:{e['problem']}]{{Problem {e['problem']}}}}}] "
                         rf"Printed: {_sentence(e['printed'])} Correct: {_sentence(e['correct'])}"
                         + (f" {e['reason']}" if e.get("reason") else ""))
        lines.append(r"\end{description}")
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
    doc = Document(documentclass="article", document_options=["11pt", "a4paper"],
                   geometry_options={"margin": "2.5cm"}, page_numbers=False)
    for name in ("amsmath", "amssymb", "bm", "siunitx"):
        doc.packages.append(Package(name))
    doc.preamble.append(NoEscape(r"\input{%s}" % (booklet.root / "source" / "preamble.tex").resolve()))
    doc.preamble.append(NoEscape(r"\pdftrailerid{}\pagestyle{empty}\setlength{\parindent}{0pt}"))
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
        doc.append(NoEscape(rf"\item[Problem {problem_id}] ({where})."
                            + (rf" Printed: {_sentence(e['printed'])} Correct: {_sentence(e['correct'])}"
                               if e else "")
                            + (f" {e['reason']}" if e and e.get("reason") else "")))
        if problem_id in detected:
            doc.append(NoEscape(r"\par\emph{Detected changes:}\begin{itemize}"
                                + "".join(rf"\item {tex_text(d)}"
                                          for d in detected[problem_id]["details"])
                                + r"\end{itemize}"))
    doc.append(NoEscape(r"\end{description}"))
    return doc.dumps()
