"""Are the values every solution computes the checked ones in tests/golden/chNN/<id>.yml?

Accept a deliberate change with: .venv/bin/pytest tests/test_golden.py --force-regen
"""
import pytest

from booklet import sources, values
from conftest import ROOT

SOLVED = [p for p in sources.load(ROOT).problems() if p.solution]
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


@pytest.mark.parametrize("problem", SOLVED, ids=[p.id for p in SOLVED])
def test_values_match_golden(problem, data_regression):
    golden = ROOT / "tests" / "golden" / problem.folder.parent.name / f"{problem.id}.yml"
    data = values.compute(problem, ROOT)
    if problem.has_instructor_values:
        data["solve_instructor"] = values.compute(problem, ROOT, "solve_instructor")
    data_regression.check(rounded(data), fullpath=golden)
