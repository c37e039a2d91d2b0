from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "source" / "kim-jong-un-russia-visit.txt"


@pytest.fixture
def bundled() -> Path:
    return BUNDLED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def article_of(body: str, title: str = "A test article"):
    """An Article made from sentences written for the tests."""
    from quizgen.articles import parse_article

    return parse_article(f"{title}\n\n{body}\n", source="test.txt", slug="test")


SYLLABLES = "ka lo mi ne ru sa ti vo be do fa gu".split()


def speaker_names(n: int) -> list[str]:
    """n made-up people with distinct first names and surnames ("Kalo Mineka", ...)."""

    def word(i: int, length: int) -> str:
        parts = []
        for _ in range(length):
            i, r = divmod(i, len(SYLLABLES))
            parts.append(SYLLABLES[r])
        return "".join(parts).capitalize()

    return [f"{word(i, 2)} {word(i * 7 + 3, 4)}" for i in range(n)]


def many_speakers_text(n: int) -> str:
    """An article in which n different people are each quoted once, one paragraph each."""
    lines = [f"“We built {i % 9 + 2} bridges in ten years,” said engineer {name}." for i, name in enumerate(speaker_names(n))]
    return "Engineers of the valley\n\n" + "\n\n".join(lines) + "\n"
