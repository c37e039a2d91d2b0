"""Wrong answers of the key's own type: same unit and rounding, same date grain, same form."""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace

from ..extract.numbers import ORDINALS, TENS, UNITS
from ..model import Fact

NUMBER_WORD = {v: k for k, v in {**UNITS, **TENS}.items()}
ORDINAL_WORD = {v: k for k, v in ORDINALS.items()}
MONTH_NAMES = "January February March April May June July August September October November December".split()
DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Multipliers for plausible wrong magnitudes below and above the key: within half and twice it, as
# three times the key is one a class rules out at sight (a turnout above the population, a flight
# longer than the Earth is round)
BELOW = (0.5, 0.6, 0.75, 0.85)
ABOVE = (1.2, 1.35, 1.5, 1.75, 2.0)


def _split(rng: random.Random, below_ok: int, above_ok: int, n: int = 3, position: int | None = None) -> int:
    """How many distractors go below the key: the key's wanted place among the options where the
    sentence allows it, else random, so the key is not always in the middle."""
    choices = [k for k in range(n + 1) if k <= below_ok and n - k <= above_ok]
    if position in choices:
        return position
    return rng.choice(choices) if choices else -1  # pragma: no mutate - any negative will do: callers test k < 0


def _pick(
    rng: random.Random, below: list[float], above: list[float], n: int = 3, position: int | None = None
) -> list[float] | None:
    k = _split(rng, len(below), len(above), n, position)
    if k < 0:
        return None
    lo = sorted(rng.sample(below, k)) if k else []
    hi = sorted(rng.sample(above, n - k)) if n - k else []
    return lo + hi


def _decimals(surface: str) -> int:
    m = re.search(r"\.(\d+)", surface.replace(",", ""))
    return len(m.group(1)) if m else 0


def _round_like(value: float, key: float, decimals: int) -> float:
    """Round a distractor as coarsely as the key is written: 130 -> tens, 4,300 -> hundreds."""
    if decimals:
        return round(value, decimals)
    k = int(round(key))
    step = 1
    while k and k % (step * 10) == 0 and step * 10 <= k / 2:
        step *= 10
    return float(max(step, round(value / step) * step))


def _spread(values: list[float], key: float) -> list[float]:
    """Drop values within 5% of each other or of the key (no two equivalent options)."""
    out: list[float] = []
    for v in sorted(set(values)):
        if v <= 0 or abs(v - key) <= 0.05 * key:
            continue
        if out and v <= out[-1] * 1.05:
            continue
        out.append(v)
    return out


def _format_number(value: float, like: str) -> str:
    """A number written as the key is: its decimals, and thousands separated once there are any."""
    decimals = _decimals(like)
    if "," in like or (value >= 1000 and not re.fullmatch(r"\d{4,}", like)):
        return f"{value:,.{decimals}f}"
    if decimals:
        return f"{value:.{decimals}f}"
    return f"{int(value)}"


def distance_options(fact: Fact, rng: random.Random, position: int | None = None, **_: object) -> list[str] | None:
    """Three wrong distances in the key's unit and rounding, plus the key, ascending."""
    amount = float(fact.value["amount"])
    num = re.match(r"[\d,.]+", fact.text)
    if not num:
        return None
    num_text = num.group()
    unit_text = fact.text[num.end() :]
    decimals = _decimals(num_text)
    below = _spread([_round_like(amount * f, amount, decimals) for f in BELOW], amount)
    above = _spread([_round_like(amount * f, amount, decimals) for f in ABOVE], amount)
    chosen = _pick(rng, below, above, position=position)
    if chosen is None:
        return None
    # _spread keeps the options more than 5% from each other and from the key
    values = sorted([*chosen, amount])
    return [fact.text if v == amount else _format_number(v, num_text) + unit_text for v in values]


# Spans of hours a deadline or a wait is given in
HALF_DAYS = (6, 12, 24, 36, 48, 72, 96, 120, 144, 168)
# A count of time units: "seven years", "48 hours"
DURATION = re.compile(r"(.+?)\s+((?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?)", re.I)
# A hedge before a count, kept in every option: "about 80", "more than 700"
HEDGE = re.compile(
    r"((?:more than|fewer than|less than|at least|up to|about|around|roughly|some|nearly|almost|over|"
    r"approximately|an estimated|as many as)\s+)(\S.*)",
    re.I,
)


def count_options(
    fact: Fact, rng: random.Random, floor: float = 0, ceiling: float = math.inf, position: int | None = None, **_: object
) -> list[str] | None:
    """Three wrong counts in the key's form (digits or words; ordinals stay ordinals), ascending,
    all above ``floor`` (a part the sentence gives: "21 workers, 20 of them welders") and below
    ``ceiling`` (where the count rises to: "grow from _____ to 120")."""
    text = fact.text
    value = fact.value
    if not isinstance(value, (int, float)) or "dozen" in text.lower():
        return None
    span = DURATION.fullmatch(text)
    hours = span and span.group(2).lower().startswith("hour") and re.fullmatch(r"\d+", span.group(1))
    if hours and value % 12 == 0 and value <= max(HALF_DAYS):
        # a deadline of whole half-days gets others ("48 hours": 24, 36, 72), never "58 hours"
        below = [v for v in HALF_DAYS if floor < v < value]
        above = [v for v in HALF_DAYS if value < v < ceiling]
        chosen = _pick(rng, below[-3:], above[:3], position=position)
        return None if chosen is None else [text if v == value else f"{v} {span.group(2)}" for v in sorted([*chosen, value])]
    if span:
        # "seven years": the options keep the unit ("five years", "seven years", ...)
        core = count_options(replace(fact, text=span.group(1)), rng, floor, ceiling, position)
        return None if core is None else [f"{o} {span.group(2)}" for o in core]
    hedge = HEDGE.match(text)
    if hedge:
        # "about 80": the options keep the hedge ("about 60", "about 80", ...)
        core = count_options(replace(fact, text=hedge.group(2)), rng, floor, ceiling, position)
        return None if core is None else [hedge.group(1) + o for o in core]
    low = text.lower()
    # a hyphenated ordinal ("twenty-first") is above 20 and no round ten: left out below whatever its kind
    ordinal = low in ORDINALS
    words = bool(re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)?", text))
    scaled = re.match(r"([\d.,]+)\s+(million|billion|thousand|hundred)$", text)
    if scaled:
        base = float(scaled.group(1).replace(",", ""))
        opts = _numeric_candidates(base, scaled.group(1), rng, position=position, scaled=True)
        if opts is None:
            return None
        return [text if v == base else f"{_format_number(v, scaled.group(1))} {scaled.group(2)}" for v in opts]
    if words:
        limit = 20 if not ordinal else 12
        if value > limit and value not in (30, 40, 50, 60, 70, 80, 90):
            return None  # compound number words read ambiguously in option lists
        if ordinal:
            table = ORDINAL_WORD
        else:
            table = NUMBER_WORD
        # never "one": it does not fit the plural noun the key counts (its tables hold words to 20 and round tens and hundreds)
        pool = [v for v in table if v > 1 and v != value]
        near = sorted(pool, key=lambda v: (abs(v - value), v))[:6]
        below = sorted(v for v in near if v < value)  # pragma: no mutate - near never holds the key, so < and <= agree
        below = [v for v in below if v > floor]
        # (never more than twice the key: "his seventh wife" beside "third" is one a class rules out)
        above = sorted(v for v in near if value < v < ceiling and v <= 2 * value)  # pragma: no mutate - near never holds the key
        if not below:
            return None  # "two", "second": the key would always be the first option, a pattern a class learns
        chosen = _pick(rng, below, above, position=position)
        if chosen is None:
            return None
        vals = sorted([*chosen, value])
        cap = text[0].isupper()
        out = []
        for v in vals:
            w = text if v == value else table[int(v)]
            out.append(w[0].upper() + w[1:] if cap and v != value else w)
        return out
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", text):
        key = int(value)
        # the ordinals next to the key: "44th" among 45th, 46th, 47th, never alone before 47th, 48th, 49th
        # (from the 2nd: no "1st" of a kind the key counts on from)
        # (ordinals run on without end above the key: any three will do)
        k = _split(rng, max(0, key - 2), 3, position=position)  # pragma: no mutate - see above
        if k < 0:
            return None
        chosen = list(range(key - k, key)) + list(range(key + 1, key + 4 - k))
        return [text if v == value else _ordinal(int(v)) for v in sorted([*chosen, value])]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        opts = _numeric_candidates(float(value), text, rng, floor, ceiling, position)
        if opts is None:
            return None
        return [text if v == value else _format_number(v, text) for v in opts]
    return None


def _numeric_candidates(
    value: float,
    like: str,
    rng: random.Random,
    floor: float = 0,
    ceiling: float = math.inf,
    position: int | None = None,
    scaled: bool = False,
) -> list[float] | None:
    decimals = _decimals(like)
    if value <= 12 and not decimals:
        below = [float(v) for v in range(max(2, int(value) - 4), int(value))]
        above = [float(v) for v in range(int(value) + 1, int(value) + 6)]
        if scaled:
            # "2 million": 1, 3 or 4 million, never 7 million: half to twice the key, as for any magnitude
            below = [float(v) for v in range(max(1, math.ceil(value / 2)), int(value))]
            above = [v for v in above if v <= 2 * value]
    else:
        below = _spread([_round_like(value * f, value, decimals) for f in BELOW], value)
        above = _spread([_round_like(value * f, value, decimals) for f in ABOVE], value)
    below = [v for v in below if v > floor]
    above = [v for v in above if v < ceiling]
    chosen = _pick(rng, below, above, position=position)
    if chosen is None:
        return None
    return sorted([*chosen, value])


def _ordinal(n: int) -> str:
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _year_step(year: int, target: bool) -> int:
    """A round target year gets round neighbours (2040 -> 2020, 2030, 2050); any other year its
    near neighbours (2011 -> 2008, 2010, 2013)."""
    if not target:
        return 1
    return 10 if year % 10 == 0 else 5 if year % 5 == 0 else 1


# A year something is aimed at, not one it happened in: "by 2040", "will ... in 2030"
TARGET = re.compile(r"\b(?:by|until|before)\s+$", re.I)
FUTURE = re.compile(r"\b(?:will|would|target|targets|plans?|aims?|goal|expected|due|set to|forecasts?|predicts?)\b", re.I)

# An event held every four years, named with its year: "the 2000 Olympic final", "the World Cup in 2006"
_FOUR_YEARLY = r"Olympic|Olympics|Paralympic|Paralympics|World\s+Cup"
FOUR_YEARLY_AFTER = re.compile(rf"\s+(?:[A-Z][\w'’-]+\s+)?(?:(?:Summer|Winter)\s+)?(?:{_FOUR_YEARLY}|Games)\b")
FOUR_YEARLY_BEFORE = re.compile(
    r"\b(?:Olympics|Olympic\s+Games|Paralympics|World\s+Cup|European\s+Championships?)\s+(?:in|of|since)\s+$"
)
# ... or its tournament, where the sentence names one: "the 2018 World Cup to Avalonia and the _____ tournament to Norland"
FOUR_YEARLY = re.compile(rf"\b(?:{_FOUR_YEARLY})\b")
TOURNAMENT_AFTER = re.compile(r"\s+(?:tournament|finals)\b")
# An election named by its year: "the 2016 election" (elections come every four or five years: a year
# between two of them is one a class rules out)
ELECTION_AFTER = re.compile(r"\s+(?:(?:presidential|general|mid-?term|parliamentary|national)\s+)?elections?\b", re.I)


def date_options(
    fact: Fact, rng: random.Random, bounds: tuple[int, int] | None = None, position: int | None = None
) -> list[str] | None:
    """Three wrong dates of the key's grain (year, month and year, full date), ascending, with
    their years inside ``bounds`` (what the sentence and the article's date allow)."""
    value = str(fact.value)
    text = fact.text
    lo, hi = bounds or (0, 2100)  # pragma: no mutate - no year read is below 1000, and hi is capped at 2100 below
    hi = min(hi, 2100)
    if re.fullmatch(r"\d{4}", value) and re.fullmatch(r"\d{4}", text):
        year = int(value)
        at = fact.start - fact.sentence.start
        step = _year_step(year, bool(TARGET.search(fact.sentence.text[:at])) and bool(FUTURE.search(fact.sentence.text)))
        if (
            FOUR_YEARLY_AFTER.match(fact.sentence.text, at + len(text))
            or FOUR_YEARLY_BEFORE.search(fact.sentence.text[:at])
            or ELECTION_AFTER.match(fact.sentence.text, at + len(text))
            or (TOURNAMENT_AFTER.match(fact.sentence.text, at + len(text)) and FOUR_YEARLY.search(fact.sentence.text))
        ):
            step = 4  # "the 2000 Olympic champion": 1998 was no Olympic year
        reach = 6 if step == 1 else 2 if step == 5 else 3  # a target of 2005: 1995 to 2015, never 1990
        below = [year - step * d for d in range(1, reach + 1) if year - step * d >= lo]
        above = [year + step * d for d in range(1, reach + 1) if year + step * d <= hi]
        chosen = _pick(rng, below, above, position=position)
        if chosen is None:
            return None
        # never the odd one out: 1946, 1947, 1948 and 1952 give the key away by its gap, so the
        # option nearest the key moves next to it (1946, 1947, 1951, 1952)
        near = min(chosen, key=lambda y: abs(y - year))
        if abs(near - year) > 2 * step:
            side = -1 if near < year else 1  # pragma: no mutate - near is never the key: < and <= read alike
            chosen = [year + side * step if y == near else y for y in chosen]
        if step == 1 and year % 10 == 0 and all(y % 5 for y in chosen):
            # nor the only round year: 1850 among 1851, 1853 and 1854 stands out; the option farthest
            # off moves to the round year on its side (1850, 1851, 1853, 1855)
            far = max(chosen, key=lambda y: abs(y - year))
            half = year + (5 if far > year else -5)  # pragma: no mutate - far is never the key: > and >= read alike
            if lo <= half <= hi:
                chosen = [half if y == far else y for y in chosen]
        return [str(y) for y in sorted([*chosen, year])]
    if re.fullmatch(r"\d{3}0s", value):
        decade = int(value[:4])
        m = re.match(r"(.*?)(\d{4})s$", text)
        if not m:
            return None
        prefix = m.group(1)
        step = 100 if decade % 100 == 0 and decade < 1900 else 10  # "the 1300s": a century, as its neighbours are
        # decades stay within two of the key ("the 1970s": 1950s to 1990s): a decade farther off is
        # often one the story's world rules out at sight (an agency not yet founded, a war long over)
        # (the third either side only where the sentence leaves no other way to three)
        below = [decade - step * d for d in range(1, 4) if decade - step * d + step - 1 >= lo]
        # a decade is a multiple of ten: any cap from 2090 to 2099 is the same
        above = [decade + step * d for d in range(1, 4) if decade + step * d <= min(2090, hi)]  # pragma: no mutate - see above
        if step == 10 and len(below[:2]) + len(above[:1]) >= 3:
            # two decades before, one after: a later decade is the one a story's world most often rules
            # out (an agency wound up, a career already begun); reviewers turned down "1990s" every time
            below, above = below[:2], above[:1]
        elif step == 10 and len(below[:2]) + len(above[:2]) >= 3:
            above = above[:2]  # (one decade before at most: two after make three)
        chosen = _pick(rng, below, above, position=position)
        if chosen is None:
            return None
        # the key's text is the prefix and the decade read from it: the text or the decade written out are the same
        return [f"{prefix}{d}s" if d != decade else text for d in sorted([*chosen, decade])]  # pragma: no mutate - see above
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    # "June 2016", "June, 2016", "June of 2016", "Jan 2016", "Sept. 2016": every option in the key's form
    form = re.fullmatch(r"([A-Z][a-z]+)(\.?)(,?\s+(?:of\s+)?)\d{4}", text)
    if m and form:
        y, mo = int(m.group(1)), int(m.group(2))
        key = y * 12 + mo - 1
        below = [key - d for d in (1, 2, 3, 4, 5, 6, 8) if key - d >= lo * 12]
        above = [key + d for d in (1, 2, 3, 4, 5, 6, 8) if (key + d) // 12 <= hi]
        chosen = _pick(rng, below, above, position=position)
        if chosen is None:
            return None
        word, dot, between = form.groups()

        def fmt(k: int) -> str:
            month = _month_as(k % 12 + 1, word)
            return f"{month}{dot if month != MONTH_NAMES[k % 12] else ''}{between}{k // 12}"

        # fmt gives the key's own text for every month form the extractor reads; the text stands as written all the same
        return [text if k == key else fmt(k) for k in sorted([*chosen, key])]  # pragma: no mutate - see above
    m = re.fullmatch(r"--(\d{2})", value)
    if m and text in MONTH_NAMES:
        mo = int(m.group(1))
        below = list(range(1, mo))
        above = list(range(mo + 1, 13))
        near_b = [v for v in below if mo - v <= 4]
        near_a = [v for v in above if v - mo <= 4]
        chosen = _pick(rng, near_b, near_a, position=position)
        # every month has four others within four months of it: three are always found
        return None if chosen is None else [MONTH_NAMES[v - 1] for v in sorted([*chosen, mo])]  # pragma: no mutate - see above
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", value)
    if m:
        return _full_date_options(fact, m, rng, lo, hi, position)
    return None


# The months newspapers shorten (AP style: "Dec. 9"); March to July they write in full
NEWS_SHORT = frozenset("Jan Feb Aug Sept Oct Nov Dec".split())


def _month_as(month: int, like: str) -> str:
    """A month's name written as the key writes its own: in full, short as newspapers write it ("Dec",
    "Sept", "June"), or short whatever the month where the key is "Jul" or "Mar"."""
    name = MONTH_NAMES[month - 1]
    if like in MONTH_NAMES or (like in NEWS_SHORT and 3 <= month <= 7):
        return name
    return "Sept" if month == 9 and like == "Sept" else name[:3]


def _full_date_options(
    fact: Fact, m: re.Match, rng: random.Random, lo: int, hi: int, position: int | None = None
) -> list[str] | None:
    import datetime as dt

    text = fact.text
    has_year = m.group(1) != "-"
    year = int(m.group(1)) if has_year else 2001  # pragma: no mutate - any year not a leap year will do; it is never shown
    try:
        key = dt.date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    uk = bool(re.match(r"(?:\w+day,?\s+)?\d", text))
    weekday = bool(re.match(r"\w+day\b", text))
    suffix = bool(re.search(r"\d(?:st|nd|rd|th)\b", text))
    abbr = re.search(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(\.?)(?=\s|$)", text)

    def fmt(d: dt.date) -> str:
        day = _ordinal(d.day) if suffix else str(d.day)
        month = MONTH_NAMES[d.month - 1]
        if abbr:  # keep the key's style: "Dec. 9" -> "Nov. 27"
            short = _month_as(d.month, abbr.group(1))
            month = short + abbr.group(2) if short != month else month
        core = f"{day} {month}" if uk else f"{month} {day}"
        if has_year:  # "March 3, 2025", "3 March 2025", and a comma wherever the key has one
            core += (", " if "," in text.split()[-2] else " ") + str(d.year)
        if weekday:
            core = f"{DAY_NAMES[d.weekday()]}, {core}"
        return core

    below = [key - dt.timedelta(days=d) for d in (2, 3, 5, 7, 9, 12)]
    above = [key + dt.timedelta(days=d) for d in (2, 3, 5, 7, 9, 12)]
    if not has_year:
        below = [d for d in below if d.year == key.year]
        above = [d for d in above if d.year == key.year]
    else:
        below = [d for d in below if lo <= d.year <= hi]
        above = [d for d in above if lo <= d.year <= hi]
    chosen = _pick(rng, below, above, position=position)
    if chosen is None:
        return None
    return [text if d == key else fmt(d) for d in sorted([*chosen, key])]


CLEAN_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:of |the |and |de |van |von |al-)?[A-Z][\w'’.-]*){0,4}")


def quote_options(fact: Fact, others: list[tuple[str, str]], rng: random.Random, least: int = 3) -> list[str] | None:
    """The key speaker and three other speakers of the same type from the article, shuffled, all
    in one form: full names when every one of them has one, else surnames."""
    key = fact.speaker
    # only names that read as names: "Jonas Berg", "the ministry", not "Warning System said"
    names: dict[str, str] = {}
    for name, t in others:
        if fact.speaker_type == "person" and not person_name(name):
            continue
        if t == fact.speaker_type and CLEAN_NAME.fullmatch(name) and not same_speaker(name, key):
            surname = name.split()[-1]
            if len(names.get(surname, "").split()) < len(name.split()):
                names[surname] = name  # one person, the fullest form of their name
    pool = sorted(names.values())
    if fact.speaker_type == "person":
        pool = [p for p in pool if len(p.split()) >= 2 and not any(same_speaker(p, q) for q in pool if q != p)]
    if len(pool) < least:
        return None
    chosen = rng.sample(pool, min(3, len(pool)))
    options = [*chosen, key]
    if fact.speaker_type == "person" and len(key.split()) < 2:
        options = [o.split()[-1] for o in options]  # the key is known by surname: "Blair, Brown, Kennedy, Howard"
        if len({o.lower() for o in options}) != len(options):
            return None
    rng.shuffle(options)
    return options


# Words that never stand in a person's name: "Olympics", "Policy", "Market", "Journal"
NOT_NAME_WORDS = frozenset(
    "the of and for in on at olympics olympic championship cup league party policy market markets journal times news post"
    " council committee ministry department office agency police company group bank university school hospital"
    " association union federation foundation institute commission government parliament court house street"
    " airport station square park river mountain mountains city county state states kingdom republic".split()
)


def person_name(name: str) -> bool:
    """True for a name that reads as a person's: capitalised words, none of them a thing or place word."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not any(w.lower() in NOT_NAME_WORDS for w in words)


def same_speaker(a: str, b: str) -> bool:
    """True when two names may be one person: one inside the other, or the same surname."""
    la, lb = a.lower(), b.lower()
    return la in lb or lb in la or la.split()[-1:] == lb.split()[-1:]


# Numbers and months read with a vowel sound first: "an eight", "an 18", "an 11", "an August"
VOWEL_SOUND = re.compile(
    r"(?:8|11(?!\d)|11,|18(?!\d)|18,|eight|eleven|eighteen|eighty|april|august|october|[aeio](?!ne\b|nce))", re.I
)


def starts_with_vowel_sound(option: str) -> bool:
    """True when "an" fits before the option ("an 18", "an eight"), False when "a" does."""
    return bool(VOWEL_SOUND.match(option.strip()))
