"""Chapter 21: discussion questions. Is the data of the statements the book's, and does every
problem of the chapter have its statement and an instructor answer?"""
from pathlib import Path

from solutions.ch21 import p21_12

ROOT = Path(__file__).resolve().parents[1]


def test_21_12_letter_facts():
    """The Future of Life Institute letter asked for a pause of at least six months in training
    systems more powerful than GPT-4 (as the book's problem 21.12 states)."""
    values = p21_12.solve()
    assert values == {"pause_months": 6, "model": "GPT-4"}


def test_chapter_21_has_thirteen_discussion_problems():
    """The book's chapter 21 has problems 21.1 to 21.13; each has a statement and an instructor
    answer, and none has a published answer (the author publishes none)."""
    chapter = ROOT / "source" / "ch21"
    toml = (chapter / "chapter.toml").read_text()
    ids = [f"21.{n}" for n in range(1, 14)]
    assert all(f'"{i}"' in toml for i in ids)
    for i in ids:
        assert (chapter / i / "problem.tex").is_file()
        assert (chapter / i / "answer.instructor.tex").is_file()
        assert not (chapter / i / "answer.tex").exists()
