"""Which facts make good questions, ranked by how quiz-worthy they are."""

from __future__ import annotations

import re

from ..extract.counts import TIME_NOUNS
from ..extract.numbers import ORDINALS
from ..model import Article, Fact
from ..words import has_word

# Kinds a learner is most likely to be asked about first
KIND_WEIGHT = {"distance": 3.0, "date": 2.5, "quote": 2.4, "count": 2.0}
# A sentence that leans on the one before it: "It will also be ...", "He said ..."
OPENS_WITH_PRONOUN = re.compile(r"[\"“']?(?:It|He|She|They|This|That|These|Those|Its|His|Her|Their)\b")
PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you)$", re.I)


def quiz_worthy(fact: Fact, article: Article) -> bool:
    """True for facts that make a fair question; relative dates, "one" and "first" do not."""
    if not fact.sentence.body:
        return False  # the headline and section headings are not asked
    if fact.kind == "date":
        return not fact.relative and not _repeats_headline(fact, article)
    if fact.kind == "count":
        if fact.value in (0, 1) or fact.noun is None or fact.noun.split()[0].lower() in TIME_NOUNS:
            return False  # "one", and spans of time ("three years") make weak questions
        if fact.value > 10**12:
            return False
        before = fact.sentence.text[: fact.start - fact.sentence.start]
        ordinal = bool(re.search(r"(?:st|nd|rd|th)$", fact.text.lower()) or fact.text.lower() in ORDINALS)
        if (
            not ordinal
            and fact.value <= 3
            and len(fact.noun.split()) == 1
            and re.search(r"\b(?:the|these|those|both|its|their|his|her)\s+$", before, re.I)
        ):
            return False  # "the two leaders" points back; it does not inform
        return not _repeats_headline(fact, article)
    if fact.kind == "distance":
        return not _repeats_headline(fact, article)
    if fact.kind == "quote":
        mention_in_sentence = article.text[fact.start : fact.end] == fact.text
        return (
            fact.tier == "direct"
            and mention_in_sentence
            and not PRONOUN.match(fact.speaker or "")
            and len((fact.quote or "").split()) >= 2
        )
    return False


def _repeats_headline(fact: Fact, article: Article) -> bool:
    """A number the headline already gives away ("Over 900 asylum seekers rescued")."""
    return has_word(article.title, fact.text)


def score(fact: Fact) -> float:
    """How quiz-worthy a fact is: its kind, then a sentence of a readable length."""
    s = KIND_WEIGHT.get(fact.kind, 1.0)
    words = len(fact.sentence.text.split())
    if 8 <= words <= 35:
        s += 0.5
    elif words > 50:
        s -= 0.7
    if fact.kind == "count" and fact.noun and len(fact.noun.split()) >= 1:
        s += 0.2
    if fact.kind == "quote" and fact.speaker_type == "person":
        s += 0.2
    if OPENS_WITH_PRONOUN.match(fact.sentence.text):
        s -= 1.0  # "It will also be ...": out of its article the sentence is vague
    return s


def select(facts: list[Fact], article: Article, limit: int | None = None) -> list[Fact]:
    """Return the quiz-worthy facts, best first, at most ``limit`` of them."""
    good = [f for f in facts if quiz_worthy(f, article)]
    good.sort(key=lambda f: (-score(f), f.start))
    return good[:limit] if limit else good
