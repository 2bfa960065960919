"""Errata: manifests of released versions, change detection, notes, appendix and sheet.

A manifest records, for every problem, a hash of each rendered fragment, the values its
solution computed, the figures its fragments include and its page in each edition.
Comparing the previous release's manifest with the current build lists what changed;
source/errata.toml holds the author's note for each change.
"""
import hashlib
import json
import re
from pathlib import Path

from booklet import BuildError, action, sources, write_atomic

PUBLIC = ("problem.tex", "answer.tex")


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def pages(aux_path):
    """Page of every problem label in an edition, read from LaTeX's .aux file."""
    found = {}
    if Path(aux_path).is_file():
        for label, page in re.findall(r"\\newlabel\{problem:([\d.]+)\}\{\{[^{}]*\}\{(\d+)\}",
                                      Path(aux_path).read_text(errors="replace")):
            found[label] = int(page)
    return found


def manifest(booklet, build):
    """The record of the current build (after both editions are built)."""
    from booklet.check import _template_names
    from booklet.render import environment

    build, env = Path(build), environment(booklet.root)
    edition_pages = {name: pages(build / name / "booklet.aux") for name in booklet.editions}
    problems = {}
    for problem in booklet.problems():
        values_file = build / "values" / f"{problem.id}.json"
        entry = {"chapter": problem.chapter, "fragments": {}, "names": {}, "figures": {},
                 "values": json.loads(values_file.read_text()) if values_file.is_file() else {},
                 "pages": {e: p[problem.id] for e, p in edition_pages.items() if problem.id in p}}
        for name in problem.fragments:
            entry["fragments"][name] = _sha(build / "fragments" / problem.slug / name)
            text = (problem.folder / name).read_text(encoding="utf-8")
            entry["names"][name] = sorted(_template_names(env, text))
            for figure in sources.figures_used(problem.folder / name):
                entry["figures"][figure] = {"sha256": _sha(build / "figures" / f"{figure}.pdf"),
                                            "fragment": name}
        problems[problem.id] = entry
    return {"version": booklet.version, "date": booklet.date, "problems": problems}


def _leaves(value, prefix=""):
    """Flatten nested values to {"name[0].key": leaf} for old/new comparison."""
    if isinstance(value, dict) and set(value) == {"latex", "sympy"}:
        return {prefix: value["latex"]}
    if isinstance(value, dict) and set(value) == {"array"}:
        return _leaves(value["array"], prefix)
    if isinstance(value, dict):
        return {k: v for key, item in value.items()
                for k, v in _leaves(item, f"{prefix}.{key}" if prefix else key).items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in _leaves(item, f"{prefix}[{i}]").items()}
    return {prefix: value}


def show(value):
    """A value as a reader would write it: 62,378,344 or 0.25."""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def _is_public(entry, names=(), fragment=None):
    """Whether a change to these value names / this fragment shows in the student edition."""
    if fragment is not None:
        return fragment in PUBLIC
    public_names = {n for f in PUBLIC for n in entry.get("names", {}).get(f, [])}
    root_names = {re.split(r"[.\[]", n)[0] for n in names}
    return bool(root_names & public_names)


def compare(old, new):
    """Changes between two manifests: dicts with problem, kind, public and detail lines."""
    old_problems = old["problems"] if old else {}
    changes = []
    for problem_id in sorted(set(old_problems) | set(new["problems"]), key=_order):
        before, after = old_problems.get(problem_id), new["problems"].get(problem_id)
        if before is None:
            changes.append({"problem": problem_id, "kind": "added", "public": True,
                            "details": ["new problem"]})
            continue
        if after is None:
            changes.append({"problem": problem_id, "kind": "removed", "public": True,
                            "details": ["problem removed"]})
            continue
        details, public = [], False
        for name in sources.FRAGMENT_NAMES:
            a, b = before["fragments"].get(name), after["fragments"].get(name)
            if a == b:
                continue
            what = {"problem.tex": "statement", "answer.tex": "answer",
                    "answer.instructor.tex": "instructor answer"}[name]
            details.append(f"{what} {'added' if a is None else 'removed' if b is None else 'changed'}")
            public |= _is_public(after, fragment=name)
        old_values, new_values = _leaves(before["values"]), _leaves(after["values"])
        for key in sorted(set(old_values) | set(new_values)):
            a, b = old_values.get(key, "(none)"), new_values.get(key, "(none)")
            if a != b:
                details.append(f"{key} {show(a)} → {show(b)}")
                public |= _is_public(after, [key]) or _is_public(before, [key])
        for figure in sorted(set(before["figures"]) | set(after["figures"])):
            a, b = before["figures"].get(figure), after["figures"].get(figure)
            if (a or {}).get("sha256") != (b or {}).get("sha256"):
                details.append(f"figure {figure} changed")
                public |= _is_public(after, fragment=(b or a)["fragment"])
        if details:
            added = any(d in ("answer added", "instructor answer added") for d in details)
            changes.append({"problem": problem_id, "kind": "added" if added else "changed",
                            "public": public, "details": details})
    return changes


def _order(problem_id):
    return tuple(int(part) for part in problem_id.split("."))


def notes(root, version):
    """The [[erratum]] entries of source/errata.toml for one version."""
    path = Path(root) / "source" / "errata.toml"
    table = sources.read_toml(path, Path(root))
    entries = [e for e in table.get("erratum", []) if str(e.get("version")) == str(version)]
    for index, entry in enumerate(entries):
        for key in ("problem", "printed", "correct"):
            if key not in entry:
                raise BuildError(f"source/errata.toml: erratum {entry.get('problem', index)} "
                                 f"of version {version} has no '{key}'")
    return sorted(entries, key=lambda e: _order(str(e["problem"])))


def releases(root):
    """Manifests of the versions published from this repository, oldest first."""
    found = [json.loads(p.read_text()) for p in Path(root, "releases").glob("*/manifest.json")]
    return sorted(found, key=lambda m: (str(m["date"]), str(m["version"])))


def previous_release(root, version):
    """(version, manifest or None) of the printing before `version`.

    That is the latest release in releases/, or else the latest printing made before this
    repository ([[version]] in source/errata.toml), which has no manifest.
    """
    released = [m for m in releases(root) if str(m["version"]) != str(version)]
    if released:
        return str(released[-1]["version"]), released[-1]
    table = sources.read_toml(Path(root) / "source" / "errata.toml", Path(root))
    printed = sorted(table.get("version", []), key=lambda v: str(v["date"]))
    return (str(printed[-1]["version"]), None) if printed else (None, None)


def missing_notes(changes, entries):
    """Problem ids that changed without a note, and notes for problems that did not change."""
    changed = {c["problem"] for c in changes}
    noted = {str(e["problem"]) for e in entries}
    return sorted(changed - noted, key=_order), sorted(noted - changed, key=_order)


def _sentence(text):
    """A note field ending in exactly one full stop."""
    return text.rstrip().rstrip(".") + "."


def tex_text(text):
    """A detected change as LaTeX: the value name unhyphenated in typewriter type."""
    text = text.replace("_", r"\_").replace("→", r"$\to$")
    return re.sub(r"^(\S+)(?= \S+ \$)", r"\\texttt{\1}", text)


def appendix_tex(root, version, edition):
    """LaTeX of the Errata appendix: this version's notes, each linked to its problem.

    Notes about instructor-only answers appear only in editions that print those answers.
    """
    public_only = "answer.instructor.tex" not in edition.fragments
    entries = [e for e in notes(root, version) if not (public_only and e.get("instructor"))]
    previous = previous_release(root, version)[0]
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


@action
def write_appendix(root, version, edition, target):
    """doit action: write build/<edition>/errata.tex."""
    write_atomic(target, appendix_tex(root, version, edition))


def sheet_tex(booklet, edition_name, previous, old, new, changes, entries):
    """LaTeX of the standalone errata sheet for readers of the previous printing."""
    from pylatex import Document, NoEscape, Package

    public_only = "answer.instructor.tex" not in booklet.editions[edition_name].fragments
    entries = [e for e in entries if not (public_only and e.get("instructor"))]
    changes = [c for c in changes if c["public"] or not public_only]
    detected = {c["problem"]: c for c in changes}
    noted = {str(e["problem"]): e for e in entries}
    doc = Document(documentclass="article", document_options=["11pt", "a4paper"],
                   geometry_options={"margin": "2.5cm"}, page_numbers=False)
    for name in ("amsmath", "amssymb", "bm", "siunitx"):
        doc.packages.append(Package(name))
    doc.preamble.append(NoEscape(r"\input{%s}" % (booklet.root / "source" / "preamble.tex").resolve()))
    doc.preamble.append(NoEscape(r"\pdftrailerid{}\pagestyle{empty}\setlength{\parindent}{0pt}"))
    title = booklet.editions[edition_name].title
    doc.append(NoEscape(rf"{{\Large\bfseries Errata: {booklet.title}}}\par\medskip{{}}"
                        rf"{title}, version {booklet.version} ({booklet.date}), for readers of "
                        rf"the previous printing ({previous}).\par\bigskip"))
    ids = sorted(set(detected) | set(noted), key=_order)
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
