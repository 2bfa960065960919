"""Problem 21.12: the facts the statement gives about the Future of Life Institute's letter
"Pause Giant AI Experiments" (March 2023): a pause of at least six months in training AI systems
more powerful than GPT-4."""
PAUSE_MONTHS = 6
REFERENCE_MODEL = "GPT-4"


def solve():
    return {"pause_months": PAUSE_MONTHS, "model": REFERENCE_MODEL}
