"""What every question form shares: the blank, the speaker as an option, the identity that survives
a corrected answer, and the figures beside a blank that would give it away."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right

from ..extract.speakers.phrases import name_of
from ..model import Article, Fact, Sentence, digest

BLANK = "_____"
# Another figure right beside the answer gives it away: "about 3,000 tons, or _____ metric tons"
CONVERSION_AROUND = re.compile(r"(?:\d[\d,.]*\s*\w*\s*(?:,\s*)?or\s*$|\(\s*$)|^\s*(?:\(|,?\s*or\s+(?:about\s+)?\d)")
QUOTE_MARKS = re.compile(r"[\"“”]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
LENGTH = re.compile(r"\d[\d,.]*\s?-?(?:km|kilomet|metre|meter|mile|feet|foot|ft\b|yard|inch|cm\b|mm\b|m\b)", re.I)


_marks_of: tuple[Article, list[int]] | None = None  # the last article's quote marks, found once


def opening_mark(article: Article, offset: int) -> str:
    """The mark that opens the quotation the offset lies inside ('"' or '“'), or "" outside one:
    an odd number of quote marks before it in its paragraph."""
    global _marks_of
    if _marks_of is None or _marks_of[0] is not article:
        _marks_of = (article, [m.start() for m in QUOTE_MARKS.finditer(article.text)])
    i = bisect_right(article.paragraphs, (offset, math.inf)) - 1
    if i < 0 or not article.paragraphs[i][0] <= offset < article.paragraphs[i][1]:
        return ""
    marks = _marks_of[1]
    last = bisect_left(marks, offset)
    if (last - bisect_left(marks, article.paragraphs[i][0])) % 2 == 0:
        return ""
    return "“" if article.text[marks[last - 1]] == "“" else '"'


def in_quotation(article: Article, offset: int) -> bool:
    """True when the offset lies inside a quotation."""
    return bool(opening_mark(article, offset))


# "a" before a word that opens on a vowel sound, as a source may misprint it: "a easy victory"
# ("a one-off", "a European", "a useful" are right as they are)
A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeio][a-z])(?!one\b|once\b|eu)")


def indefinite_fixed(text: str) -> str:
    """The text with "an" where "a" stands before a vowel sound: "a easy" -> "an easy"."""
    return A_BEFORE_VOWEL.sub(r"\1n ", text)


def sentence_case(text: str, at: int = 0) -> str:
    """The text with a capital at ``at`` (where a sentence starts), unless the word there is a name in
    small letters ("eBay", "iPhone")."""
    word = re.match(r"[\w'’-]*", text[at:]).group()
    if not word[:1].islower() or any(c.isupper() for c in word[1:]):
        return text
    return text[:at] + text[at].upper() + text[at + 1 :]


def has_length(text: str) -> bool:
    """True when the text holds a length: it would show the scale of a distance asked for."""
    return bool(LENGTH.search(text))


# Titles and ranks an option does without: "Lt. Col. Jonas Berg" -> "Jonas Berg"
TITLE_WORDS = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Lt|Col|Gen|Maj|Capt|Sgt|Cmdr|Adm|Sen|Rep|Gov|Hon)\.?\s+)+"
)


def display_speaker(fact: Fact) -> str:
    """The speaker as an answer option: the person's name without titles, or the organisation as written."""
    speaker = fact.speaker or ""
    if fact.speaker_type == "person":
        name = name_of(speaker)
        if name:
            return TITLE_WORDS.sub("", name) or name
    speaker = re.sub(r"(?i)^(?:the|a|an)\s+", "", speaker)
    return speaker[:1].upper() + speaker[1:]


def identity(article: Article, kind: str, sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """An id that survives a corrected answer: the sentence with answers and numbers masked."""
    text = sentence.text
    for s, e in sorted(spans, reverse=True):
        s, e = s - sentence.start, e - sentence.start
        if 0 <= s and e <= len(text):  # a span outside the sentence is not masked
            text = text[:s] + "\x00" + text[e:]
    text = NUMBER.sub("#", text)  # pragma: no mutate - any mark stands for every number alike
    return digest(article.slug, kind, text, size=20)
