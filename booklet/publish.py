"""Publishing a version: built from the commit it tags, released all at once or not at all.

Order (the reason for it):
1. refuse a dirty tree or an existing version, before any work;
2. export HEAD's committed tree into a staging folder (`git archive`) and run the gate tests
   and the build of every edition there, so that neither build/ nor an edit made meanwhile
   can reach the release;
3. compare with the previous release's manifest, refuse changes without a note, write the
   errata sheets, and copy the editions into the staging folder;
4. store releases/<version>/manifest.json as a git object, move the branch to a commit adding it and
   create the tag in one atomic `git update-ref` transaction, which also fails if the
   branch moved during the publish;
5. record the manifest in the index and rename the staging folder to build/releases/<version>.
The manifest reaches the working tree only in step 5, so a kill before 4 leaves no release
and a clean `git status`; a kill after 4 leaves a tagged release that the next
`doit publish` finishes (step 5).
"""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import io
from pathlib import Path

from booklet import BuildError, errata, manifest, pdf, sources, write_atomic
from booklet.layout import Layout


def _git(root, *args, env=None, input=None):
    run = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, input=input,
                         env=None if env is None else {**os.environ, **env})
    if run.returncode != 0:
        raise BuildError(f"publish: git {' '.join(args)} failed: {run.stderr.strip()}")
    return run.stdout.strip()


def tag_name(version):
    return f"v{version}"


def _say(text):
    print(f"publish: {text}", flush=True)


def changes_since_previous(booklet, layout):
    """(previous version, old manifest, new manifest, changes, notes) of a built tree."""
    previous, old = errata.previous_release(booklet.root, booklet.version)
    new = manifest.manifest(booklet, layout)
    changes = manifest.compare(old, new, booklet) if old else []
    return previous, old, new, changes, errata.notes(booklet.root, booklet.version, booklet)


def print_errata(root, layout):
    """`doit errata`: list what a release would contain, with old and new values."""
    booklet = sources.load(root)
    previous, old, _, changes, entries = changes_since_previous(booklet, layout)
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


def _checkout(root, commit, folder):
    """The committed tree of `commit`, without .git, in `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    data = subprocess.run(["git", "archive", "--format=tar", commit], cwd=root,
                          capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(folder, filter="data")
    return folder


def _run(folder, what, *command):
    _say(f"{what} ...")
    run = subprocess.run(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True)
    if run.returncode != 0:
        raise BuildError(f"publish: {what} failed in the checkout of HEAD; nothing was "
                         f"published:\n{run.stdout[-3000:]}")


def _stage(root, commit, staging):
    """Test and build the release of `commit` into `staging`; return its manifest text."""
    tree = _checkout(root, commit, staging / "tree")
    booklet = sources.load(tree)
    if booklet.publish_tests:
        _run(tree, "running the gate tests " + " ".join(booklet.publish_tests),
             sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
             *booklet.publish_tests)
    _run(tree, "building " + ", ".join(booklet.editions), sys.executable, "-m", "doit", "-n", "2",
         *booklet.editions)
    layout = Layout.of(tree)
    previous, old, new, changes, entries = changes_since_previous(booklet, layout)
    if old is not None:
        without, unchanged = errata.missing_notes(changes, entries)
        if without:
            lines = [f"  {c['problem']}: " + "; ".join(c["details"])
                     for c in changes if c["problem"] in without]
            raise BuildError("publish: problems changed since "
                             f"{previous} without an errata note in source/errata.toml:\n"
                             + "\n".join(lines))
        for problem_id in unchanged:
            _say(f"note for {problem_id} in source/errata.toml, but it did not change")
    files = staging / "files"
    files.mkdir()
    for edition in booklet.editions:
        _say(f"errata sheet of the {edition} edition ...")
        shutil.copyfile(layout.pdf(edition), files / f"{edition}.pdf")
        sheet = staging / f"errata-{edition}" / "errata.tex"
        write_atomic(sheet, errata.sheet_tex(booklet, edition, previous, old, new, changes, entries))
        pdf.compile_pdf(tree, sheet, files / f"errata-{edition}.pdf", booklet.date)
    return json.dumps(new, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def publish(root):
    """`doit publish`: release the version of source/booklet.toml."""
    root = Path(root).resolve()
    booklet = sources.load(root)
    version, tag = booklet.version, tag_name(booklet.version)
    layout = Layout.of(root)
    record = layout.record(version).relative_to(root)
    head = _git(root, "rev-parse", "HEAD")
    tagged = _git(root, "tag", "--list", tag)
    final = layout.release(version)
    staging = final.with_name(f".{version}.staging")
    if tagged:
        if _git(root, "rev-parse", f"{tag}^{{commit}}") != head:
            raise BuildError(f"publish: version {version} already exists (tag {tag}); "
                             "set a new version in source/booklet.toml")
        if final.is_dir():
            _finish(root, record)
            shutil.rmtree(staging, ignore_errors=True)
            _say(f"{version} is already released ({tag}); files in {final}")
            return
        _say(f"{version} is tagged but its files are missing; finishing the release")
        _stage_fresh(root, head, staging)
        _finish(root, record, staging, final)
        return
    leftover = root / record
    if leftover.is_file() and not _git(root, "ls-files", str(record)):
        leftover.unlink()   # written by a publish that was killed before its transaction
        _say(f"removed {record}, left by an interrupted publish")
    dirty = _git(root, "status", "--porcelain")
    if dirty:
        raise BuildError(f"publish: the git tree is dirty; commit or remove first:\n{dirty}")
    if (root / record).parent.exists():
        raise BuildError(f"publish: version {version} already exists ({record.parent}); "
                         "set a new version in source/booklet.toml")
    text = _stage_fresh(root, head, staging)
    blob = _git(root, "hash-object", "-w", "--stdin", input=text)
    index = {"GIT_INDEX_FILE": str(staging / "index")}
    _git(root, "read-tree", head, env=index)
    _git(root, "update-index", "--add", "--cacheinfo", f"100644,{blob},{record.as_posix()}",
         env=index)
    tree = _git(root, "write-tree", env=index)
    commit = _git(root, "commit-tree", tree, "-p", head, "-m", f"Release {version}")
    branch = _git(root, "symbolic-ref", "HEAD")
    transaction = (f"start\nupdate {branch} {commit} {head}\n"
                   f"create refs/tags/{tag} {commit}\nprepare\ncommit\n")
    run = subprocess.run(["git", "update-ref", "--stdin"], cwd=root, input=transaction,
                         capture_output=True, text=True)
    if run.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"publish: could not record the release in git (did HEAD move during "
                         f"the publish?): {run.stderr.strip()}")
    _finish(root, record, staging, final)


def _stage_fresh(root, commit, staging):
    """_stage into an empty staging folder, removed again if the stage fails."""
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        return _stage(root, commit, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _finish(root, record, staging=None, final=None):
    """After the transaction: the manifest in the working tree and index, files in place."""
    if not (root / record).is_file():
        write_atomic(root / record, _git(root, "show", f"HEAD:{record.as_posix()}") + "\n")
    _git(root, "update-index", "--add", str(record))
    if staging is not None:
        shutil.rmtree(final, ignore_errors=True)
        os.replace(staging / "files", final)
        shutil.rmtree(staging, ignore_errors=True)
        _say(f"released {final.name} ({tag_name(final.name)}); files in {final}")
