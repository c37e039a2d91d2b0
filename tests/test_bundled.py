"""The bundled article's facts, as a golden file: a change here is a change a teacher sees."""

from __future__ import annotations

import json
from pathlib import Path

from quizgen.articles import read_article
from quizgen.extract import extract

GOLDEN = Path(__file__).parent / "golden" / "kim-jong-un-russia-visit.facts.json"


def rows(path):
    article = read_article(path)
    return [[f.kind, f.text, f.value if f.kind != "quote" else f.speaker, f.sentence.paragraph] for f in extract(article)]


def test_bundled_article_facts_match_the_golden_file(bundled):
    assert rows(bundled) == json.loads(GOLDEN.read_text(encoding="utf-8"))
