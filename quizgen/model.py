"""The plain data that flows between the stages: articles, facts, questions, cards."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


def digest(*parts: object, size: int = 12) -> str:
    """Return a short stable hex id made from the given parts."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:size]


@dataclass(frozen=True)
class Sentence:
    """One body sentence: its text, offsets into the article text, and paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int  # 1-based, counting body paragraphs only; 0 for the title
    body: bool = True  # False for the title and section headings: searched, never asked


@dataclass(frozen=True)
class Article:
    """An article as read: title, full text, body paragraphs and sentences."""

    source: str  # the path as given
    slug: str
    title: str
    text: str
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[tuple[int, int], ...] = ()  # (start, end) of each body paragraph
    warnings: tuple[str, ...] = ()
    date: str = ""  # a date line above the story ("Friday, August 21, 2015"), when there is one

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the body sentence holding the given offset, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Return the index of the last sentence that starts at or before offset (-1 for none)."""
        return bisect.bisect_right(self._starts, offset) - 1

    def sentences_between(self, lo: int, hi: int) -> tuple[Sentence, ...]:
        """Return the sentences (title and headings too) that overlap lo..hi, in reading order."""
        i = max(0, self.sentence_index(lo))
        if i < len(self.sentences) and self.sentences[i].end <= lo:
            i += 1
        return self.sentences[i : bisect.bisect_left(self._starts, hi)]


@dataclass(frozen=True)
class Fact:
    """One fact found in an article.

    ``text``/``start``/``end`` is the answer span. ``extent`` is the wider span that
    must be hidden with it (a conversion such as "(80 miles)" after "130 km").
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: Sentence
    value: Any
    extent: tuple[int, int] = (0, 0)
    noun: str | None = None  # counts: the counted noun
    speaker: str | None = None  # quotes: the resolved speaker
    quote: str | None = None  # quotes: the quoted or reported words
    quote_span: tuple[int, int] | None = None  # quotes: offsets of the quoted words
    relative: bool = False  # dates: relative or deictic ("Monday"), or a duration
    tier: str = "main"  # quotes: "direct" or "indirect"; others: "main"
    speaker_type: str | None = None  # quotes: "person" or "organisation"

    @property
    def id(self) -> str:
        """A content-derived id: kind, answer text, and the sentence it sits in."""
        return digest(self.kind, self.text, self.start - self.sentence.start, self.sentence.text)

    @property
    def span(self) -> tuple[int, int]:
        """The span to hide when asking about this fact."""
        return self.extent if self.extent != (0, 0) else (self.start, self.end)

    def to_json(self) -> dict[str, Any]:
        """Return the fact as FORMAT.md's JSON object."""
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence.text,
            "paragraph": self.sentence.paragraph,
            "value": self.value,
        }
        if self.extent != (0, 0) and self.extent != (self.start, self.end):
            d["extent"] = list(self.extent)
        if self.noun is not None:
            d["noun"] = self.noun
        if self.kind == "quote":
            d["speaker"] = self.speaker
            d["quote"] = self.quote
            d["tier"] = self.tier
            d["speaker_type"] = self.speaker_type
        if self.kind == "date":
            d["relative"] = self.relative
        return d


def cued(q: Question, text: str) -> str:
    """An item's text with its context cue before it, as a student sees it:
    "[Avalonia opens a tunnel (3 March 2025)] How far ...?"."""
    return f"[{q.context}] {text}" if q.context else text


@dataclass(frozen=True)
class Dropped:
    """A fact that was not asked, in one form or both, and the rule that left it out."""

    fact: Fact
    rule: str
    form: str = "both"  # "mcq", "cloze" or "both"

    def to_json(self) -> dict[str, Any]:
        """The candidate as JSON: its fact, the form not asked, and the rule."""
        return {
            "fact_id": self.fact.id,
            "kind": self.fact.kind,
            "text": self.fact.speaker if self.fact.kind == "quote" else self.fact.text,
            "form": self.form,
            "rule": self.rule,
            "sentence": self.fact.sentence.text,
            "paragraph": self.fact.sentence.paragraph,
        }


# Anki's cloze markup as Question.cloze holds it: {{c1::answer}} or {{c1::answer::hint}}
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}")


@dataclass(frozen=True)
class Question:
    """One question made from a fact: multiple choice, cloze, true/false, ..."""

    type: str  # "mcq" | "cloze" | "true_false" | "order" | "matching"
    kind: str
    fact_ids: tuple[str, ...]
    sentence: Sentence
    answer: str
    prompt: str = ""
    options: tuple[str, ...] = ()
    cloze: str = ""
    pairs: tuple[tuple[str, str], ...] = ()
    items: tuple[str, ...] = ()  # order: the events as shown
    sequence: tuple[str, ...] = ()  # order: the events in the right order
    guid_key: str = ""  # identity that survives a corrected answer (see generate.identity)
    context: str = ""  # a short frame shown with the item: the article's title and its date where known
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """A content-derived id for this question."""
        return digest(self.type, self.guid_key or self.prompt or self.cloze, *self.fact_ids)

    def to_json(self) -> dict[str, Any]:
        """Return the question as FORMAT.md's JSON object."""
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "kind": self.kind,
            "fact_id": self.fact_ids[0] if self.fact_ids else None,
        }
        if len(self.fact_ids) > 1:
            d["fact_ids"] = list(self.fact_ids)
        if self.prompt:
            d["prompt"] = cued(self, self.prompt)  # as a student sees it in every target
        if self.type == "mcq":
            d["options"] = list(self.options)
        if self.type == "cloze":
            d["cloze"] = self.cloze
        if self.type == "matching":
            d["pairs"] = [list(p) for p in self.pairs]
        d["answer"] = self.answer
        if self.type == "order":
            d["items"] = list(self.items)
            d["answer"] = list(self.sequence)
        d["sentence"] = self.sentence.text
        d["paragraph"] = self.sentence.paragraph
        if self.context:
            d["context"] = self.context
        return d
