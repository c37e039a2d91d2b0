"""Dates: years, months, full dates, decades, seasons; relative times marked as such."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Fact
from .numbers import TENS, UNITS

MONTHS = {
    m: i + 1
    for i, m in enumerate("january february march april may june july august september october november december".split())
}
MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# "a survey of 1500 schoolchildren": a number of people, never a year
_PEOPLE = r"(?:school)?children|pupils|students|adults|men|women|residents|patients|workers|soldiers|troops|respondents"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_COUNT = "|".join(sorted([*UNITS, *TENS, "a few", "several", "a couple of", "a", "an", r"\d+(?:\.\d+)?"], key=len, reverse=True))
_SPAN_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century)s?"

# Alternatives are tried left to right at each position, so the longest forms come first.
DATE = re.compile(
    # never start inside a word: most positions in a text are, and this skips them all at once
    r"(?<![\w])(?:"
    # "Friday, August 21, 2015", "August 21, 2015", "Aug. 21 2015"
    rf"(?P<mdy>(?:{_WEEKDAY},?\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY}),?\s+(?P<mdy_y>{_YEAR})(?!\d))"
    # "Monday, 10 March 2005", "10 March, 2005"
    rf"|(?P<dmy>(?:{_WEEKDAY},?\s+)?(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH}),?\s+(?P<dmy_y>{_YEAR})(?!\d))"
    # "August 10" (not "May 5 people"), "Wednesday, August 10"
    rf"|(?P<md>(?:{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?![\d,.]\d|\s*(?:%|per|people|of\b)))"
    # "10 March", "31 December"
    rf"|(?P<dm>(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH}))"
    # "April 2019", "September of 2022"
    rf"|(?P<my>(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?![\d%]))"
    # "the autumn of 2016", "summer 2019"
    rf"|(?P<sy>(?P<sy_s>{_SEASON})\s+(?:of\s+)?(?P<sy_y>{_YEAR})(?![\d%]))"
    # "the 1990s", "the early 1970s", "the '90s", "the 1800s"
    rf"|(?P<decade>(?:(?:early|mid|late)[\s-]+)?(?P<dec_y>1[0-9]\d0|20\d0)'?s\b)"
    # a month alone: "in July", "early February"; "May" only after a word that makes it a date
    rf"|(?P<month>(?P<may_pre>\b(?:in|In|of|by|since|until|last|next|this|early|late|from|to|and|through|or)\s+|\bmid-)May\b"
    rf"|(?<!\bMay )(?:January|February|March|April|June|July|August|September|October|November|December)\b(?!\s*\d))"
    # a year: "in 2011", "2016 election"; not "$2011", "2011%", "No. 2011", "2,011"
    rf"|(?P<year>(?<![\w$£€#.,/-]){_YEAR}(?![\w%/,-]\d|\w|%|\.\d|\s*(?:per ?cent|percent|people|km|miles|{_PEOPLE})\b"
    # ... nor a time of day: "at 1223 BST", "at 0400 GMT"
    r"|\s+(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|local\s+time|hours|hrs)\b))"
    # relative and deictic: "Monday", "last week", "yesterday", "two years ago", "this month"
    rf"|(?P<rel>(?:(?i:last|next|this|on|early|late)\s+)?{_WEEKDAY}(?!,?\s+(?:{_MONTH}|\d))(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\b(?:yesterday|today|tomorrow|tonight)\b"
    rf"|\b(?:earlier|later)\s+this\s+(?:year|month|week)\b"
    rf"|\b(?:last|next|this|past|coming)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall|season|decade|century)\b"
    rf"|\bin\s+the\s+coming\s+(?:days|weeks|months|years)\b)"
    # a duration: "two decades", "for seven years", "48 hours"; or a time back: "two years ago"
    rf"|(?P<dur>\b(?:(?:more than|less than|nearly|almost|about|over|at least|up to|just over|some)\s+)?"
    rf"(?:{_COUNT})\s+(?:(?:more|working|straight|consecutive)\s+)?"
    rf"(?:{_SPAN_UNIT}\s+(?:ago|earlier|later)|(?:day|week|month|year|decade)s?)\b(?!-|\s+old))"
    r")",
)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def normalise(m: re.Match) -> tuple[str, bool]:
    """Return (value, relative) for a DATE match: "2019-04", "--08-10", "1990s", ..."""
    g = m.groupdict()
    if g["mdy"]:
        return f"{int(g['mdy_y']):04d}-{_month(g['mdy_m']):02d}-{_day(g['mdy_d']):02d}", False
    if g["dmy"]:
        return f"{int(g['dmy_y']):04d}-{_month(g['dmy_m']):02d}-{_day(g['dmy_d']):02d}", False
    if g["md"]:
        return f"--{_month(g['md_m']):02d}-{_day(g['md_d']):02d}", False
    if g["dm"]:
        return f"--{_month(g['dm_m']):02d}-{_day(g['dm_d']):02d}", False
    if g["my"]:
        return f"{int(g['my_y']):04d}-{_month(g['my_m']):02d}", False
    if g["sy"]:
        season = g["sy_s"].lower().replace("fall", "autumn")
        return f"{int(g['sy_y']):04d}-{season}", False
    if g["decade"]:
        return f"{g['dec_y']}s", False
    if g["month"]:
        return f"--{_month(g['month'][len(g['may_pre'] or '') :]):02d}", False
    if g["year"]:
        return g["year"], False
    return re.sub(r"^on\s+", "", m.group().lower()), True


# Between two dates of a range: "from 2011 to 2013", "between 2011 and 2014", "2018-19"
RANGE_JOIN = re.compile(r"\s*(?:to|and|through|until|-|–|—)\s*$")
RANGE_LEAD = re.compile(r"\b(?:between|from)\s+$", re.I)


def find_dates(article: Article) -> Iterator[Fact]:
    """Yield every date and relative time in the article's sentences."""
    for sentence in article.sentences:
        text = sentence.text
        matches = [m for m in DATE.finditer(text)]
        skip = -1
        for i, m in enumerate(matches):
            if i == skip:
                continue
            value, relative = normalise(m)
            start, end = m.span()
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if nxt is not None and not relative and not normalise(nxt)[1]:
                join = text[end : nxt.start()]
                lead = RANGE_LEAD.search(text[max(0, start - 10) : start])
                if RANGE_JOIN.fullmatch(join) and (lead or not join.strip().startswith("and")) and len(join) <= 12:
                    value = f"{value}/{normalise(nxt)[0]}"
                    end = nxt.end()
                    skip = i + 1
            surface = m.group()
            if m.group("rel") and surface.lower().startswith("on "):
                start += 3  # "on Monday": the answer is "Monday"
            if m.group("may_pre"):
                start += len(m.group("may_pre"))  # "in May": the answer is "May"
            if m.group("year") and _is_code_year(text, start, m.end()):
                continue
            yield Fact(
                kind="date",
                text=text[start:end],
                start=sentence.start + start,
                end=sentence.start + end,
                sentence=sentence,
                value=value,
                relative=relative,
            )


# A capitalised word other than a sentence opener right before a number makes it a name:
# "Northport 2000", "Norland 1900" (but "In 2011", "Since 1965" are dates)
CODE_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w&-]*)\s+$")
# what follows a number that makes it a count, not a year: "2000 people"
PLAIN_NUMBER_AFTER = re.compile(r"\s*(?:people|residents|troops|jobs|homes|members|votes|units|times)\b")
NOT_NAMES = frozenset("in on at by since until from to of before after during through between and or the early late mid".split())


def _is_code_year(text: str, start: int, end: int) -> bool:
    # "Expo 2005", "Windows 2000", "Vision 2030": a capitalised word right before names the year
    m = CODE_BEFORE.search(text[max(0, start - 25) : start])
    if (
        m
        and start - len(m.group()) > 0
        and m.group(1).lower() not in NOT_NAMES
        and m.group(1).lower() not in MONTHS
        and m.group(1).lower().rstrip(".") not in MONTH_ABBR
    ):
        return True
    # part of a range of plain numbers: "between 1500 and 2000 people"
    return bool(PLAIN_NUMBER_AFTER.match(text, end))
