"""Relative time: the article's own date (a date line, a dated lead), the phrases that lean on the
day of writing ("this year", "on Monday", "in July"), and the rewrite that anchors each to that date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..extract.dates import DATE, normalise
from ..model import Article

MONTH_NAMES = list(calendar.month_name)[1:]
MONTHS_LOWER = [m.lower() for m in MONTH_NAMES]

# A time phrase that leans on the day of writing (the date extractor marks them relative);
# a plain duration ("for seven years") does not
LEANING_TIME = re.compile(
    r"(?i:today|tonight|yesterday|tomorrow|(?:so far|earlier|later)\s+this\s+\w+|(?:this|last|next|past|coming)\s+\w+"
    r"|in the coming \w+|\w+ (?:ago|earlier|later)|(?:(?:last|next|this|on|early|late)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)"
)
# The same times at any capitalisation: "Last year", "Today" (a programme named "Today" is a time to a reader)
TIME_WORDS = re.compile(
    r"(?i:\b(?:(?:so far|earlier|later)\s+)?(?:this|last|next)\s+"
    r"(?:year|month|week|weekend|season|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:today|yesterday|tomorrow|tonight|last night)\b)"
)
# A stretch of time that ends (or starts) on the day of writing: "in the past two months", "over the
# next decade" (never "the last three months of 2004"); anchored it runs to (or from) the article's date
SPAN_TO_NOW = re.compile(
    r"(?i:\b(?P<prep>in|over|during|for|within)\s+the\s+(?P<way>past|last|previous|next|coming)\s+"
    r"(?P<length>(?:(?:\d+|few|several|couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?))\b(?!\s+(?:of|before|after|to|until|since)\b))"
)
# A time counted from the day of writing: "In four days, the union will ...", "in two weeks' time" (in
# a sentence about the future; "built in two days" is a duration)
FROM_NOW = re.compile(
    r"(?i:\bin\s+(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)(?:['’]?\s+time)?\b(?!\s+(?:of|after|before|from|since)\b))"
)
# A time counted back from the day of writing: "an ordeal that began 17 days ago", "three years ago"
AGO = re.compile(
    r"(?i:\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+ago\b)"
)
# A stretch of time up to the day of writing with no length: "in recent weeks"
RECENT = re.compile(r"(?i:\b(?:in|over|during)\s+recent\s+(?:days|weeks|months)\b)")
# A time of day with no day: "by mid-morning", "overnight", "by lunchtime"
TIME_OF_DAY = re.compile(
    r"(?i:\b(?:by|until|before|after|since)\s+(?:mid-?morning|mid-?afternoon|midday|noon|lunchtime|midnight|dawn|dusk|nightfall)\b"
    r"|\bovernight\b)"
)
# A day of the week and no more, or "today": "on Sunday", "early Tuesday", "on Monday night"
BARE_DAY = re.compile(
    r"(?:on\s+)?(?:(?:early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|yesterday"
)
COUNT_WORDS = {w: i for i, w in enumerate("a two three four five six seven eight nine ten".split(), start=1)} | {"one": 1}
# A year right after a month: "in March and April 2005" (the year the month belongs to)
YEAR_SOON = re.compile(r"[^.;:!?]{0,20}?\b(?:1[0-9]|20)\d\d\b")
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# A speech verb a time phrase may hang off ("said on Monday"): dropping the time keeps the fact
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|confirmed|added|warned|reported|revealed|stated|wrote|tweeted|insisted|argued)"
    r"(?:\s+(?:reporters|journalists|the \w+|\w+))?\s+$"
)
# A future: "will", "is due to", "next": a weekday then lies after the day of writing
FUTURE = re.compile(r"\b(?:will|shall|is due|are due|is set|are set|is expected|are expected|plans?|next|scheduled|upcoming)\b")


@dataclass(frozen=True)
class Anchor:
    """The article's own date: a date line above the story, or a dated opening paragraph."""

    year: int
    month: int
    day: int | None = None

    def text(self) -> str:
        month = MONTH_NAMES[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or 1)


def find_anchor(article: Article) -> Anchor | None:
    """The article's date: its date line, else the first dated month in its opening paragraph."""
    texts = [article.date] if article.date else []
    texts += [s.text for s in article.sentences if s.body and s.paragraph == 1]
    for text in texts:
        for m in DATE.finditer(text):
            value, relative = normalise(m)
            parts = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
            if parts and not relative:
                return Anchor(int(parts.group(1)), int(parts.group(2)), int(parts.group(3)) if parts.group(3) else None)
    return None


def leaning_times(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each time in the text that leans on the day of writing or has no year."""
    out = [(m.start(), m.end(), m.group()) for m in SPAN_TO_NOW.finditer(text)]
    if FUTURE.search(text):
        out += [(m.start(), m.end(), m.group()) for m in FROM_NOW.finditer(text)]
    spans = list(out)
    for m in DATE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in spans):
            continue  # "past decade" inside "over the past decade"
        value, relative = normalise(m)
        if relative and LEANING_TIME.fullmatch(m.group()):
            out.append((m.start(), m.end(), m.group()))
        elif not relative and value.startswith("--") and not YEAR_SOON.match(text, m.end()):
            out.append((m.start(), m.end(), m.group()))  # "in July", "since mid-September": no year says which
    if not re.search(r"\b(?:1[0-9]|20)\d\d\b", text):
        # "was already legal in 36 states": by when? Only a year in the sentence says
        out += [(m.start(), m.end(), m.group()) for m in re.finditer(r"\balready\b", text, re.I)]
    # "now goes to university", "have now won it nine times": as of the day of writing, whatever years the
    # sentence gives besides ("since their 2012 win")
    out += [(m.start(), m.end(), m.group()) for m in re.finditer(r"\b(?:now|currently|at present)\b", text, re.I)]
    # times the date extractor does not read as times, where none of the above stands: "by mid-morning"
    # (of which day?), "17 days ago" (read as a count), "Last year, ..." opening a sentence, "in recent weeks"
    for pattern in (TIME_OF_DAY, AGO, TIME_WORDS, RECENT):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), m.group()))
    return sorted(out)


def anchor_time(text: str, lo: int, hi: int, s: int, e: int, a: Anchor | None) -> tuple[int, int, str] | None:
    """A rewrite (start, end, new text) that anchors the time at text[s:e] (in the sentence text[lo:hi])
    to the article's date, or drops it where it only says when something was said; None when neither can be done."""
    phrase = text[s:e]
    low = phrase.lower()
    before = text[max(lo, s - 40) : s]  # pragma: no mutate - 40 or 41 alike: each pattern read here is shorter
    future = bool(FUTURE.search(text, lo, hi))
    span = SPAN_TO_NOW.fullmatch(phrase)
    if span:
        if a is None:
            return None
        way = "to" if span.group("way").lower() in ("past", "last", "previous") else "from"
        return s, e, f"{span.group('prep')} the {span.group('length')} {way} {a.text()}"  # "in the two months to 2 May 2023"
    ahead = FROM_NOW.fullmatch(phrase)
    if ahead:
        n = COUNT_WORDS.get(ahead.group("n").lower()) or (int(ahead.group("n")) if ahead.group("n").isdigit() else None)
        if a is None or not a.day or n is None or not ahead.group("unit").lower().startswith("day"):
            return None  # "in a few weeks": no day to name
        day = a.date + dt.timedelta(days=n)
        return s, e, f"{'On' if phrase[0] == 'I' else 'on'} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if a is not None and low in ("today", "tonight"):
        if re.search(r"\bto be \w+\s+$", before) or re.match(r"\s+(?!was\b|\w+(?:ss|us)\b)[a-z]+s\b", text[e:hi]):
            return None  # "the ministry today rejects", "figures to be published today": a date would not fit the tense
    if a is not None:
        year = {"this year": a.year, "last year": a.year - 1, "next year": a.year + 1}
        for key, y in year.items():
            if low.endswith(key):
                lead = low[: -len(key)].strip()
                prep = "" if re.search(r"\b(?:in|during|since|until|by|for|of)\s+$", before) else "in "
                if lead in ("so far", "earlier", "later"):
                    return s, e, f"{lead} in {y}"
                if lead:
                    return None
                return s, e, f"{prep}{y}"
        month_of = {"this month": 0, "last month": -1, "next month": 1}
        for key, d in month_of.items():
            if low.endswith(key) and low[: -len(key)].strip() in ("", "earlier", "later"):
                k = a.year * 12 + a.month - 1 + d
                prep = "" if re.search(r"\b(?:in|during|since|until|by|for|of)\s+$", before) else "in "
                lead = low[: -len(key)].strip()
                return s, e, (f"{lead} in " if lead else prep) + f"{MONTH_NAMES[k % 12]} {k // 12}"
        m = re.fullmatch(r"(?:(?:in|of|since|until|by|from|to|early|late|mid-)\s+)?(\w+)", low)
        if m and m.group(1) in MONTHS_LOWER and re.search(r"\b(?:last|next|this|past|coming)\s+$", before):
            return None  # "last August": a year after it would read "last August 2010"
        if m and m.group(1) in MONTHS_LOWER:
            month = MONTHS_LOWER.index(m.group(1)) + 1
            y = a.year if month <= a.month or future else a.year - 1
            return e, e, f" {y}"
        dm = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)|([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?", low)
        if dm:
            name = dm.group(2) or dm.group(3)
            if name in MONTHS_LOWER:
                month = MONTHS_LOWER.index(name) + 1
                y = a.year if month <= a.month or future else a.year - 1
                return e, e, f" {y}" if low[0].isdigit() else f", {y}"  # "3 March 2015", "March 3, 2015"
        if a.day:
            day = _day_of(low, a, future)
            if day is not None:
                words = phrase.split()
                weekday = next((w for w in words if w.lower() in WEEKDAYS), None)
                when = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
                if weekday:
                    lead = "" if re.search(r"\bon\s+$", before) else "on "
                    part = f" {words[-1]}" if words[-1].lower() in ("morning", "afternoon", "evening", "night") else ""
                    # "on Monday morning, 17 August 2015", and a comma to close the date where the sentence goes on
                    close = "," if re.match(r"\s+[a-z]", text[e:hi]) else ""  # ("... 2015, at the conference")
                    return s, e, f"{lead}{weekday}{part}, {when}{close}"
                return s, e, f"on {when}" if not re.search(r"\bon\s+$", before) else when
    # no anchor: a time that only says when something was said can go
    if SPEECH_BEFORE.search(before) and re.fullmatch(
        r"(?:on\s+)?(?:(?:last|this|earlier this|late|early)\s+)?\w+(?:\s+(?:morning|afternoon|evening|night))?", low
    ):
        on = re.search(r"\s+on\s+$", before)
        return (s - (len(on.group()) - 1) if on else s) - 1, e, ""
    # ... and so can a bare day of the week, or "today", inside a sentence about something else: "won
    # three titles on Sunday" asks the titles, and the day says nothing weeks later ("early on Monday" goes whole)
    on = re.search(r"\s+on\s+$", before)
    early = re.search(r"(?:\s+(?:early|late))?(?:\s+on)?\s+$", before)  # (the whole of "early on Monday" goes)
    start = s - len(early.group()) if early else s - 1
    if (
        s > lo
        and BARE_DAY.fullmatch(low)
        and (on or re.match(r"(?:on|early|late|today|tonight|yesterday)\b", low))  # (never "on a Saturday", "to Monday")
        and not re.search(r"\b(?:and|or|between|from|until|by|since)\s+(?:on\s+)?$", before)
        and not re.match(r"\s+(?:and|or|to|until)\b|['’]", text[e:hi])  # (never "Wednesday's hearing")
        # (never at the end of an aside: ", published on Tuesday, said" would leave ", published, said")
        and not (text[e : e + 1] == "," and "," in text[max(lo, start - 30) : start])
    ):
        return start, e, ""
    return None


def _day_of(low: str, a: Anchor, future: bool) -> dt.date | None:
    today = a.date
    if low in ("today", "tonight"):
        return today
    if low == "yesterday":
        return today - dt.timedelta(days=1)
    if low == "tomorrow":
        return today + dt.timedelta(days=1)
    words = low.split()
    weekday = next((w for w in words if w in WEEKDAYS), None)
    if weekday is None:
        return None
    target = WEEKDAYS.index(weekday)
    if words[0] == "next" or (future and words[0] != "last"):
        delta = (target - today.weekday()) % 7 or (7 if words[0] == "next" else 0)
        return today + dt.timedelta(days=delta)
    delta = (today.weekday() - target) % 7
    if words[0] == "last" and delta == 0:
        delta = 7
    return today - dt.timedelta(days=delta)
