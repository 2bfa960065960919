"""Is each kind of knowledge in one place: kinds in the table, paths in the Layout, no
import cycle in the pipeline?"""
import ast
import builtins
import sys

from booklet import sources
from support import ROOT

MODULES = sorted((ROOT / "booklet").glob("*.py"))


def _imports(path):
    """booklet modules a module imports anywhere (top level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module == "booklet":
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("booklet."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("booklet.")}
    modules = {p.stem for p in MODULES}
    return found & modules - {path.stem}


def test_no_import_cycle_in_the_pipeline():
    """Can the booklet modules be ordered so that each imports only earlier ones, counting
    imports inside functions too?"""
    graph = {p.stem: _imports(p) for p in MODULES}
    done, visiting = set(), []

    def visit(name):
        assert name not in visiting, f"import cycle: {' -> '.join(visiting + [name])}"
        if name in done:
            return
        visiting.append(name)
        for other in sorted(graph[name]):
            visit(other)
        visiting.pop()
        done.add(name)

    for name in graph:
        visit(name)


def _strings(path):
    """The string constants of a module's code, docstrings left out."""
    tree = ast.parse(path.read_text())
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_module_spells_a_fragment_kind():
    """Do the pipeline and dodo.py name no fragment file, so that the [kinds] table of
    booklet.toml is the only place that says what a kind is?"""
    files = [k.file for k in sources.load(ROOT).kinds]
    spelled = [(p.name, s) for p in MODULES + [ROOT / "dodo.py"] for s in _strings(p)
               if any(f in s for f in files)]
    assert spelled == []


def _path_parts(path):
    """String constants used as parts of a path: `x / "name"` or `Path(x, "name")`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            found += [n.value for n in (node.left, node.right) if isinstance(n, ast.Constant)]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Path":
            found += [a.value for a in node.args if isinstance(a, ast.Constant)]
    return found


def test_only_the_layout_composes_build_paths():
    """Does no module other than layout.py compose a path into build/ or releases/?"""
    folders = {"values", "fragments", "figures", "build", "preview", "releases", "html"}
    spelled = [(p.name, s) for p in MODULES + [ROOT / "dodo.py"] if p.name != "layout.py"
               for s in _path_parts(p) if s in folders]
    assert spelled == []


def test_no_module_shadows_a_builtin_or_the_standard_library():
    """Is no pipeline module named like a builtin (compile) or a standard module?"""
    names = {p.stem for p in MODULES}
    assert names & (set(dir(builtins)) | set(sys.stdlib_module_names)) == set()
