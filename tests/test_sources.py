"""Does the source reader find what the build depends on?"""
from pathlib import Path

from booklet import sources


def test_module_files_follow_every_project_import(tmp_path):
    """Are imports on consecutive lines, in parentheses and as `import a.b` all followed?"""
    for name in ("p1_1", "p1_2", "p1_3", "shared", "p1_4"):
        path = tmp_path / "solutions" / "ch01" / f"{name}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    script = tmp_path / "figures_src" / "ch01" / "fig_1_1.py"
    script.parent.mkdir(parents=True)
    script.write_text("import numpy as np\nfrom solutions.ch01 import p1_1\n"
                      "from solutions.ch01 import p1_2 as second\n"
                      "from solutions.ch01 import (p1_3,\n    shared)\nimport solutions.ch01.p1_4\n")
    found = sources.module_files(script, tmp_path)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "figures_src/ch01/fig_1_1.py", "solutions/ch01/p1_1.py", "solutions/ch01/p1_2.py",
        "solutions/ch01/p1_3.py", "solutions/ch01/p1_4.py", "solutions/ch01/shared.py"]


def test_dodo_imports_nothing_heavy(root):
    """Does loading the build graph leave numpy, sympy, matplotlib, jinja2 and pylatex unloaded?"""
    import subprocess
    import sys
    code = ("import sys, dodo; print(sorted(m for m in ('numpy', 'sympy', 'matplotlib', 'jinja2', "
            "'pylatex', 'torch') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip() == "[]"
