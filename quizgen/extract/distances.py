"""Distances: a number and a length unit ("130 km (80 miles)", "a 3,200-mile border")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Fact
from .numbers import DIGITS, TENS, UNITS, as_int, parse_number

# kilometres per unit; the key is the canonical spelling shown to learners
KM_PER_UNIT = {
    "km": 1.0,
    "m": 0.001,
    "cm": 1e-5,
    "mm": 1e-6,
    "miles": 1.609344,
    "nautical miles": 1.852,
    "feet": 0.0003048,
    "yards": 0.0009144,
    "inches": 2.54e-5,
    "light-years": 9.4607e12,
}
# surface spelling -> canonical unit; longest first so "nautical miles" wins over "miles"
UNIT_NAMES = {
    "nautical miles": "nautical miles",
    "nautical mile": "nautical miles",
    "light-years": "light-years",
    "light years": "light-years",
    "light-year": "light-years",
    "kilometres": "km",
    "kilometers": "km",
    "kilometre": "km",
    "kilometer": "km",
    "kms": "km",
    "km": "km",
    "centimetres": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimeter": "cm",
    "cm": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "miles": "miles",
    "mile": "miles",
    "mi": "miles",
    "feet": "feet",
    "foot": "feet",
    "ft": "feet",
    "yards": "yards",
    "yard": "yards",
    "yds": "yards",
    "yd": "yards",
    "inches": "inches",
    "inch": "inches",
}
_UNIT = "|".join(re.escape(u) for u in sorted(UNIT_NAMES, key=len, reverse=True))
_WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NUMBER = rf"(?:{DIGITS})|(?:(?:{_WORDS})(?:-(?:{_WORDS}))?)"

# "130 km", "4km", "1,200 metres", "seven feet", "3,200-mile"; not "$5m", "55 mph", "Route 66"
DISTANCE = re.compile(
    rf"(?<![\w$£€¥.,/-])(?P<num>{_NUMBER})(?:\s?|-)(?P<unit>{_UNIT})(?![\w²³/])",
    re.I,
)
# what follows makes it a speed, an area or a rate: "km/h", "m per second", "metres an hour"
NOT_LENGTH_AFTER = re.compile(r"\s*(?:/|per\b|an? (?:hour|second|minute)\b|squared?\b|2\b)", re.I)
# what comes before makes it an area or volume: "square miles", "cubic metres"
NOT_LENGTH_BEFORE = re.compile(r"(?:square|sq|cubic|lane)[\s-]*$", re.I)
# how far back the rules before a distance look: a few words, never the whole sentence
BEFORE = 30
# "3m euros", "19m people": after a bare "m" these words mean millions, not metres
MILLIONS_AFTER = re.compile(
    r"\s*(?:[(;]|(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|people|users|customers|viewers"
    r"|subscribers|visitors|passengers|votes|shares|copies|units|barrels|tonnes|tons|jobs|homes|households"
    r"|residents|members|players|accounts|downloads|sales|a year|a month)\b)",
    re.I,
)
# a converted value in brackets right after: "130 km (80 miles)", "30ft (10m)"
CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:about |around |roughly |some |nearly |almost |more than |over )?")
CONVERSION_CLOSE = re.compile(r"\s*(?:[;,][^)]{0,40})?\)")
# "on two feet", "on all four feet"
ON_FEET = re.compile(r"\bon (?:all )?$", re.I)
# the second end of a speed range: "from 1.6km/h to 2.5km"
SPEED_RANGE_BEFORE = re.compile(r"(?:/h|/s|mph|per hour)\s+(?:to|and|-)\s*$", re.I)


def find_distances(article: Article) -> Iterator[Fact]:
    """Yield every distance in the article's body sentences."""
    for sentence in article.sentences:
        text = sentence.text
        pos = 0
        while True:
            m = DISTANCE.search(text, pos)
            if not m:
                break
            pos = m.end()
            unit_surface = m.group("unit")
            unit = UNIT_NAMES[unit_surface.lower()]
            if unit_surface[0].isupper():
                continue  # a name: "Ten Mile Road", "Mile Lane"
            before = text[max(0, m.start() - BEFORE) : m.start()]
            if unit == "feet" and ON_FEET.search(before):
                continue  # "stands upright on two feet" is anatomy
            if NOT_LENGTH_AFTER.match(text, m.end()) or NOT_LENGTH_BEFORE.search(before):
                continue
            if SPEED_RANGE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                continue
            if unit == "m" and len(unit_surface) == 1 and MILLIONS_AFTER.match(text, m.end()):
                continue
            num = m.group("num")
            if not num[0].isdigit() and unit_surface.lower() in ("m", "mi", "ft", "yd", "yds", "mm", "cm", "km"):
                continue  # "ten m" is not how anyone writes a distance
            amount = parse_number(num)
            if amount is None:
                continue
            end = m.end()
            conv = _conversion(text, end)
            extent_end = conv or end
            if conv:
                pos = conv
            yield Fact(
                kind="distance",
                text=text[m.start() : m.end()],
                start=sentence.start + m.start(),
                end=sentence.start + m.end(),
                sentence=sentence,
                value={"amount": as_int(amount), "unit": unit, "km": round(amount * KM_PER_UNIT[unit], 6)},
                extent=(sentence.start + m.start(), sentence.start + extent_end),
            )


def _conversion(text: str, pos: int) -> int | None:
    """The end of a converted value in brackets right after a distance: "130 km (80 miles)"."""
    opening = CONVERSION_OPEN.match(text, pos)
    inner = DISTANCE.match(text, opening.end()) if opening and "(" in text[pos : opening.end()] else None
    closing = CONVERSION_CLOSE.match(text, inner.end()) if inner else None
    return closing.end() if closing else None
