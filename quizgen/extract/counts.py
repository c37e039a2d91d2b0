"""Counts: cardinals and ordinals with the counted noun ("four trips", "10th trip", "about 80 people")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Fact
from .numbers import ORDINAL_WORDS, TENS, UNITS, as_int, parse_number, parse_ordinal

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_WORD = rf"(?:(?:{_TEN_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))"

# One number: "36", "12,000", "1.8 million", "four", "forty-two", "two dozen", "10th", "first".
# Not "$5m", "2.25%", "2-1", "10:30", "Covid-19", "737-800".
NUMBER = re.compile(
    rf"(?<![\w$£€¥.,:/#&+-])(?:"
    rf"(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_SCALE}?)(?![\w%°]|[.,:/-]\d|-(?:\w+-)?old\b)"
    rf"|(?P<ordinal_d>\d+(?:st|nd|rd|th))\b(?!-century)"
    rf"|(?P<dozen>(?:(?:a|two|three|four|five|six)\s+)?dozen)\b"
    rf"|(?P<words>{_WORD}{_SCALE}?)\b(?!-(?:\w+-)?old\b)"
    rf"|(?P<ordinal_w>(?:(?:{_TEN_WORDS})-)?(?:{ORDINAL_WORDS}))\b"
    rf")",
    re.I,
)
# What must not follow a count: money, percentages, times of day, units, scores, ages
NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:%|per ?cent\b|percentage\b|(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|utc\b|et\b|o'clock\b)"
    r"|(?:euros?|dollars?|pounds?|pence|cents?|yen|yuan|rupees?|francs?|rand|pesos?)\b"
    r"|(?:km|kilomet|metre|meter|mile|feet|foot|ft\b|yard|inch|cm\b|mm\b|kg\b|kilo|gram|tonne|ton\b|tons\b|lb|pound|ounce|litre|liter|gallon|acre|hectare|degree|mph|km/h|mb\b|gb\b|gbps|mbps|kbps)"
    r"|(?:-|to|and)\s*\d+\s*(?:\(|$|,|\.|;)"  # a score "2-1", "6-4"
    r"|:\d)",
    re.I,
)
# What must not come before: currency, a name or code ("Boeing 737", "Russia 24", "No. 10")
NOT_A_COUNT_BEFORE = re.compile(
    r"(?:[$£€¥]|\b(?:no|nos|number|route|highway|flight|room|page|article|section|chapter|level|grade|model|version|channel|bus|line|platform|post|posts|gate|row|seat|size|year|aged|age|ages)\.?)\s*$",
    re.I,
)
# A capitalised word right before makes the number part of a name: "Russia 24", "Apollo 11"
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w'’-]*)\s+$")
# Words that may start a sentence or lead into a number without naming anything
CAPITAL_OPENERS = frozenset(
    "in on at about some only just nearly almost over around more the all of by for with and but"
    " another its his her their our those these up to after before since until than between from"
    " during under within across among including whereas while when as if".split()
)
# Lead-ins that make a bare number a count even without a noun: "more than 1,000"
MODIFIER_BEFORE = re.compile(
    r"\b(?:more than|fewer than|less than|at least|up to|about|around|roughly|some|nearly|almost|over|under|"
    r"approximately|an estimated|a total of|as many as|a record|only|just|reach(?:ed)?|to|of|from)\s+$",
    re.I,
)
MODIFIERS = re.compile(
    r"\b(?:more than|fewer than|less than|at least|up to|about|around|roughly|some|nearly|almost|over|"
    r"approximately|an estimated|as many as)\s+$",
    re.I,
)
# Words that end the counted noun phrase (the noun is the words before them)
STOP = frozenset(
    "of to in on at by for from with and or but as than that which who whom whose when where while if"
    " is are was were be been being has have had do does did will would can could should may might must"
    " the a an this these those their its his her our my your it they he she we i you them him us"
    " per each every more less most least other others such so too very not no nor also only just"
    " after before since until during over under about around into onto out up down off against between"
    " among through across behind beyond within without including including".split()
)
# Nouns that make the number a time span, not a thing counted, when no other noun is asked for
TIME_NOUNS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries".split())
NOUN_WORD = re.compile(r"\s+(?:[a-z][a-z'’]*(?:-[a-z]+)*)")


def find_counts(article: Article) -> Iterator[Fact]:
    """Yield every count (a number and, where there is one, its noun) in the body sentences."""
    for sentence in article.sentences:
        text = sentence.text
        for m in NUMBER.finditer(text):
            fact = _count(article, sentence, m)
            if fact is not None:
                yield fact


def _count(article: Article, sentence, m: re.Match) -> Fact | None:
    text = sentence.text
    start, end = m.span()
    surface = m.group()
    before = text[max(0, start - 30) : start]
    if NOT_A_COUNT_AFTER.match(text, end) or NOT_A_COUNT_BEFORE.search(before):
        return None
    name = NAME_BEFORE.search(before)
    if name and start - len(name.group()) > 0 and name.group(1).lower() not in CAPITAL_OPENERS:
        return None
    words = m.group("words") or m.group("ordinal_w") or m.group("dozen")
    if words and surface[0].isupper() and start > 0:
        # "Second Amendment", "Big Four", "Three Gorges": capitalised mid-sentence means a name
        return None
    if words and re.match(r"\s+[A-Z]", text[end:]) and surface[0].isupper() and start > 0:
        return None
    ordinal = bool(m.group("ordinal_d") or m.group("ordinal_w"))
    if m.group("dozen"):
        head = surface.lower().split()[0]
        value = 12 * (parse_number(head) if head != "dozen" and head != "a" else 1)
    elif ordinal:
        value = parse_ordinal(surface)
    else:
        value = parse_number(surface)
    if value is None or value < 0:
        return None
    if m.group("words") and surface.lower() == "one" and re.match(r"\s+(?:another|of a kind|day|way|thing)\b", text[end:]):
        return None
    if m.group("words") and surface.lower() == "one" and re.search(r"\b(?:no|any|every|some|the|this|that|which|each)\s*$", before, re.I):
        return None
    if m.group("ordinal_w") and surface.lower() == "second" and re.match(r"s?\b", text[end:end + 1] or " ") and re.search(r"\b(?:a|per|one|split)\s*$", before):
        return None  # "a second", "per second": time, not rank
    noun = _noun(text, end)
    if ordinal and noun is None:
        return None
    if noun is None:
        # a bare number is a count only where the sentence says so: "more than 1,000", "Parata, 75"
        if not (m.group("digits") and (MODIFIER_BEFORE.search(before) or re.match(r"\s+of\s+(?:them|those|these|the)\b", text[end:]))):
            if not (m.group("words") and re.match(r"\s+of\s+(?:them|those|these|the|its|his|her|their)\b", text[end:])):
                return None
    return Fact(
        kind="count",
        text=surface,
        start=sentence.start + start,
        end=sentence.start + end,
        sentence=sentence,
        value=as_int(value),
        noun=noun,
        extent=(sentence.start + start, sentence.start + end),
    )


def _noun(text: str, pos: int) -> str | None:
    """Return the counted noun phrase after a number: "trips", "high-speed lifts", or None."""
    words = []
    for _ in range(4):
        m = NOUN_WORD.match(text, pos)
        if not m:
            break
        word = m.group().strip()
        if word.lower() in STOP:
            break
        words.append(word)
        pos = m.end()
    return " ".join(words) or None
