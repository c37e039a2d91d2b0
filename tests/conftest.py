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
