"""Does what the booklet prints from PyTorch runs stay the same on another CPU?

PyTorch picks its CPU kernels by the instructions the processor has; ATEN_CPU_CAPABILITY
forces a choice. Each torch solution is run under the portable kernels (`default`) and under
AVX2 in fresh processes, and every fragment of its problem is rendered: the texts and the
stored values must be identical.
"""
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from booklet import deps, sources
from support import ROOT

RENDER = """
import json, sys
from booklet import render, sources, values
booklet = sources.load(".")
out = {}
for problem in booklet.problems():
    if problem.id not in sys.argv[1:]:
        continue
    data = {f: values.compute(problem, ".", f) for f in problem.functions}
    for kind in problem.kinds:
        merged = {k: v for f in problem.reads(kind) for k, v in data[f].items()}
        out[f"{problem.id}/{kind.file}"] = render.render(".", problem.path(kind).as_posix(), merged)
    out[f"{problem.id}/values"] = data
print(json.dumps(out, sort_keys=True))
"""


def torch_problems():
    booklet = sources.load(ROOT)
    return [p.id for p in booklet.problems() if p.solution
            and "torch" in deps.imported_packages(sources.module_files(p.solution, ROOT))]


@pytest.mark.slow
def test_torch_solutions_print_the_same_under_default_and_avx2_kernels():
    """Are the rendered fragments and values of every torch problem identical whether PyTorch
    uses its portable or its AVX2 kernels?"""
    problems = torch_problems()
    assert problems, "no solution imports torch"

    def run(capability):
        env = dict(os.environ, ATEN_CPU_CAPABILITY=capability)
        done = subprocess.run([sys.executable, "-c", RENDER, *problems], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    with ThreadPoolExecutor(2) as pool:
        portable, avx2 = pool.map(run, ["default", "avx2"])
    assert sorted(portable) == sorted(avx2)
    different = [key for key in portable if portable[key] != avx2[key]]
    assert different == []
