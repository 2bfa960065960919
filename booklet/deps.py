"""What each task depends on, decided in one place.

Every task depends on the files it reads and on a fingerprint of what else shapes its
output: the pipeline's own code (booklet/*.py hashed as a whole, so that no stage's code
dependency can be forgotten) and the versions of the libraries its scripts import (found
by reading their import lines, so that a new import is covered without listing it).
"""
import functools
import hashlib
import re
import sys
from importlib import metadata
from pathlib import Path

from doit.tools import config_changed

from booklet import sources

IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import|import[ \t]+([A-Za-z_]\w*))",
                    re.M)
PROJECT_PACKAGES = {"booklet", "solutions", "figures_src"}
#: the libraries the stages themselves use to shape an output, by stage
STAGE_LIBRARIES = {"solve": ("numpy", "sympy"), "figure": ("matplotlib", "numpy"),
                   "render": ("jinja2",), "assemble": ("pylatex",), "pdf": (), "appendix": ()}


@functools.lru_cache(maxsize=None)
def code_hash(root):
    """sha256 of the pipeline's code, booklet/*.py, as a whole."""
    digest = hashlib.sha256()
    for path in sorted(Path(root, "booklet").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=None)
def _distributions():
    return metadata.packages_distributions()


@functools.lru_cache(maxsize=None)
def _version(import_name):
    names = _distributions().get(import_name)
    if not names:
        return None
    return f"{names[0]}=={metadata.version(names[0])}"


@functools.lru_cache(maxsize=None)
def _imports(path):
    names = {a or b for a, b in IMPORT.findall(Path(path).read_text(encoding="utf-8"))}
    return frozenset(n for n in names
                     if n not in PROJECT_PACKAGES and n not in sys.stdlib_module_names)


def imported_packages(files):
    """Top-level names of the third-party packages that these Python files import."""
    return sorted(set().union(*(_imports(Path(f)) for f in files)))


@functools.lru_cache(maxsize=None)
def _libraries(stage, files):
    names = set(STAGE_LIBRARIES[stage]) | set(imported_packages(files))
    return {name: _version(name) for name in sorted(names)}


def libraries(stage, files=()):
    """{package: version} of the stage's own libraries and those the files import."""
    return dict(_libraries(stage, tuple(files)))


def fingerprint(root, stage, files=(), **settings):
    """doit `uptodate` entry: pipeline code, library versions and the settings a task reads."""
    return config_changed({"code": code_hash(root), "libraries": libraries(stage, files),
                           **settings})


def script_task(root, stage, script, extra_files=()):
    """file_dep and uptodate of a task that runs a project script (solution or figure)."""
    files = sources.module_files(script, root)
    return {"file_dep": files + list(extra_files), "uptodate": [fingerprint(root, stage, files)]}
