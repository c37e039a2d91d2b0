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
    rf"(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_SCALE}?)(?![\w%°'′\"”]|[.,:/-]\d|-[a-z])"
    rf"|(?P<ordinal_d>\d+(?:st|nd|rd|th))\b(?![\s-]century)"
    rf"|(?P<compound>\d{{1,3}}(?:,\d{{3}})*-(?!year|old|month|week|day|hour|minute|second|mile|metre|meter|km|foot|feet|inch|yard|carat|pound|ton|gallon|litre|liter|acre|degree|percent)[a-z]+)\b(?!-)"
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
    r"|(?:km|kilomet|metre|meter|mile|feet|foot|ft\b|yard|inch|cm\b|mm\b|kg\b|kilo|gram|tonne|ton\b|tons\b|lb|pound|ounce|litre|liter|gallon|acre|hectare|degree|mph|km/h|mb\b|gb\b|gbps|mbps|kbps|barrels?\b|bpd\b|lane|calls?\b)"
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
    " during under within across among including whereas while when as if approximately exactly almost".split()
)
# Lead-ins that make a bare number a count even without a noun: "more than 1,000"
MODIFIER_BEFORE = re.compile(
    r"\b(?:more than|fewer than|less than|at least|up to|about|around|roughly|some|nearly|almost|over|under|"
    r"approximately|an estimated|a total of|as many as|a record|only|just|reach(?:ed)?|to|of|from)\s+$",
    re.I,
)
MODIFIERS = re.compile(
    r"\b(?:more than|fewer than|less than|at least|up to|about|around|roughly|some|nearly|almost|over|"
    r"approximately|an estimated|as many as|between)\s+$",
    re.I,
)
# Words that end the counted noun phrase (the noun is the words before them)
STOP = frozenset(
    "of to in on at by for from with and or but as than that which who whom whose when where while if"
    " is are was were be been being has have had do does did will would can could should may might must"
    " the a an this these those their its his her our my your it they he she we i you them him us"
    " per each every less most least such so too very not no nor also only just"
    " after before since until during over under about around into onto out up down off against between"
    " among through across behind beyond within without including abroad ago away back ahead earlier later apart"
    " together altogether overall home instead".split()
)
# Nouns that make the number a time span, not a thing counted, when no other noun is asked for
TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades"
    " century centuries".split()
)
NOUN_WORD = re.compile(
    r"\s+(?:[a-z][a-z'’]*(?:-[a-z]+)*|[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?=\s+[a-z])|[A-Z][a-z]+s\b|[A-Z]{2,5}(?=\s+[a-z]))"
)


# How far past a number the rules after it look: a few words, never the rest of the sentence
AFTER = 60
# The second end of a range: "ten to 32 pages", "between 400 and 600 breaks"
RANGE_END = re.compile(r"\s+(?:to|and|or)\s+(?=\d|[a-z])")


def find_counts(article: Article) -> Iterator[Fact]:
    """Yield every count (a number and, where there is one, its noun) in the body sentences."""
    for sentence in article.sentences:
        text = sentence.text
        skip_to = 0
        for m in NUMBER.finditer(text):
            if m.start() < skip_to:
                continue
            # a range: the count is both ends, the noun comes after the second
            r = RANGE_END.match(text, m.end())
            second = NUMBER.match(text, r.end()) if r else None
            year_like = bool(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", m.group()))
            if (
                second
                and not year_like
                and (m.group("digits") or m.group("words"))
                and (second.group("digits") or second.group("words"))
                and not re.match(r"\s*(?:%|per ?cent)", text[second.end() : second.end() + AFTER])
            ):
                fact = _count(article, sentence, second, range_start=m.start())
                if fact is not None:
                    skip_to = second.end()
                    yield fact
                    continue
            fact = _count(article, sentence, m)
            if fact is not None:
                yield fact


def _count(article: Article, sentence, m: re.Match, range_start: int | None = None) -> Fact | None:
    text = sentence.text
    start, end = m.span()
    if range_start is not None:
        before_range = text[max(0, range_start - 30) : range_start]
    surface = m.group()
    before = text[max(0, start - 30) : start]
    after = text[end : end + AFTER]
    if NOT_A_COUNT_AFTER.match(text, end) or NOT_A_COUNT_BEFORE.search(before):
        return None
    name = NAME_BEFORE.search(before)
    if (
        (m.group("digits") or m.group("ordinal_d"))
        and name
        and name.group(1).lower() not in CAPITAL_OPENERS
        and not re.search(r"['’]s?$|ly$", name.group(1))
    ):
        return None  # "Boeing 737", "Russia 24" (but "WeWork's 12,000 employees" is a count)
    words = m.group("words") or m.group("ordinal_w") or m.group("dozen")
    if words and surface[0].isupper() and start > 0:
        # "Second Amendment", "Big Four", "Three Gorges": capitalised mid-sentence means a name
        return None
    if words and re.match(r"\s+[A-Z]", after) and surface[0].isupper() and start > 0:
        return None
    ordinal = bool(m.group("ordinal_d") or m.group("ordinal_w"))
    if m.group("dozen"):
        head = surface.lower().split()[0]
        value = 12 * (parse_number(head) if head != "dozen" and head != "a" else 1)
    elif ordinal:
        value = parse_ordinal(surface)
    elif m.group("compound"):
        value = parse_number(surface.split("-")[0])
    else:
        value = parse_number(surface)
    if value is None or value < 0:
        return None
    if m.group("words") and surface.lower() == "one" and re.match(r"\s+(?:another|of a kind|day|way|thing)\b", after):
        return None
    if (
        m.group("words")
        and surface.lower() == "one"
        and re.search(r"\b(?:no|any|every|some|the|this|that|which|each|another)\s*$", before, re.I)
    ):
        return None
    if m.group("ordinal_w") and surface.lower() == "second" and re.search(r"\b(?:a|per|one|split|every|each)\s*$", before):
        return None  # "a second", "per second": time, not rank
    if m.group("digits") and "." in surface and not re.search(r"[a-z]$", surface):
        return None  # "88.5": a measurement, not a count
    if re.search(r"\b(?:call|dial|ring)\s*$", before, re.I):
        return None  # "call 911": a phone number
    noun = _noun(text, end)
    if ordinal and noun is None:
        return None
    if m.group("digits") and noun and re.fullmatch(r"\d{3,4}", surface) and not _plural(noun):
        return None  # "its 777 plane", "a 767 tanker": a model number, not a count
    if noun is None:
        # a bare number is a count only where the sentence says so: "more than 1,000", "Parata, 75"
        if not (m.group("digits") and (MODIFIER_BEFORE.search(before) or re.match(r"\s+of\s+(?:them|those|these|the)\b", after))):
            # "three of them" counts; "one of the biggest changes" is a turn of phrase, not a count
            if not (
                m.group("words")
                and surface.lower() != "one"
                and re.match(r"\s+of\s+(?:them|those|these|this|the|its|his|her|their)\b", after)
            ):
                return None
    # the answer keeps its hedge ("about 80", "more than 700") and a time unit ("10 months")
    if range_start is not None:
        before = before_range
        start = range_start
    mod = MODIFIERS.search(before)
    if mod and range_start is None:
        start -= len(before) - mod.start()
    if noun and (noun.split()[0].lower() in TIME_NOUNS or noun.split()[0].lower() == "times"):
        end += 1 + len(noun.split()[0])
        noun = noun.split()[0]
    value = as_int(value)
    return Fact(
        kind="count",
        text=text[start:end],
        start=sentence.start + start,
        end=sentence.start + end,
        sentence=sentence,
        value=value,
        noun=noun,
        extent=(sentence.start + start, sentence.start + end),
    )


IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel cattle sheep fish deer aircraft crew feet teeth mice data media".split()
)


def _plural(noun: str) -> bool:
    """True when any word of the noun phrase reads as a plural ("trips", "people")."""
    return any(w.lower().endswith("s") or w.lower() in IRREGULAR_PLURALS for w in noun.split())


def _noun(text: str, pos: int) -> str | None:
    """Return the counted noun phrase after a number: "trips", "high-speed lifts", or None."""
    words = []
    for _ in range(4):
        m = NOUN_WORD.match(text, pos)
        if not m:
            break
        word = m.group().strip()
        if word in STOP:
            break
        words.append(word)
        pos = m.end()
    return " ".join(words) or None
