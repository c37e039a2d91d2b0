"""Numbers written in digits or words, shared by the extractors."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}
WORD_NUMBERS = {**UNITS, **TENS}

_TEN_WORDS = "|".join(TENS)
# "1,200", "9.15", "12,000", "4" (not "1,2" or "1.")
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))


def parse_number(text: str) -> float | None:
    """Return the value of "1,200", "9.15", "forty-two", "two hundred", "1.8 million"."""
    t = text.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(hundred|thousand|million|billion))?", t)
    if m:
        value = float(m.group(1))
        return value * SCALES[m.group(2)] if m.group(2) else value
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if word == "and":
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif word in WORD_NUMBERS:
            current += WORD_NUMBERS[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current if seen else None


def parse_ordinal(text: str) -> int | None:
    """Return the value of "10th", "first", "twenty-first"."""
    t = text.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t)
    if m:
        return int(m.group(1))
    if t in ORDINALS:
        return ORDINALS[t]
    m = re.fullmatch(rf"({_TEN_WORDS})-({ORDINAL_WORDS})", t)
    if m and ORDINALS[m.group(2)] < 10:
        return TENS[m.group(1)] + ORDINALS[m.group(2)]
    return None


def as_int(value: float) -> int | float:
    """Return an int when the value is whole, for clean JSON."""
    return int(value) if float(value).is_integer() else value
