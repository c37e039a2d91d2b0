"""Multiple choice: a stem with a blank (or "Who said ...?") and three distractors of the key's
type. Input: the article's Context and one Fact; output: a Question, or the rule that stops it."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..extract.speakers.phrases import name_of
from ..model import Article, Fact, Question, Sentence, digest
from ..words import has_word
from . import distractors
from .context import Context, View, flat
from .select import named_who, text_before
from .wh import wh_question
from .wording import BLANK, CONVERSION_AROUND, QUOTE_MARKS, display_speaker, has_length, identity, opening_mark

# A bound, not a value: "more than 20" is true of 10 too, so a choice between bounds has two answers
# A best or worst measured against the years around it: "had its busiest year in a decade
# during _____", "for the first time since", "a record": another year may be one as well
SUPERLATIVE_CLAIM = re.compile(
    r"\b(?:\w+est|best|worst|most|least|first|highest|lowest)\b[^.;]{0,40}?\b(?:in|for|since)\s+(?:\w+\s+)?(?:years|decades|decade|century|generation)\b"
    r"|\b(?:for\s+)?the first time\b|\b(?:a|its|their|the)\s+(?:all-time\s+)?record\b",
    re.I,
)
# ... and the same bound written before a fact that does not take it in: "more than _____ taller"
BOUND_BEFORE_FACT = re.compile(r"(?i)\b(?:more than|fewer than|less than|at least|at most|up to|upwards of)\s+$")
BOUND_HEDGE = re.compile(r"(?i)(?:more than|over|at least|up to|fewer than|less than|as many as|under|nearly|almost)\b")
# An approximation: "about", "around", "some": near options overlap when the numbers are small
APPROXIMATE = re.compile(r"(?i)(?:about|around|roughly|some|approximately|an estimated)\b")
# A "Who said ...?" shows the quote whole, or its first sentences up to this many words
MAX_QUOTE_WORDS = 30


def _contains(haystack: str, needle: str) -> bool:
    return has_word(haystack.lower(), needle.lower())


def _month_only(fact: Fact) -> Fact:
    """A month-and-year whose year shows elsewhere in the sentence is asked as the month alone."""
    year = str(fact.value)[:4]
    # pragma below: a second copy of the date is the same text, so rest holds its year whichever copy goes
    rest = fact.sentence.text.replace(fact.text, "", 1)  # pragma: no mutate - see above
    month = re.match(r"[A-Z][a-z]+", fact.text)
    if year in rest and month:
        # a date has no extent (dates.py sets none): the month's span is start to end
        return replace(fact, text=month.group(), end=fact.start + month.end(), value=f"--{str(fact.value)[5:]}")
    return fact


STEMS = ("auto", "wh", "blank")


def multiple_choice(
    ctx: Context,
    fact: Fact,
    speakers: list[tuple[str, str]],
    rng: random.Random,
    stems: str = "auto",
    position: int | None = None,
) -> Question | str:
    """One key and three typed distractors, or the rule that keeps the fact from a fair question.

    ``stems``: "blank" keeps the sentence with a blank; "wh" asks a WH-question ("How far does ...?")
    or nothing; "auto" asks the WH-question where a rule is sure of it and the blank elsewhere."""
    article = ctx.article
    if fact.kind == "quote":
        return _who_said(ctx, fact, speakers, rng)
    year_after = ""
    if fact.kind == "date":
        if re.fullmatch(r"\d{4}-\d{2}", str(fact.value)):
            fact = _month_only(fact)
        elif str(fact.value).startswith("--") and not re.search(r"\b(?:1[0-9]|20)\d\d\b", fact.sentence.text):
            if ctx.anchor is None:
                return "date: no year, and the article gives none to anchor it"
            comma = "," if re.fullmatch(r"[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?", fact.text) else ""
            year_after = f"{comma} {_year_for(ctx, fact)}"  # "August 10, 2015", "10 August 2015", "July 2015"
    if fact.kind == "date" and SUPERLATIVE_CLAIM.search(fact.sentence.text):
        return "options: 'its busiest year in a decade' may be true of another year as well"
    if BOUND_HEDGE.match(fact.text) or (fact.kind != "date" and BOUND_BEFORE_FACT.search(text_before(fact))):
        return "options: 'more than 20' makes every smaller option true as well"
    if fact.kind == "count" and APPROXIMATE.match(fact.text) and isinstance(fact.value, (int, float)) and fact.value <= 20:
        return "options: 'around seven' and 'around eight' are both fair answers"
    view = ctx.view(fact.sentence, [fact.span], editable=True)
    if isinstance(view, str):
        return view
    s, e = fact.span
    stem = view.render(article, [(s, e, BLANK + year_after)])
    if CONVERSION_AROUND.search(article.text[max(view.sentence.start, s - 30) : s]) or CONVERSION_AROUND.search(
        article.text[e : min(view.sentence.end, e + 30)]
    ):
        return "giveaway: a figure beside the blank leads to the answer"
    bounds = _year_bounds(stem, ctx, fact) if fact.kind == "date" else None
    limits = {"bounds": bounds} if bounds else _count_limits(stem) if fact.kind == "count" else {}
    limits["position"] = position  # where the key goes among the ascending options, where the sentence allows
    options = {
        "distance": distractors.distance_options,
        "count": distractors.count_options,
        "date": distractors.date_options,
    }[fact.kind](fact, rng, **limits)
    if not options or len(set(o.lower() for o in options)) != 4:
        return "options: no four fair options of the key's kind"
    # one line each, as an option is shown: "seven\nyears" where the article's line wrapped is "seven years"
    options = [" ".join(o.split()) for o in options]
    answer = " ".join(fact.text.split())
    if answer not in options:
        return "options: the key is not among them"
    stem = _fix_article(stem, options)
    stem = _balance_quotes(article, view, stem)
    if len(re.sub(re.escape(BLANK), "x", stem).split()) < 6:
        return "context: a caption or fragment, not a sentence"
    if _contains(stem, fact.text) or any(_contains(stem, o) for o in options if len(o) > 2):
        return "giveaway: the stem holds the answer or an option"
    if fact.kind == "count" and any(_contains(stem, distractors.HEDGE.sub(r"\2", o)) for o in options if re.search(r"\d", o)):
        return "options: an option is another figure of the sentence"
    if fact.kind == "count" and _echoed(stem, fact.text, options):
        return "giveaway: another figure of the sentence starts as the key does ('about $12bn' beside 'about 12,000')"
    if fact.kind == "date":
        year = re.search(r"\b(1\d{3}|20\d{2})", fact.text)
        if year and year.group(1) in stem:
            return "giveaway: the stem holds the answer's year"
        month = re.match(r"[A-Z][a-z]+", fact.text)
        if month and re.search(rf"\b{month.group()}\b", stem):
            return "giveaway: the stem holds the answer's month"
    if fact.kind == "distance" and has_length(stem):
        return "giveaway: another length in the stem shows the answer's scale"
    question = (
        wh_question(stem, fact.kind, fact.text, fact.noun)
        if stems != "blank" and view.sentence.start >= fact.sentence.start
        else None
    )
    if stems == "wh" and question is None:
        return "stems: no WH-question a rule is sure of (--stems wh)"
    return Question(
        type="mcq",
        kind=fact.kind,
        fact_ids=(fact.id,),
        sentence=fact.sentence if view.sentence.start >= fact.sentence.start else view.sentence,
        answer=answer,
        prompt=question or stem,
        options=tuple(options),
        guid_key=identity(article, fact.kind, fact.sentence, [fact.span]),
        extra={"start": fact.start, "stem": stem, **_numeric(fact)},
    )


# A part of the answer the stem gives: "_____ workers, 20 of them welders", "including 17 foreigners"
PART = re.compile(
    r"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:them|whom|those|these)\b)|\bincluding\s+(\d[\d,]*)"
)
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
# ... and a part before it: "losing 10 of the next _____ games", "won 3 out of _____"
PART_BEFORE = re.compile(
    rf"\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+"
    rf"(?:(?:the|its|their|his|her)\s+)?(?:(?:next|last|first|final|past)\s+)?{BLANK}"
)


# A change from the blank to a figure: "grow from _____ trains in 2003 to 120": the key is below
# where it rises to (above where it falls to)
CHANGE_FROM_BLANK = re.compile(
    rf"\b(?P<verb>\w+)\s+from\s+(?:(?:about|around|some|nearly|almost|over|more than)\s+)?{BLANK}"
    rf"[^.;\d]{{0,40}}?(?:\b(?:in|by)\s+(?:1[0-9]|20)\d\d\s+)?\bto\s+(?:\w+\s+)?(?P<n>\d[\d,]*(?:\.\d+)?)\b"
    r"(?:\s+(?P<scale>million|billion|thousand))?"
)
RISING = re.compile(r"(?i)(?:rise|rose|risen|rising|swell|grow|grew|increase|climb|jump|soar|expand|go up|went up)")
FALLING = re.compile(r"(?i)(?:fall|fell|fallen|drop|decline|shrink|shrank|slip|slump|plunge|dip|cut|reduce|decrease)")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _count_limits(stem: str) -> dict[str, float]:
    """The bounds a count's options keep to: above a part the stem gives, and on the right side of
    the other end of a change the blank starts."""
    limits = {"floor": _part_given(stem)}
    m = CHANGE_FROM_BLANK.search(stem)
    if m:
        n = float(m.group("n").replace(",", "")) * SCALES.get(m.group("scale"), 1)
        if RISING.match(m.group("verb")):
            limits["ceiling"] = n
        elif FALLING.match(m.group("verb")):
            limits["floor"] = max(limits["floor"], n)
    if re.search(rf"(?i)\bcategory\s+{re.escape(BLANK)}", stem):
        limits["ceiling"] = 6  # a storm's category runs from one to five: "a category eight storm" is none
    return limits


def _part_given(stem: str) -> float:
    """The largest part of the key the stem gives; every option must exceed it."""
    after = stem[stem.find(BLANK) :]  # pragma: no mutate - a stem has one blank: find and rfind find the same
    parts = [m.group(1) or m.group(2) for m in PART.finditer(after)]
    parts += [m.group(1) for m in PART_BEFORE.finditer(stem)]
    values = [float(NUMBER_WORDS.get(p.lower(), p.replace(",", ""))) for p in parts]
    return max(values, default=0)  # pragma: no mutate - a count's every option is two or more: a floor of 0 or 1 is one


def _year_for(ctx: Context, fact: Fact) -> int:
    a = ctx.anchor
    month = int(str(fact.value)[2:4])
    return a.year if month <= a.month else a.year - 1


# Another year the blank is paired with: "in _____ and 2004", "between 2002 and _____"
YEAR_BEFORE_BLANK = re.compile(rf"\b(?P<y>(?:1[0-9]|20)\d\d)\s*(?:and|to|until|-|–)\s*{BLANK}")
YEAR_AFTER_BLANK = re.compile(rf"{BLANK}\s*(?:and|to|until|-|–)\s*(?P<y>(?:1[0-9]|20)\d\d)\b")
# ... or the other end of a change: "from 40 trains in _____ to 120 in 2007"
YEAR_FROM_BLANK = re.compile(rf"{BLANK}\s+to\s+[^.;]{{0,40}}?\b(?:in|by)\s+(?P<y>(?:1[0-9]|20)\d\d)\b")
YEAR_TO_BLANK = re.compile(rf"\b(?:in|from)\s+(?P<y>(?:1[0-9]|20)\d\d)\s+to\s+[^.;]{{0,40}}?\b(?:in|by)\s+{BLANK}")


# The digits a figure leads with: "12" of "about 12,000", of "$12bn" and of "12.5 million"
LEADING_DIGITS = re.compile(r"(?<![\d.,])(\d+)(?=[,.]\d|\s*(?:bn|billion|m\b|million|k\b|thousand)|\b)")


def _echoed(stem: str, key: str, options: list[str]) -> bool:
    """True when another figure of the stem leads with the digits the key leads with and no
    distractor does: "_____ people lost homes worth about $12bn" points to "about 12,000"."""
    lead = LEADING_DIGITS.search(key)
    if not lead or not re.search(r"\d[,.]\d{3}|\d\s*(?:bn|billion|million|thousand)", key + " " + stem):
        return False
    in_stem = {m.group(1) for m in LEADING_DIGITS.finditer(stem.replace(BLANK, " "))}
    others = {m.group(1) for o in options if o != key for m in [LEADING_DIGITS.search(o)] if m}
    return lead.group(1) in in_stem and lead.group(1) not in others


# A deadline yet to come: "the state must cut its emissions by _____", "plans to open it by _____"
TARGET_BLANK = re.compile(
    rf"\b(?:will|would|must|needs?\s+to|has\s+to|have\s+to|plans?\s+to|aims?\s+to|ordered|required)\b[^.;]*\bby\s+{re.escape(BLANK)}"
)


def _year_bounds(stem: str, ctx: Context, fact: Fact) -> tuple[int, int]:
    """The years an option may take: after a year the blank follows, before one it precedes,
    and never after the article's own date for something that has happened (in an article with no date
    of its own, never after the year after the latest it tells of, where that is later than the key's:
    "sold the paper in _____" in a story of a trial in 2007 is no sale in 2010)."""
    lo, hi = 0, 9999  # pragma: no mutate - no option is a year near 0 or 9999 (date_options keeps them to 2100)
    m = YEAR_BEFORE_BLANK.search(stem) or YEAR_TO_BLANK.search(stem)
    if m:
        lo = int(m.group("y")) + 1
    m = YEAR_AFTER_BLANK.search(stem) or YEAR_FROM_BLANK.search(stem)
    if m:
        hi = int(m.group("y")) - 1
    now = ctx.anchor.year if ctx.anchor else None
    # (an article with no date of its own was written in, or after, the latest year it tells of)
    key = re.match(r"\d{4}", str(fact.value))
    later = ctx.latest_year if ctx.latest_year and key and ctx.latest_year > int(key.group()) else None
    told = now or (later + 1 if later else None)
    if told and not re.search(r"\b(?:will|would|by|until|plans?|expects?|expected|due|target|aims?)\b", stem):
        hi = min(hi, told)
    if now and TARGET_BLANK.search(stem):
        lo = max(lo, now)  # "must cut emissions by _____": a deadline yet to come, never one already past
    return lo, hi


def _fix_article(stem: str, options: list[str]) -> str:
    """ "a" or "an" before the blank tells which options fit: write "a(n)" unless all of them fit."""
    m = re.search(rf"\b(a|an|A|An)\s+{BLANK}", stem)
    if not m:
        return stem
    vowel = [distractors.starts_with_vowel_sound(o) for o in options]
    wants = m.group(1).lower() == "an"
    if all(v == wants for v in vowel):
        return stem
    word = "a(n)" if m.group(1).islower() else "A(n)"
    return stem[: m.start(1)] + word + stem[m.end(1) :]


def _balance_quotes(article: Article, view: View, stem: str) -> str:
    """A stem that starts inside a quotation opens it, and one that ends inside it closes it."""
    mark = opening_mark(article, view.sentence.start)
    if mark:
        stem = mark + stem  # in the article's own marks
    if len(QUOTE_MARKS.findall(stem)) % 2 == 1:
        close = '"' if '"' in stem else "”"
        m = re.search(r"[.!?]?$", stem)
        stem = stem[: m.start()] + close + m.group()  # "... in _____”." (the quoted words end before the stop)
    return stem


def _numeric(fact: Fact) -> dict:
    """The number behind a distance or count answer, for targets that ask for a number."""
    if fact.kind == "distance":
        unit = fact.text[len(re.match(r"[\d,.]*", fact.text).group()) :].strip(" -")
        return {"number": fact.value["amount"], "unit": unit}
    if fact.kind == "count" and isinstance(fact.value, (int, float)) and not re.search(r"(?:st|nd|rd|th)$", fact.text):
        hedged = bool(re.match(r"(?i)(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least)\b", fact.text))
        return {"number": fact.value, "unit": "", "hedged": hedged}
    return {}


# A quotation that leans on what was said before it: "He looked good", "That is enough"
QUOTE_LEANS = re.compile(r"(?:He|She|It|They|His|Her|Its|Their|This|That|These|Those|There)\b")
MIN_SHOWN_WORDS = 6


def quote_shown(quote: str) -> str | None:
    """The words a "Who said ...?" shows: a whole quoted statement, or its first sentences; never
    a phrase cut from someone's prose, never cut mid-phrase, never one that leans on "he" or "that"."""
    from ..articles import split_sentences

    words = " ".join(quote.split()).strip(" ,;:")
    if not re.match(r"[A-Z0-9‘'“\"]", words) or QUOTE_LEANS.match(words):
        return None
    shown = ""  # pragma: no mutate - None, or any start under six words, is no shown words just the same
    for _, e in split_sentences(words):
        candidate = words[:e].strip()
        if len(candidate.split()) > MAX_QUOTE_WORDS:
            break
        shown = candidate
    if not shown or len(shown.split()) < MIN_SHOWN_WORDS:
        return None
    # a sentence ends at a stop and the quote's end is stripped above: only a 1,000-character run of 30 words
    # (cut at a comma by split_sentences) could end in one
    return shown.rstrip(",;:")  # pragma: no mutate - see above


FEW_SPEAKERS = "options: fewer than three other speakers of the same kind"


def _who_said(ctx: Context, fact: Fact, speakers: list[tuple[str, str]], rng: random.Random) -> Question | str:
    """ "Who said “...”?" with the speaker and three others of the same kind as options."""
    article = ctx.article
    # a fact with no speaker has no key and one with no words shows none: both are left out below, whatever stands in
    speaker = fact.speaker or ""  # pragma: no mutate - see above
    said = fact.quote or ""  # pragma: no mutate - see above
    name = name_of(speaker)
    key = display_speaker(fact)
    if not key or key.lower() in ("he", "she", "they", "it", "we", "i"):
        return "who: the speaker is a pronoun the sentence does not name"
    if fact.speaker_type == "person" and not name:
        return "who: a speaker known only by a title ('a spokesman') is no option among names"
    quote = quote_shown(said)
    if quote is None:
        return "who: the quote is too long to show whole, or a word or two"
    leans = ctx.leaning(quote)
    if leans:
        return "who: the quote leans on words it does not explain:" + leans[0].rule.removeprefix("context:")
    source = _attribution(ctx, fact, name)
    if source is None:
        return "who: the sentence does not name who spoke"
    # the quote as a sentence far before the article: times() reads its text, and only whether it finds a time is used
    alone = Sentence(quote, -(10**9), -(10**9) + len(quote), 0)  # pragma: no mutate - its offsets and paragraph go unused
    if ctx.times(alone):
        return "time: the quote leans on the day it was said"
    pool = speakers + [(p, "person") for p in ctx.people]
    quote_words = set(re.findall(r"[A-Z][\w'’-]+", said))
    pool = [(p, t) for p, t in pool if not quote_words & set(p.split())]  # "... possible for Maria": not Maria Lindqvist
    options = distractors.quote_options(replace(fact, speaker=key), pool, rng)
    if not options:
        return FEW_SPEAKERS
    key = next(o for o in options if distractors.same_speaker(o, key))
    stem = f"Who said “{quote}”?"
    if any(_contains(stem, o) for o in options) or _contains(stem, name or key):
        return "giveaway: the quote names its speaker"
    return Question(
        type="mcq",
        kind="quote",
        fact_ids=(fact.id,),
        sentence=source,
        answer=key,
        prompt=stem,
        options=tuple(options),
        # the speaker is masked; the quoted words tell apart two quotes of one sentence
        guid_key=digest(identity(article, "quote", fact.sentence, [(fact.start, fact.end)]), fact.quote, size=20),
        extra={"quotes": [(key, quote)]},
    )


def _attribution(ctx: Context, fact: Fact, name: str) -> Sentence | None:
    """The text that shows who said a quote: its sentence when it names the speaker there; with the
    sentence before when "he said" stands for the speaker's ``name`` given there; None when neither does."""
    article = ctx.article
    s = fact.sentence
    mention = article.text[fact.start : fact.end]
    if mention != fact.text or fact.start < s.start:
        return None  # a quote that goes on with the last speaker's words names no one
    if fact.start >= s.end:  # pragma: no mutate - never so: find_quotes joins sentences up to the speaker's mention
        return None
    if named_who(mention, fact.speaker_type):
        return s
    prev = ctx.previous(s)
    if prev is not None and name and name.split()[-1] in prev.text:
        return Sentence(flat(article.text[prev.start : s.end]), prev.start, s.end, prev.paragraph)
    return None
