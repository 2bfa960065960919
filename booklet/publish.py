"""Publishing a version: refuse when anything is not ready, else release all at once.

Order (the reason for it): everything is built and checked first, in build/ and in a
staging folder; the release becomes real in one atomic git ref transaction that moves the
branch to a commit adding releases/<version>/manifest.json and creates the tag; only
then is the staging folder renamed to build/releases/<version>/. An interruption before
the transaction leaves nothing released; after it, the release is complete in git.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from booklet import BuildError, action, compile, errata, sources


def _git(root, *args, env=None):
    run = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                         env=None if env is None else {**os.environ, **env})
    if run.returncode != 0:
        raise BuildError(f"publish: git {' '.join(args)} failed: {run.stderr.strip()}")
    return run.stdout.strip()


def tag_name(version):
    return f"v{version}"


@action
def preflight(root, tests):
    """doit action: refuse to publish a dirty tree, an existing version or failing tests."""
    root = Path(root)
    booklet = sources.load(root)
    version = booklet.version
    dirty = _git(root, "status", "--porcelain")
    if dirty:
        raise BuildError(f"publish: the git tree is dirty; commit or remove first:\n{dirty}")
    if (root / "releases" / version).exists() or _git(root, "tag", "--list", tag_name(version)):
        raise BuildError(f"publish: version {version} already exists (releases/{version} or tag "
                         f"{tag_name(version)}); set a new version in source/booklet.toml")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", *tests], cwd=root,
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise BuildError(f"publish: the tests fail; nothing was published:\n{run.stdout[-3000:]}")


def changes_since_previous(root, build):
    """(previous version, old manifest, new manifest, changes, notes) of the current build."""
    booklet = sources.load(root)
    previous, old = errata.previous_release(root, booklet.version)
    new = errata.manifest(booklet, build)
    return previous, old, new, errata.compare(old, new) if old else [], \
        errata.notes(root, booklet.version)


@action
def print_errata(root, build):
    """doit action: list what a release would contain, with old and new values."""
    previous, old, _, changes, entries = changes_since_previous(Path(root), Path(build))
    if old is None:
        print(f"errata: no manifest of the previous printing ({previous}); "
              "the notes in source/errata.toml are the change list:")
        for entry in entries:
            print(f"{entry['problem']}: {entry['printed']} -> {entry['correct']}")
    for change in changes:
        who = "" if change["public"] else " [instructor only]"
        print(f"{change['problem']}: {change['kind']}{who}: " + "; ".join(change["details"]))
    without, unchanged = errata.missing_notes(changes, entries) if old else ([], [])
    for problem_id in without:
        print(f"{problem_id}: changed, needs a note in source/errata.toml")
    for problem_id in unchanged:
        print(f"{problem_id}: note in source/errata.toml, but the problem did not change")
    if old and not changes:
        print(f"errata: nothing changed since {previous}")


@action
def publish(root, build):
    """doit action: release the version of source/booklet.toml (after preflight and builds)."""
    root, build = Path(root), Path(build)
    booklet = sources.load(root)
    version = booklet.version
    previous, old, new, changes, entries = changes_since_previous(root, build)
    if old is not None:
        without, unchanged = errata.missing_notes(changes, entries)
        if without:
            lines = [f"  {c['problem']}: " + "; ".join(c["details"])
                     for c in changes if c["problem"] in without]
            raise BuildError("publish: problems changed since "
                             f"{previous} without an errata note in source/errata.toml:\n"
                             + "\n".join(lines))
        for problem_id in unchanged:
            print(f"publish: note for {problem_id} in source/errata.toml, but it did not change")
    staging = build / "releases" / f".{version}.staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for edition in booklet.editions:
        shutil.copyfile(build / f"{edition}.pdf", staging / f"{edition}.pdf")
        tex = staging / f"errata-{edition}" / "errata.tex"
        tex.parent.mkdir()
        tex.write_text(errata.sheet_tex(booklet, edition, previous, old, new, changes, entries))
        compile.compile_pdf.__wrapped__(root, tex, staging / f"errata-{edition}.pdf", booklet.date)
        shutil.rmtree(tex.parent)
    text = json.dumps(new, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    (staging / "manifest.json").write_text(text)
    _commit_and_tag(root, version, text)
    final = build / "releases" / version
    shutil.rmtree(final, ignore_errors=True)
    os.replace(staging, final)
    print(f"publish: released {version} ({tag_name(version)}); files in {final}")


def _commit_and_tag(root, version, manifest_text):
    """Commit releases/<version>/manifest.json and tag it in one atomic ref transaction."""
    head = _git(root, "rev-parse", "HEAD")
    branch = _git(root, "symbolic-ref", "HEAD")
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=manifest_text,
                          capture_output=True, text=True, check=True).stdout.strip()
    index = {"GIT_INDEX_FILE": str(Path(root, ".git", "publish-index"))}
    _git(root, "read-tree", head, env=index)
    _git(root, "update-index", "--add", "--cacheinfo",
         f"100644,{blob},releases/{version}/manifest.json", env=index)
    tree = _git(root, "write-tree", env=index)
    Path(root, ".git", "publish-index").unlink()
    commit = _git(root, "commit-tree", tree, "-p", head, "-m", f"Release {version}")
    transaction = (f"start\nupdate {branch} {commit} {head}\n"
                   f"create refs/tags/{tag_name(version)} {commit}\nprepare\ncommit\n")
    run = subprocess.run(["git", "update-ref", "--stdin"], cwd=root, input=transaction,
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise BuildError(f"publish: could not record the release in git: {run.stderr.strip()}")
    _git(root, "reset", "-q")
    _git(root, "checkout", "--", f"releases/{version}/manifest.json")
