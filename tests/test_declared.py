"""Is every package the project imports declared in pyproject.toml, so that a fresh machine
installs it?"""
import ast
import re
import sys
import tomllib

from support import ROOT

#: import names whose distribution has another name
DISTRIBUTION = {"yaml": "pyyaml", "PIL": "pillow", "pdf2image": "pdf2image"}
#: packages that come with others (imported, but installed by a declared package)
PROVIDED = {"pytest_regressions": "pytest-regressions"}


def declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        names += extra
    return {re.split(r"[<>=!~\[ ]", n)[0].lower() for n in names}


def test_every_imported_package_is_declared():
    """Does pyproject.toml declare every third-party package imported by the pipeline, the
    solutions, the figures and the tests?"""
    files = [p for folder in ("booklet", "solutions", "figures_src", "tests", "bench")
             for p in (ROOT / folder).rglob("*.py")] + [ROOT / "dodo.py"]
    imported = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    local = {"booklet", "solutions", "figures_src", "support", "pipeline", "dodo"}
    local |= {p.stem for p in (ROOT / "tests").rglob("*.py")}
    imported -= local | set(sys.stdlib_module_names)
    missing = sorted(n for n in imported
                     if DISTRIBUTION.get(n, PROVIDED.get(n, n)).lower().replace("_", "-")
                     not in declared())
    assert missing == []
