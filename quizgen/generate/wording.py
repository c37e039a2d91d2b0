"""What every question form shares: the blank, the speaker as an option, the identity that survives
a corrected answer, and the figures beside a blank that would give it away."""

from __future__ import annotations

import re

from ..extract.speakers.phrases import name_of
from ..model import Article, Fact, Sentence, digest

BLANK = "_____"
# Another figure right beside the answer gives it away: "about 3,000 tons, or _____ metric tons"
CONVERSION_AROUND = re.compile(r"(?:\d[\d,.]*\s*\w*\s*(?:,\s*)?or\s*$|\(\s*$)|^\s*(?:\(|,?\s*or\s+(?:about\s+)?\d)")
QUOTE_MARKS = re.compile(r"[\"“”]")
LENGTH = re.compile(r"\d[\d,.]*\s?-?(?:km|kilomet|metre|meter|mile|feet|foot|ft\b|yard|inch|cm\b|mm\b|m\b)", re.I)


def has_length(text: str) -> bool:
    """True when the text holds a length: it would show the scale of a distance asked for."""
    return bool(LENGTH.search(text))


# Titles and ranks an option does without: "Lt. Col. Alexander Vindman" -> "Alexander Vindman"
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
    speaker = re.sub(r"^(?:the|a|an)\s+", "", speaker, flags=re.I)
    return speaker[:1].upper() + speaker[1:]


def identity(article: Article, kind: str, sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """An id that survives a corrected answer: the sentence with answers and numbers masked."""
    text = sentence.text
    for s, e in sorted(spans, reverse=True):
        s, e = s - sentence.start, e - sentence.start
        if 0 <= s <= e <= len(text):
            text = text[:s] + "\x00" + text[e:]
    text = re.sub(r"\d+(?:[.,]\d+)*", "#", text)
    return digest(article.slug, kind, text, size=20)
