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
    # "two-time champion", "3-times winner", "twice": how many times, said in one word
    rf"(?P<times>(?:{_WORD}|\d+)-times?\b(?!-)|twice\b|thrice\b)"
    rf"|(?P<digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{_SCALE}?)(?![\w%°'′\"”]|[.,:/-]\d|-[a-z])"
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
# What must not come before: currency, a name or code ("Norland 737", "Avalonia 24", "No. 10")
# (and the second of two codes: "posts 542 and 543")
NOT_A_COUNT_BEFORE = re.compile(
    r"(?:[$£€¥]|\b(?:no|nos|number|route|highway|flight|room|page|article|section|chapter|level|grade|model|version|channel|bus|line|platform|post|posts|gate|row|seat|size|year|aged|age|ages)\.?)\s*(?:\d+\s*(?:,|and|or|to)\s*)?$",
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
    " together altogether overall home instead more".split()
)
# Nouns that make the number a time span, not a thing counted, when no other noun is asked for
TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades"
    " century centuries".split()
)
NOUN_WORD = re.compile(
    r"\s+(?:[a-z][a-z'’]*(?:-[a-z]+)*|[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?=(?:\s+[A-Z][a-z]+)*\s+[a-z])|[A-Z][a-z]+s\b|[A-Z]{2,5}(?=\s+[a-z]))"
)


# How far past a number the rules after it look: a few words, never the rest of the sentence
AFTER = 60
# The second end of a range: "ten to 32 pages", "two or three days"; "and" only after "between"
RANGE_END = re.compile(r"\s+(?:to|or)\s+(?=\d|[a-z])")
RANGE_AND = re.compile(r"\s+and\s+(?=\d|[a-z])")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_ANY_NUMBER = rf"(?:{_WORD}|\d[\d,]*)"
# A ratio is not a count: "one in three adults", "1 in 5 voters" (both numbers); not "15,500 in 2001"
_RATIO_DENOMINATOR = rf"(?:{_WORD}|(?!1[0-9]{{3}}\b|20[0-9]{{2}}\b)\d{{1,3}}(?:,\d{{3}})*)\b"
RATIO_AFTER = re.compile(rf"\s+in\s+(?:every\s+)?{_RATIO_DENOMINATOR}", re.I)
RATIO_BEFORE = re.compile(rf"\b(?:{_WORD}|\d{{1,2}})\s+in\s+(?:every\s+)?$", re.I)
# A fraction is not a count: "two thirds of the grain" (but "three quarters" of a game is a period, below)
FRACTION_AFTER = re.compile(r"\s+(?:halves|thirds|quarters|fifths|sixths|eighths|tenths)\b", re.I)
# An ordinal naming a period of play or of the year, or a moment of a match: "the second period",
# "the first half", "third quarter", "in the 89th minute"
PERIOD_AFTER = re.compile(r"\s+(?:half|period|quarter|innings|minute)\b", re.I)
# An ordinal before a cardinal leaves the count to the cardinal: "the first four lessons" (not "first")
CARDINAL_AFTER = re.compile(rf"\s+{_ANY_NUMBER}\b", re.I)
# "first heard the alarm": an adverb before a past-tense verb, not a rank (not "the first recorded case")
ADVERB_FIRST = re.compile(
    r"\s+(?:[a-z]+ed|heard|saw|met|went|came|took|made|found|told|felt|knew|thought|became|began|got|won|spoke|wrote"
    r"|left|ran|learnt)\s+(?:the|a|an|to|by|in|on|at|that|his|her|its|their|them|him|it)\b"
)
# "one" standing for a thing already named, before a verb: "one learns", "spot one flying",
# "buy one made to measure" (not "one bus", "one class")
PRONOUN_ONE_AFTER = re.compile(r"\s+(?:[a-z]+ing\b|[a-z]+(?<![suia])s\b|[a-z]+ed\s+(?:to|by|at|in|on|for|from|with|the|a|an)\b)")
# Turns of phrase: "at one point", "in the first place"
IDIOM = re.compile(r"(?:\bat\s+one\s+(?:point|stage)|\bin\s+the\s+first\s+place)\b", re.I)
# A league result, not a number of things: "took all three points", "the three points"
MATCH_RESULT = re.compile(r"\b(?:all|the)\s+(?:three|3)\s+points\b", re.I)
# A bare number whose noun the sentence leaves out, read from what follows: "Two were carried
# off", "25 were built abroad", "planted 500 more", "three of them"
ELLIPSIS_AFTER = re.compile(
    r"\s+(?:more\b|were\b|was\b|are\b|will\b|would\b|have\b|had\b|could\b|can\b|must\b|should\b"
    r"|of\s+(?:them|those|these|this|the|its|his|her|their)\b)"
)
# ... or from what comes before: a possessive ("the city's 9,000"), or a change by a number
# ("increase its fleet by 12")
POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
CHANGE_BY_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?"
    r"|expand(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|swell(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){1,4}by\s+$",
    re.I,
)
# ... or from a count before it in a list: "30 vintage cars and four with his brother"
SIBLING_BEFORE = re.compile(r"\b(?:and|or|while|but|with|plus)\s+$", re.I)


def find_counts(article: Article) -> Iterator[Fact]:
    """Yield every count (a number and, where there is one, its noun) in the body sentences."""
    for sentence in article.sentences:
        text = sentence.text
        skip_to = 0
        listed = False  # a count with its noun came earlier in the sentence
        for m in NUMBER.finditer(text):
            if m.start() < skip_to:
                continue
            # a range: the count is both ends, the noun comes after the second
            r = RANGE_END.match(text, m.end())
            if r is None and BETWEEN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                r = RANGE_AND.match(text, m.end())
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
                    listed = listed or fact.noun is not None
                    yield fact
                    continue
            fact = _count(article, sentence, m, listed=listed)
            if fact is not None:
                listed = listed or fact.noun is not None
                yield fact


def _count(article: Article, sentence, m: re.Match, range_start: int | None = None, listed: bool = False) -> Fact | None:
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
        return None  # "Norland 737", "Avalonia 24" (but "Acme's 12,000 employees" is a count)
    words = m.group("words") or m.group("ordinal_w") or m.group("dozen")
    if words and surface[0].isupper() and start > 0:
        # "Second Amendment", "Big Four", "Three Gorges": capitalised mid-sentence means a name
        return None
    if words and re.match(r"\s+[A-Z]", after) and surface[0].isupper() and start > 0:
        return None
    ordinal = bool(m.group("ordinal_d") or m.group("ordinal_w"))
    if m.group("times"):
        return _times(sentence, m)
    if _not_a_count(text, start, end, ordinal, surface.lower()):
        return None
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
    if m.group("ordinal_w") and surface.lower() == "second" and re.search(r"\b(?:per|split)\s*$", before):
        return None  # "per second": time, not rank ("a second" needs a noun after it: "a second term")
    if m.group("digits") and "." in surface and not re.search(r"[a-z]$", surface):
        return None  # "88.5": a measurement, not a count
    if re.search(r"\b(?:call|dial|ring)\s*$", before, re.I):
        return None  # "call 911": a phone number
    noun = _noun(text, end)
    if ordinal and noun is None:
        return None
    if m.group("digits") and noun and re.fullmatch(r"\d{3,4}", surface) and not _plural(noun):
        return None  # "its 797 jet", "a 767 tanker": a model number, not a count
    if noun is None and not _elided_noun(text, start, end, m, listed):
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


def _not_a_count(text: str, start: int, end: int, ordinal: bool, low: str) -> bool:
    """True for a number that counts nothing: a ratio, a fraction, a period of play, an idiom."""
    if RATIO_AFTER.match(text, end) or RATIO_BEFORE.search(text, max(0, start - 20), start):
        return True
    if IDIOM.search(text, max(0, start - 12), min(len(text), end + 12)):
        return True
    if MATCH_RESULT.search(text, max(0, start - 8), min(len(text), end + 8)):
        return True
    if ordinal:
        return bool(
            PERIOD_AFTER.match(text, end) or CARDINAL_AFTER.match(text, end) or (low == "first" and ADVERB_FIRST.match(text, end))
        )
    return bool(FRACTION_AFTER.match(text, end) or (low == "one" and PRONOUN_ONE_AFTER.match(text, end)))


def _elided_noun(text: str, start: int, end: int, m: re.Match, listed: bool) -> bool:
    """True when a bare number is still a count: the sentence says so before or after it
    ("more than 1,000", "Two were hurt", "the city's 9,000", "30 cars and four with ...")."""
    if m.group("words") and m.group().lower() == "one":
        return False  # "one of the biggest changes", "one was": a turn of phrase or a pronoun
    if not (m.group("digits") or m.group("words")):
        return False
    before = text[max(0, start - 30) : start]
    if m.group("digits") and MODIFIER_BEFORE.search(before):
        return True
    if ELLIPSIS_AFTER.match(text, end) and not re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", m.group()):
        return True
    if POSSESSIVE_BEFORE.search(before) or CHANGE_BY_BEFORE.search(text, max(0, start - 60), start):
        return True
    return listed and bool(SIBLING_BEFORE.search(before))


def _times(sentence, m: re.Match) -> Fact:
    """A multiplicative ("two-time", "twice"): the count of times, with no noun to ask about."""
    low = m.group().lower()
    value = {"twice": 2, "thrice": 3}.get(low) or parse_number(low.split("-")[0])
    return Fact(
        kind="count",
        text=m.group(),
        start=sentence.start + m.start(),
        end=sentence.start + m.end(),
        sentence=sentence,
        value=as_int(value),
        noun=None,
        extent=(sentence.start + m.start(), sentence.start + m.end()),
    )


IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel cattle sheep fish deer aircraft crew feet teeth mice data media".split()
)


def _plural(noun: str) -> bool:
    """True when any word of the noun phrase reads as a plural ("trips", "people")."""
    return any(w.lower().endswith("s") or w.lower() in IRREGULAR_PLURALS for w in noun.split())


# Words in the STOP list that may still open a counted noun: "300 more tickets", "three home runs"
MORE_BEFORE_NOUN = re.compile(r"\s+more(?=\s+[a-z])")
PLACE_BEFORE_NOUN = re.compile(r"\s+(home|away)(?=\s+[a-z]+s\b)")


def _noun(text: str, pos: int) -> str | None:
    """Return the counted noun phrase after a number: "trips", "high-speed lifts", or None."""
    words = []
    more = MORE_BEFORE_NOUN.match(text, pos)
    if more:
        pos = more.end()  # "300 more tickets": the noun is "tickets"
    place = PLACE_BEFORE_NOUN.match(text, pos)
    if place:
        words.append(place.group(1))  # "three home runs", "four away games"
        pos = place.end()
    for _ in range(4):
        m = NOUN_WORD.match(text, pos)
        if not m:
            break
        word = m.group().strip()
        if word in STOP:
            break
        words.append(word)
        pos = m.end()
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return None  # "9 Lime Court", "12 Angry Men": a title, not a counted noun
    return " ".join(words) or None
