"""Manifests: the record of a release, and what changed between two of them.

A manifest records, for every problem, a hash of each rendered fragment, the values its
solution computed, the figures its fragments include and its page in each edition.
Comparing the previous release's manifest with the current build lists what changed.
"""
import hashlib
import json
import re
from pathlib import Path

from booklet import sources
from booklet.render import placeholders

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


def manifest(booklet, layout):
    """The record of the current build (after every edition is built)."""
    edition_pages = {name: pages(layout.latex_state(name) / "booklet.aux")
                     for name in booklet.editions}
    problems = {}
    for problem in booklet.problems():
        values = {}
        for function in problem.functions:
            if layout.values(problem, function).is_file():
                values.update(json.loads(layout.values(problem, function).read_text()))
        entry = {"chapter": problem.chapter, "fragments": {}, "names": {}, "figures": {},
                 "values": values,
                 "pages": {e: p[problem.id] for e, p in edition_pages.items() if problem.id in p}}
        for kind in problem.kinds:
            name = kind.file
            entry["fragments"][name] = _sha(layout.fragment(problem, kind))
            entry["names"][name] = sorted(placeholders(problem.path(kind).read_text(encoding="utf-8")))
            for figure in sources.figures_used(problem.path(kind)):
                entry["figures"][figure] = {"sha256": _sha(layout.figure(figure)),
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


def _is_public(entry, public, names=(), fragment=None):
    """Whether a change to these value names / this fragment shows in a public edition;
    `public` is the set of public fragment file names."""
    if fragment is not None:
        return fragment in public
    public_names = {n for f in public for n in entry.get("names", {}).get(f, [])}
    root_names = {re.split(r"[.\[]", n)[0] for n in names}
    return bool(root_names & public_names)


def compare(old, new, booklet):
    """Changes between two manifests: dicts with problem, kind, public and detail lines."""
    public = {k.file for k in booklet.kinds if k.public}
    words = {k.file: k.heading.lower() for k in booklet.kinds}
    old_problems = old["problems"] if old else {}
    changes = []
    for problem_id in sorted(set(old_problems) | set(new["problems"]), key=sources.problem_order):
        before, after = old_problems.get(problem_id), new["problems"].get(problem_id)
        if before is None:
            changes.append({"problem": problem_id, "kind": "added", "public": True,
                            "details": ["new problem"]})
            continue
        if after is None:
            changes.append({"problem": problem_id, "kind": "removed", "public": True,
                            "details": ["problem removed"]})
            continue
        details, shown = [], False
        for name in [k.file for k in booklet.kinds]:
            a, b = before["fragments"].get(name), after["fragments"].get(name)
            if a == b:
                continue
            what = "statement" if name == booklet.kinds[0].file else words[name]
            details.append(f"{what} {'added' if a is None else 'removed' if b is None else 'changed'}")
            shown |= _is_public(after, public, fragment=name)
        old_values, new_values = _leaves(before["values"]), _leaves(after["values"])
        for key in sorted(set(old_values) | set(new_values)):
            a, b = old_values.get(key, "(none)"), new_values.get(key, "(none)")
            if a != b:
                details.append(f"{key} {show(a)} → {show(b)}")
                shown |= _is_public(after, public, [key]) or _is_public(before, public, [key])
        for figure in sorted(set(before["figures"]) | set(after["figures"])):
            a, b = before["figures"].get(figure), after["figures"].get(figure)
            if (a or {}).get("sha256") != (b or {}).get("sha256"):
                details.append(f"figure {figure} changed")
                shown |= _is_public(after, public, fragment=(b or a)["fragment"])
        if details:
            added = any(d.endswith(" added") for d in details)
            changes.append({"problem": problem_id, "kind": "added" if added else "changed",
                            "public": shown, "details": details})
    return changes


def public_part(record, booklet):
    """The part of a manifest a public edition prints: public fragments, the values they
    print, their figures and the pages of public editions (for the public export)."""
    public = {k.file for k in booklet.kinds if k.public}
    editions = {name for name, e in booklet.editions.items() if e.public}
    problems = {}
    for problem_id, entry in record["problems"].items():
        names = {n for f in public for n in entry.get("names", {}).get(f, [])}
        problems[problem_id] = {
            "chapter": entry["chapter"],
            "fragments": {f: h for f, h in entry["fragments"].items() if f in public},
            "names": {f: n for f, n in entry["names"].items() if f in public},
            "figures": {f: v for f, v in entry["figures"].items() if v["fragment"] in public},
            "values": {k: v for k, v in entry["values"].items() if k in names},
            "pages": {e: p for e, p in entry["pages"].items() if e in editions}}
    return {**record, "problems": problems}
