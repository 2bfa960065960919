"""Are the values every solution computes the checked ones in tests/golden/chNN/<id>.yml?

Accept a deliberate change with: .venv/bin/pytest tests/test_golden.py --force-regen
"""
import pytest

from booklet import sources, values
from support import ROOT

SOLVED = [(p, f) for p in sources.load(ROOT).problems() for f in p.functions]
SIGNIFICANT_DIGITS = 10


def rounded(value):
    """Floats to 10 significant digits: the tolerance of the golden comparison."""
    if isinstance(value, float):
        return float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("problem, function", SOLVED,
                         ids=[p.id + ("" if f == "solve" else ".instructor") for p, f in SOLVED])
def test_values_match_golden(problem, function, data_regression):
    """Golden file: <id>.yml for solve(), <id>.instructor.yml for solve_instructor()."""
    suffix = "" if function == "solve" else ".instructor"
    golden = ROOT / "tests" / "golden" / problem.folder.parent.name / f"{problem.id}{suffix}.yml"
    data_regression.check(rounded(values.compute(problem, ROOT, function)), fullpath=golden)
