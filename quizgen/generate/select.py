"""Which facts are worth asking: every rule that leaves a fact out, by name, and a ranking of the rest."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..extract.counts import TIME_NOUNS
from ..extract.numbers import DIGITS, WORD_NUMBERS, parse_number
from ..extract.speakers.phrases import name_of
from ..model import Article, Dropped, Fact
from ..words import has_word
from .clauses import cuttable
from .references import COMMON_CAPS
from .timing import Anchor, find_anchor
from .wording import has_length, in_quotation

T = TypeVar("T")

# Kinds a learner is most likely to be asked about first
KIND_WEIGHT = {"distance": 3.0, "date": 2.5, "quote": 2.4, "count": 2.0}
PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|you)$", re.I)
# "the two leaders", "these three": a small count the article already gave; it points back
POINTING_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|his|her|all)\s+$", re.I)
# A count inside a turn of phrase: "any two cities", "one or two", "a third bidder" (another one,
# not a rank), "two-way", "second-hand", "third party", "second half"
FIXED_BEFORE = re.compile(r"\b(?:any|every|a|an|each|no|top|bottom)\s+$", re.I)
FIXED_AFTER = re.compile(
    r"(?:\s+or\s+(?:two|three|four|\d+)\b|-(?:way|hand|class|rate|party|fold|off)\b"
    r"|\s+(?:half|halves|quarter|period|innings|leg|set|party|hand|class|string|nature|thoughts|opinion)\b)",
    re.I,
)
# "one in three", "two out of five": a ratio, not a count
RATIO_BEFORE = re.compile(r"\b(?:one|\d+)\s+(?:in|out of)\s+$", re.I)
RATIO_AFTER = re.compile(  # (never "for 14 years in 2019": a year is no ratio)
    r"\s+(?:in|out of)\s+(?:(?!(?:1[5-9]|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|every)\b", re.I
)
# A date that names an event everyone knows: "the 11 September attacks", "9/11"
FIXED_DATE = re.compile(r"^(?:11 September|September 11(?:th)?)(?:,? 2001)?$|^9/11$", re.I)
# A year inside a name: "Sound of 2004", "Class of 1998"
TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
# A forecast: "is set to take to the skies in 2008", "looks set for ... in 2005"
FORECAST = re.compile(
    r"\b(?:is|are|looks?|seems?)\s+set\s+(?:to|for)\b|\b(?:forecasts?|predicts?|(?:is|are|was|were) expected to)\b"
    r"|\b(?:is|are|was|were)\s+on\s+(?:track|course)\s+to\b"
    r"|\bdue\s+to\s+(?:open|reopen|be|start|begin|finish|close|end|arrive|launch|take|come|run|complete)\b",
    re.I,
)
# ... said of the year itself: "2015 is on track to be the warmest year"
FORECAST_AFTER = re.compile(r"\s+(?:is|was)\s+(?:on\s+(?:track|course)|set|expected|forecast|likely)\s+to\b", re.I)
# A date that only says when a figure was measured or how long something runs: "as of March",
# "the fair runs until 3 May", "in the three months to December", "much of 2019", "the
# first half of 2019" (the period a story reports on: reviewers found nothing to learn in its year)
SIDE_DATE_BEFORE = re.compile(
    r"\b(?:as of|as at|runs? until|run until|running until|runs? to|lasts? until|until|till|ending|ends?|months to|year to"
    r"|weeks to|than in|as in|compared (?:with|to)(?:(?: \w+)? in)?|recorded since|records began in|against|much of"
    r"|(?:the\s+)?(?:first|second)\s+half\s+of"
    r"|(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|(?:few\s+|two\s+|three\s+|six\s+|nine\s+)?(?:months|weeks))\s+of)"
    r"\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
# A year a share or a rate was measured in: "12 percent of its output in 2019",
# "400 tonnes a day in 1990": the figure is the fact, its year the frame
MEASURED_BEFORE = re.compile(
    r"(?:\d\s*%|\bper\s*cent|\bpercent|\b(?:a|per)\s+(?:day|year|month|week|head|capita)|\bbpd)"
    r"(?:\s+(?:of|in|on|for)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4})?\s+in\s+$",
    re.I,
)
# A past date after a present perfect with no verb of its own between: "have dropped an inquiry into
# a claim made in 2010" (in 2010 the claim was made, but a reader may take it as when it was dropped)
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|also|not|since|finally)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b"
    r"(?![^;]*\b(?:since|when|after|before|until|was|were|did|which|who|whom|that)\b)[^;]*\s+(?:in|on)\s+$"
)
# The year a superlative is measured from: "his fastest time since winning in Eldvik in 2016" (the
# shape is the claim; its year only marks where the comparison starts)
SINCE_BEST = re.compile(
    r"\b(?:best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|busiest|deepest)\b"
    r"[^.;]{0,60}?\bsince\b[^.;]{0,80}$",
    re.I,
)
# The years a change runs between: "from 40 trains in 2003 to 120 in 2007"
CHANGE_STARTS = re.compile(r"\bfrom\s+(?:[^,;]|,(?=\d)){1,40}?\s+in\s+$", re.I)  # (a comma inside a figure: "64,000")
CHANGE_ENDS = re.compile(
    r"\bfrom\s+(?:[^,;]|,(?=\d)){1,40}?\s+in\s+(?:1[0-9]|20)\d\d\s+to\s+(?:[^,;]|,(?=\d)){1,40}?\s+(?:in|by)\s+$", re.I
)
# A length that names a race or an event: "the 800 metres favourites", "the men's 60m", "Olympic
# 100m champion", "the 10,000m"
EVENT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:final|finals|champion|champions|championship|title|race|record|event|hurdles|freestyle|backstroke"
    r"|breaststroke|butterfly|relay|medley|sprint|sprinter|sprinters|favourite|favourites|favorite|heat|heats|gold|silver"
    r"|bronze|winner|runner|runners|world|indoor|outdoor|dash|swim|specialist|star|medal|medallist)\b",
    re.I,
)
EVENT_BEFORE = re.compile(r"\b(?:men's|women's|the|olympic|world|european|indoor|outdoor|in the)\s+$", re.I)
# The size of something the sentence does not name: "a 300m-high tower"
UNNAMED_SIZE = re.compile(r"\b(?:a|an)\s+$", re.I)
SIZE_AFTER = re.compile(r"-?\s*(?:tall|high|long|wide|deep)\b", re.I)
# Who reported, not who said: outlets and documents are no answer to "who"
OUTLET = re.compile(
    r"\b(?:times|news|post|journal|herald|gazette|tribune|telegraph|guardian|agency|media|tv|television|radio|newspaper"
    r"|magazine|website|statement|report|letter|release|tweet|communique|paper)$",
    re.I,
)
# A "who" that names no one: "the police", "one commenter", "doctors", "officials"
UNNAMED = re.compile(r"^(?:(?:the|a|an|one|some|many|several|other|two|three|local|its|their)\s+)?[a-z][a-z -]*$")
# Quotes shorter than this ask about a word or a phrase, not a statement
MIN_QUOTE_WORDS = 6
# A titled official where the article names no one: "a Defense Ministry official", "a spokeswoman for Transit Avalonia"
TITLED = re.compile(
    r"\b(?:official|officials|spokesman|spokeswoman|spokesperson|minister|secretary|president|director|chief|chairman|chairwoman"
    r"|head|leader|ambassador|envoy|commissioner|governor|mayor|judge|prosecutor|coach|manager|captain)\b"
)


def named_who(mention: str, kind: str | None) -> bool:
    """True when a "who" names someone: a name, a named organisation, or a titled official of a named
    body ("a Defense Ministry official"); not "he", "the police" or "one online commenter"."""
    mention = mention.strip()
    if PRONOUN.match(mention) or UNNAMED.match(mention):
        return False
    if kind == "person" and name_of(mention):
        return True
    words = mention.split()
    if kind == "organisation":
        return any(w[:1].isupper() for w in words if w.lower() not in ("the", "a", "an"))
    return bool(TITLED.search(mention)) and any(w[:1].isupper() for w in words[1:])


def text_before(fact: Fact, n: int = 40) -> str:
    """The n characters of the fact's sentence before it."""
    s = fact.sentence
    return s.text[max(0, fact.start - s.start - n) : fact.start - s.start]


def text_after(fact: Fact, n: int = 40) -> str:
    """The n characters of the fact's sentence after it."""
    s = fact.sentence
    return s.text[fact.end - s.start : fact.end - s.start + n]


# The ones before an ordinal, in words: never none (a "first" is no question)
EARLIER_WORDS = "one two three four five six seven eight nine ten".split()


def _earlier(n: int) -> re.Pattern[str]:
    """ "the earlier two", "two previous", "the other 2": the ones before an ordinal's, counted."""
    words = [str(n)] + ([EARLIER_WORDS[n - 1]] if 1 <= n <= 10 else [])
    count = "(?:" + "|".join(words) + ")"
    return re.compile(rf"(?i)\b(?:earlier|previous|prior|other|first)\s+{count}\b|\b{count}\s+(?:earlier|previous|prior)\b")


def _ordinal(fact: Fact) -> bool:
    low = fact.text.lower()
    # every ordinal ends so, in words too: "second", "twenty-first", "hundredth"
    return bool(re.search(r"(?:st|nd|rd|th)$", low))


# Nouns that say nothing until told of what: "3,248 cases" (of which disease?), "nine items"
RELATIONAL_NOUNS = frozenset(
    "cases case deaths incidents infections items units copies variants versions examples instances".split()
)

# Jobs, staff and the like belong to an employer: "About 700 jobs will go in the ticket offices"
# leaves a student asking whose. A place or a department is no employer ("in the US", "in IT")
EMPLOYER_NOUNS = frozenset("jobs staff workers employees posts positions workforce".split())
NOT_EMPLOYERS = frozenset("IT HR PR US UK EU".split())
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’&-]*")


def _employer_named(fact: Fact, article: Article) -> bool:
    """True when the fact's sentence names someone the jobs could belong to: a name after its first
    word, or a first word the article writes with a capital in mid-sentence as well ("Norland")."""
    text = fact.sentence.text
    for m in CAPITALISED.finditer(text):
        word = re.sub(r"['’]s?$", "", m.group())
        if word in NOT_EMPLOYERS:
            continue
        if m.start() > 0 or re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", article.text):
            return True
    return False


def _exact_large(text: str) -> bool:
    """True for a figure with more than three significant digits: 84,121, 1507, 1,786,300."""
    digits = re.sub(r"\D", "", text.split(".")[0])
    return len(digits.rstrip("0")) > 3


def _central(fact: Fact, article: Article) -> bool:
    """True for a count of something the story is about: in its lead, of a thing its headline or lead
    names, or in the main clause of a sentence about what its headline names (not "who leaves two daughters")."""
    if fact.sentence.paragraph <= 2:
        return True
    lead = _lead(article).lower()
    for word in re.findall(r"[a-z]{4,}", fact.noun.lower()):  # _count_rules asks only of a count with a noun
        stem = word[:-1] if word.endswith("s") else word
        if re.search(rf"\b{re.escape(stem[: max(4, len(stem) - 2)])}", lead):
            return True
    title_names = set(re.findall(r"[A-Z][\w'’-]{3,}", article.title)) - {"This", "That", "With", "From"}
    return bool(title_names & set(re.findall(r"[A-Z][\w'’-]{3,}", fact.sentence.text))) and not _in_side_clause(fact)


def _in_side_clause(fact: Fact) -> str:
    """The relative clause or aside the fact sits in ("..., which opened in 1998"), or "" when it sits in none."""
    s = fact.sentence
    at = fact.start - s.start
    spans = [(a, b) for a, b, kind in cuttable(s.text) if kind != "opening"]
    # a span starts on its comma or space and ends past its closing mark: no fact starts on either end
    return next((s.text[a:b] for a, b in spans if a <= at < b), "")  # pragma: no mutate - see above


# How long something lasted: "for seven years", "sentenced to 40 weeks", "took nearly six hours"
DURATION_BEFORE = re.compile(
    r"\b(?:for|over|within|to|up to|took|lasted|spent|served|nearly|almost|more than|at least|about|some|after)\s+$", re.I
)
# ... not a span told from now or from another event: "two years ago", "seven years old", "N days later"
NOT_DURATION_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:ago|old|later|earlier|before|after|since|of\s+\d)", re.I)
NOT_DURATION_BEFORE = re.compile(r"\b(?:last|past|next|coming|first|the|these|those|aged)\s+(?:\w+\s+)?$", re.I)


def _duration(fact: Fact) -> bool:
    """True for a count of time units that says how long something lasted."""
    before, after = text_before(fact), text_after(fact)
    return bool(DURATION_BEFORE.search(before)) and not NOT_DURATION_BEFORE.search(before) and not NOT_DURATION_AFTER.match(after)


# "the Northport Council" is named in a lead as "Northport Council"
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _central_speaker(speaker: str, kind: str | None, article: Article) -> bool:
    """True for a speaker the story is about: named in its headline or its first paragraph.
    (Reviewers found nothing worth learning in who said a remark when the speaker was a side
    figure: an analyst, a spokesman, an interviewee.)"""
    name = name_of(speaker) or speaker
    key = name.split()[-1] if kind == "person" and name else LEADING_ARTICLE.sub("", name)
    if not key:  # pragma: no mutate - never so: _quote_rules leaves out a speaker with no name first
        return False
    return has_word(_lead(article), key)


# A quote that says something checkable: a name, a number or a year in it
SUBSTANTIVE = re.compile(r"\d|(?<=[a-z,;] )[A-Z][a-z]")


# The things counted, listed right after a colon or a dash: "three firms: Acme, Norland Rail and Eldvik Bus"
LISTED_AFTER = re.compile(
    r"[^.;:!?—–]{0,40}?(?::|\s[—–-])\s+(?P<items>[^.;:!?]+?(?:,|\s+(?:and|or)\s+)[^.;:!?]+?)\s*(?:[.;!?]|$)"
)


# How far before a count a forecast or a goal may stand ("predicts that ... will grow to 140 trains"),
# and how far before a date the perfect ("has ... opened ... in 2019"): reaches, not exact bounds
# (constants, so that a mutation run does not ask a test to tell 80 characters from 81)
AIM_REACH = 80
PERFECT_REACH = 160
# ... and how far "people were without" and a superlative before "since" may stand from the fact
WITHOUT_REACH = 60
SINCE_BEST_REACH = 150
# An aim: "aims to cut its costs within three years"
GOAL = re.compile(r"\b(?:aims?|aiming|plans?|planning|hopes?|hoping|intends?|intending|wants?)\s+to\b", re.I)
# A rank among economies, firms or markets, which moves from year to year: "the third largest market",
# "the seventh-biggest bank" (a moon's or a river's rank stays)
RANK_THAT_MOVES = re.compile(
    r"[\s-]+(?:largest|biggest|smallest|richest|poorest|fastest-growing)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:economy|economies|bank|banks|lender|company|firm|carmaker|airline|retailer|exporter|importer|producer|market"
    r"|insurer|brand|employer)\b"
)
YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A seed with no name after it: "beat the fifth seed in two sets" (a player the item does not name)
UNNAMED_SEED = re.compile(r"[\s-]+[Ss]eed(?:ed)?\b(?!,?\s+[A-Z])")  # (no re.I: a name after it is capitalised)
# A run within a match or a season: "losing 8 of the next 11 points", "won six of their last 9"
RUN_OF = re.compile(r"\s+of\s+(?:the|their|his|her|its)\s+(?:next|last|first|final|opening|previous)\s+\d")
RUN_IN = re.compile(r"\b\d+\s+of\s+(?:the|their|his|her|its)\s+(?:next|last|first|final|opening|previous)\s+$")
# Prizes and titles, which need the contest or awards they were won at: "took home two prizes, like ..."
PRIZE_NOUNS = frozenset("prizes awards medals trophies titles nominations golds silvers bronzes".split())
EVENT_NAMED = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’&-]*\s+)*(?:Awards?|Prizes?|Cup|Games|Olympics?|Championships?|Open|Festival|Oscars?|Grammys?"
    r"|Emmys?|Baftas?|Brits|Bear|Lion|Palme|Globes?|Finals?|Series|League|Tour)\b"
)
# People left without a service, and what left them so: "450 homes were without power" (after what?)
WITHOUT = re.compile(
    r"\s+(?:\w+\s+)?(?:people|homes|households|customers|residents|users)(?:\s+in\s+[A-Z][\w-]*)?"
    r"\s+(?:were|are|remain|remained|have\s+been|had\s+been)"
    r"\s+(?:left\s+)?without\b"
)
CAUSE = re.compile(
    r"\b(?:because|after|due\s+to|following|caused|amid|when|as\s+a\s+result|storm|fire|flood|quake|earthquake|hurricane"
    r"|outage|strike|blackout|attack|crash|cut|cuts)\b",
    re.I,
)
# A toll, and what took the lives: "10,000 people had died in the province" (of what?)
DIED_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:had|have|has|were|are|was)\s+(?:been\s+)?)?(?:died|killed|dead|feared\s+dead)\b", re.I
)
KILLER = re.compile(
    r"\b(?:storm|typhoon|hurricane|cyclone|tornado|flood\w*|quake|earthquake|tsunami|wave|fire|blaze|eruption|landslide"
    r"|avalanche|drought|famine|heat\w*|crash\w*|collision|derail\w*|sinking|sank|attack\w*|bomb\w*|blast|explosion"
    r"|shoot\w*|gun\w*|war|fighting|clashes|violence|riot\w*|conflict|disease|virus|outbreak|epidemic|pandemic|infection"
    r"|cancer|flu|collapse\w*|accident|disaster|execut\w*|poison\w*|overdose)\b",
    re.I,
)
# Figures of a list: "32 Avalonians, 18 Norlanders, nine Danes and eight Swedes" (a set, not a fact)
LIST_ITEM = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?!(?:of|to|in|on|at|for|and|or|per|percent|years?|months?|weeks?|days?)\b)[A-Za-z][\w'’-]*"
)
COUNT_LIST = re.compile(rf"{LIST_ITEM}(?:(?:,\s+|,?\s+and\s+){LIST_ITEM}){{2,}}")
YEAR_LIST = re.compile(r"\b(?:1[0-9]|20)\d\d(?:(?:,\s+|,?\s+and\s+)(?:1[0-9]|20)\d\d\b){2,}")
# How many years lie between two the sentence gives: "in 2017, 53 years to the day after she opened ... in 1964"
YEARS_APART = re.compile(r"\b\d+\s+years\s+(?:to\s+the\s+day\s+)?(?:after|before|since|earlier|later)\b", re.I)
# ... or two years side by side: "an epidemic in 1967 and 1968" (the one gives the other)
YEAR_PAIR = re.compile(r"\b(?P<a>(?:1[0-9]|20)\d\d)\s+(?:and|or|to)\s+(?P<b>(?:1[0-9]|20)\d\d)\b")
# A vote's two sides and its majority: any two give the third
MAJORITY = re.compile(
    r"\bvotes?\s+to\s+\d[\d,]*\b.{0,40}?\bmajority\s+of\s+\d|\bmajority\s+of\s+\d[\d,]*.{0,60}?\bvotes?\s+to\s+\d", re.I
)
# A figure in digits (a year is none: "in 2004")
NUMBER = re.compile(rf"(?<![\w.,])(?:{DIGITS})(?![\w])")
# Places told beside another place or a winner: the rest follows ("came third, pushing ... into fourth place")
PLACED_BY = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b.*\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b"
    r"|\b(?:held\s+on|held|won|retained|kept|victory)\b",
    re.I,
)
# Words that sum a sentence's figures: "19 seats each ... a combined majority of 38"
SUMMED = re.compile(r"\b(?:combined|total|in all|altogether|together|each|apiece|between them)\b", re.I)
# An amount and its worth in another currency right after it: "30 million crowns (about $3.6 million)"
CONVERTED_AFTER = re.compile(r"\s+[a-z]+\s+\((?:about|around|some|roughly|nearly|almost|over)?\s*[$£€¥]", re.I)
# A score in the sentence, from which its scoring moves add up: "led 14-5 after a try and three penalties"
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
SCORING_NOUNS = frozenset(
    "goals tries penalties conversions points runs wickets baskets touchdowns sets games frames strokes shots".split()
)
# A total made of scoring units the sentence also counts: "kicked 19 points, with five penalties and two
# conversions" (each figure follows from the other two)
SCORED = re.compile(
    r"(?i)\b(?:\d+|[a-z]+)\s+(?:(?:drop|field)[ -])?(?P<unit>points|tries|penalties|conversions|goals|touchdowns|baskets|"
    r"three-pointers|free throws)\b"
)
# The people a count stands beside, named just before it: "by Jonas Berg and Tom Lund, two former engineers"
NAMED_BEFORE = re.compile(
    r"(?P<list>(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,?\s+and\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s*$"
)
# ... or just after: "three former engineers, Jonas Berg, Anna Kowal and Tom Lund,"
NAMED_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){1,4},\s+(?P<list>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)*"
    r",?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
# A share of a whole: "64, or about 8 percent"
SHARE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)")


def _scored_total(fact: Fact) -> bool:
    """True when the sentence counts points and a scoring unit that makes them ("19 points, with five penalties")."""
    units = [m.group("unit").lower() for m in SCORED.finditer(fact.sentence.text) if parse_number(m.group().split()[0])]
    return "points" in units and len(set(units)) >= 2


def _share_of(fact: Fact) -> bool:
    """True when a share and another figure of the sentence lead to the count ("of 800 reefs, only 64, or
    about 8 percent"): the sentence has a percentage and two figures that are no years and no shares."""
    text = SHARE.sub(" ", fact.sentence.text)
    figures = [m.group() for m in NUMBER.finditer(text) if not YEAR_IN.fullmatch(m.group())]
    return bool(SHARE.search(fact.sentence.text)) and len(figures) >= 2


# A figure of today that ages, for a service or a platform: "has 900 million monthly users"
HAS_NOW = re.compile(
    r"\b(?:has|have|boasts|counts|serves|claims)\s+(?:about|around|some|nearly|more than|over|roughly)?\s*$", re.I
)
AGEING_NOUNS = frozenset("users subscribers customers followers members viewers listeners readers players accounts".split())
# How many things someone told of: "gave details of seven missing trains", "listed 12 demands"
DESCRIBED = re.compile(r"\b(?:gave|giving|gives)\s+details\s+of\s+$|\b(?:listed|described|detailed|outlined)\s+$", re.I)
# What someone asked for, not what came of it: "the court was asked for a 12-year term"
ASKED_FOR = re.compile(
    r"\b(?:(?:asked|called|pressed|pushed|argued)\s+for|sought|demanded|requested|wanted)\s+(?:(?:a|an|the|up\s+to|at\s+least)\s+)?$",
    re.I,
)


# An aside between two dashes: "a count of Eldvik's trains - 30 to 40 years old, from 12 depots - was ..."
DASH_ASIDE = re.compile(r"\s[-–—]\s(?P<aside>(?:[^-–—]|(?<=\d)[-–](?=\d)){3,120}?)\s[-–—]\s")  # ("8–10" is no dash)


def _in_dash_aside(fact: Fact) -> bool:
    at = fact.start - fact.sentence.start
    # (an aside ends before the space of its closing dash, where no fact starts: < and <= alike at its end)
    return any(m.start("aside") <= at < m.end("aside") for m in DASH_ASIDE.finditer(fact.sentence.text))  # pragma: no mutate


def _around(fact: Fact, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of the pattern in the fact's sentence that hold the fact."""
    at = fact.start - fact.sentence.start
    # (a fact never starts where a list or a pair ends, on its last word: < and <= read alike there)
    return [m for m in pattern.finditer(fact.sentence.text) if m.start() <= at < m.end()]  # pragma: no mutate


def _within(fact: Fact, pattern: re.Pattern[str]) -> bool:
    return bool(_around(fact, pattern))


def _adds_up(fact: Fact) -> bool:
    """True when the sentence's other figures make the count: twice one of them, half of one, or two of them added."""
    key = fact.value
    at = fact.start - fact.sentence.start
    others = [parse_number(m.group()) for m in NUMBER.finditer(fact.sentence.text) if m.start() != at]
    others = [n for n in others if n and n != key and not (n.is_integer() and 1800 <= n <= 2100)]
    return any(key in (2 * n, n / 2) for n in others) or any(a + b == key for i, a in enumerate(others) for b in others[i + 1 :])


def _in_series(fact: Fact) -> bool:
    """True when the year is one of three or more in the sentence an equal step apart ("66 by 2030, 67 by
    2040 and 68 by 2050"): the others give it away."""
    years = sorted({int(y) for y in YEAR_IN.findall(fact.sentence.text)})
    steps = {b - a for a, b in zip(years, years[1:], strict=False)}
    return len(years) >= 3 and len(steps) == 1 and str(fact.value) in map(str, years)


def _count_rules(fact: Fact, article: Article) -> str | None:
    if fact.value in (0, 1) or not isinstance(fact.value, (int, float)):
        return "count: 'one' or 'first' is no question"
    if fact.noun is None:
        return "count: a number with no noun"
    if fact.noun.split()[0].lower() in TIME_NOUNS and not _duration(fact):
        return "count: a span of time told from now ('two years ago', 'the last three months')"
    if fact.value > 10**12:
        return "count: too large to be a count"
    if re.match(r"(?:years?[\s-]+old|year-old)", fact.noun):
        return "count: an age, not a count"
    if not _ordinal(fact) and fact.value <= 3 and len(fact.noun.split()) == 1 and POINTING_BEFORE.search(text_before(fact)):
        return "count: 'the two leaders' points back; it does not inform"
    if FIXED_BEFORE.search(text_before(fact)) or FIXED_AFTER.match(text_after(fact)):
        return "count: inside a turn of phrase ('any two', 'a third', 'one or two')"
    if re.match(r"\s+[A-Z][a-z]+\s+(?:on|of|to|in|the|and)\s+(?:\d|[A-Z])", text_after(fact)) or re.search(
        r"\d+\s+[A-Z][a-z]+\s+(?:on|of|to|in)\s+$", text_before(fact)
    ):
        return "count: part of a name or a title ('13 Going on 30')"
    if _ordinal(fact) and isinstance(fact.value, int) and _earlier(fact.value - 1).search(fact.sentence.text):
        return "giveaway: 'the earlier two' tells which one this is"
    if _ordinal(fact) and re.match(r"\s+(?:successive|consecutive|straight)\b", text_after(fact)) and fact.sentence.paragraph > 1:
        return "trivial: how many in a row, a side detail"
    if RATIO_AFTER.match(text_after(fact)) or RATIO_BEFORE.search(text_before(fact)):
        return "count: a ratio ('one in three')"
    listed = LISTED_AFTER.match(text_after(fact, 160))  # pragma: no mutate - how far to look for a list, not exact
    # (a clause after the list is no item of it: "A and B, which lives further north")
    items = re.split(r",\s+(?:which|who|where|whose|that)\b", listed.group("items"))[0] if listed else ""
    if listed and len(re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", items.strip())) == fact.value:
        return "giveaway: the sentence lists them ('three firms: A, B and C')"
    head = fact.noun.split()[0].lower()
    if _ordinal(fact) and RANK_THAT_MOVES.match(text_after(fact)) and not YEAR_IN.search(fact.sentence.text):
        return "count: a rank that moves with the years ('Norland's third largest market'), and the sentence gives no year"
    if _ordinal(fact) and UNNAMED_SEED.match(text_after(fact)):
        return "who: a seed the sentence does not name ('the fifth seed')"
    if RUN_OF.match(text_after(fact)) or RUN_IN.search(text_before(fact)):
        return "trivial: a run within a match or a season ('8 of the next 11 points')"
    if head in PRIZE_NOUNS and not EVENT_NAMED.search(fact.sentence.text):
        return f"count: '{head}' at what? The sentence names no contest or awards"
    if WITHOUT.match(text_after(fact, WITHOUT_REACH)) and not CAUSE.search(fact.sentence.text):
        return "count: without it because of what? The sentence names no cause"
    if DESCRIBED.search(text_before(fact)):
        return "trivial: how many things someone described ('gave details of seven items')"
    if ASKED_FOR.search(text_before(fact)):
        return "trivial: what someone asked for ('asked for 12 years'), not what came of it"
    if re.search(r"-strong$", fact.text):  # (the extractor reads "5,000-strong" whole)
        return "trivial: a size that only describes ('the 5,000-strong crowd')"
    if FORECAST.search(text_before(fact, AIM_REACH)) or GOAL.search(text_before(fact, AIM_REACH)):
        return "count: a forecast figure or a goal, not a fact yet"
    if _in_dash_aside(fact):
        return "trivial: a count in an aside between dashes ('- from 12 depots -')"
    if re.search(r"\bone of\s+$", text_before(fact)):
        return "trivial: the size of a group the subject is one of ('one of 12 boats in the race')"
    if head in EMPLOYER_NOUNS and not _employer_named(fact, article):
        return f"count: whose {head}? The sentence names no employer"
    if (DIED_AFTER.match(text_after(fact)) or head == "deaths") and not KILLER.search(fact.sentence.text):
        return "count: a toll of what? The sentence names no cause of the deaths"
    if _within(fact, COUNT_LIST):
        return "trivial: one figure of a list ('32 Avalonians, 18 Norlanders and nine Danes'), a set, not a fact"
    if SUMMED.search(fact.sentence.text) and _adds_up(fact):
        return "giveaway: other figures of the sentence add up to it ('19 seats each, a combined 38')"
    if CONVERTED_AFTER.match(text_after(fact)):
        return "giveaway: the sentence gives it in another currency too ('30 million crowns (about $3.6 million)')"
    if _ordinal(fact) and head == "place" and PLACED_BY.search(fact.sentence.text):
        return "giveaway: the sentence's other places leave one ('came third, pushing them into fourth place')"
    if fact.value == 2 and re.search(r"\b(?:both|either|neither)\b", fact.sentence.text, re.I):
        return "giveaway: 'both' in the sentence tells there are two"
    if head == "votes" and MAJORITY.search(fact.sentence.text):
        return "giveaway: the other side's votes and the majority add up to it ('by _____ votes to 184, a majority of 200')"
    if head in SCORING_NOUNS and SCORE.search(fact.sentence.text):
        return "giveaway: the score in the sentence adds up to the count ('led 14-5 after a try and three penalties')"
    if head in SCORING_NOUNS and _scored_total(fact):
        return "giveaway: points and the units that make them, counted in one sentence ('19 points, with five penalties')"
    beside = [m.group("list") for m in (NAMED_BEFORE.search(text_before(fact)), NAMED_AFTER.match(text_after(fact, 120))) if m]
    if any(fact.value == len(re.split(r",?\s+and\s+|,\s+", names)) for names in beside):
        return "giveaway: the names beside it count it ('Jonas Berg and Tom Lund, _____ engineers')"
    if _share_of(fact):
        return "giveaway: a share and another figure of the sentence lead to it ('of 800 reefs, only 64, or 8 percent')"
    if head in AGEING_NOUNS and HAS_NOW.search(text_before(fact)) and not YEAR_IN.search(fact.sentence.text):
        return "count: a figure of today that ages ('has 900 million users'), and the sentence gives no year"
    if _exact_large(fact.text):
        return "trivial: an exact large figure (84,121 votes) nobody learns by heart"
    if not _central(fact, article) and not (head in TIME_NOUNS and _duration(fact)):
        return "trivial: a count of something the story is not about"
    # last, as a second pass lets it go: no rule after it goes unchecked
    if head in RELATIONAL_NOUNS and not re.match(r"\s*\S+\s+of\s", text_after(fact)):
        return f"count: '{head}' of what? The sentence does not say"
    return None


def _date_rules(fact: Fact, article: Article) -> str | None:
    if fact.relative:
        return "date: relative to the day of writing"
    if "/" in str(fact.value):
        return "date: a span ('between 2011 and 2014'), the period a figure covers; one blank for two dates"
    if FIXED_DATE.match(fact.text):
        return "date: a date everyone knows by its name"
    said = re.search(r"\b(?:said|stated|warned|argued|wrote)\s+in\s+$", text_before(fact))
    if said and re.match(r"\s+that\b", text_after(fact)):
        return "trivial: the year someone said something ('warned in _____ that ...'), not what they said"
    if re.search(r"(?i)\bas\s+(?:recently|late|early|long\s+ago)\s+as\s+(?:in\s+)?$", text_before(fact)):
        return "date: 'as recently as' points to the latest option ('as early as' to the earliest)"
    if re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", str(fact.value)):
        return "trivial: the day of the month ('began on August 10'), which reviewers found nothing to learn in"
    if SIDE_DATE_BEFORE.search(text_before(fact)) or MEASURED_BEFORE.search(text_before(fact, 90)):
        return "date: a side detail (when a figure was measured, when something ends)"
    if CHANGE_ENDS.search(text_before(fact, 120)) or (
        CHANGE_STARTS.search(text_before(fact, 60)) and text_after(fact).startswith(" to ")
    ):
        return "date: a side detail (the years a change is measured between)"
    if SINCE_BEST.search(text_before(fact, SINCE_BEST_REACH)):
        return "date: where a superlative is measured from ('his best since 1998'), not a fact of its own"
    if PERFECT_BEFORE.search(text_before(fact, PERFECT_REACH)):
        return "date: two readings (when the perfect's act happened, or only the thing it names)"
    if (
        _within(fact, YEAR_LIST)
        or any(int(m.group("b")) - int(m.group("a")) in (1, 2) for m in _around(fact, YEAR_PAIR))
        or _in_series(fact)
    ):
        return "date: one of a list of years ('in 1997, 2001 and 2005'), whose pattern gives it away"
    if YEARS_APART.search(fact.sentence.text) and len(set(YEAR_IN.findall(fact.sentence.text))) >= 2:
        return "giveaway: the sentence gives another year and how many years lie between ('53 years after')"
    if TITLE_BEFORE.search(text_before(fact)):
        return "date: part of a name ('Sound of 2004', 'Euro 2004')"
    if FORECAST.search(text_before(fact, 80)) or FORECAST_AFTER.match(text_after(fact)):
        return "date: when something is forecast to happen, not a fact yet"
    clause = _in_side_clause(fact)
    if clause and fact.sentence.paragraph > 1:
        return f"date: a side detail in a clause about something else ('{' '.join(clause.split())}')"
    return None


def _distance_rules(fact: Fact, article: Article) -> str | None:
    if EVENT_AFTER.match(text_after(fact)) or (
        EVENT_BEFORE.search(text_before(fact)) and re.match(r"\s*(?:[,.;]|$)", text_after(fact))
    ):
        return "distance: the name of a race or event, not a measurement"
    if UNNAMED_SIZE.search(text_before(fact)) and SIZE_AFTER.match(text_after(fact)):
        return "distance: the size of something the sentence does not name"
    clause = _in_side_clause(fact)
    if clause and fact.sentence.paragraph > 1:
        return f"distance: a side detail in a clause about something else ('{' '.join(clause.split())}')"
    if re.search(r"[,(]\s*(?:about|some|around|nearly|roughly)?\s*$", text_before(fact)) and PLACED_AFTER.match(text_after(fact)):
        return "distance: where a place lies, said in passing (', 80 km north of the capital,')"
    return None


# "The Eldvik valley, 80 km north of the capital, ...": an aside that places somewhere on the map
PLACED_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest"
    r"|southeast|southwest|inland|offshore|outside|from|off)\b[^,;)]{0,60}[,;)]|away\b)"
)


def _quote_rules(fact: Fact, article: Article) -> str | None:
    speaker = (fact.speaker or "").strip()
    if fact.tier != "direct":
        return "who: reported speech, not a quotation"
    if PRONOUN.match(speaker):
        return "who: the speaker is a pronoun the article does not name"
    if OUTLET.search(re.sub(r"['’]s$", "", speaker)):
        return "who: a document or the outlet that reported it"
    if not named_who(speaker, fact.speaker_type):
        return "who: an unnamed group or person"
    if not _central_speaker(speaker, fact.speaker_type, article):
        return "trivial: someone the story quotes once in passing"
    if not fact.quote or len(fact.quote.split()) < MIN_QUOTE_WORDS:
        return "who: the quote is a word or two, not a statement"
    if not SUBSTANTIVE.search(fact.quote):
        return "trivial: a remark anyone in the story could have made (no name, number or date in it)"
    return None


KIND_RULES: dict[str, Callable[[Fact, Article], str | None]] = {
    "count": _count_rules,
    "date": _date_rules,
    "distance": _distance_rules,
    "quote": _quote_rules,
}


def _inside_quotation(fact: Fact, article: Article) -> bool:
    """True when the fact lies inside someone's quoted words."""
    return in_quotation(article, fact.start)


# What a rule asked of each fact reads of its whole article (its lead, its date, its words in small
# letters), kept for the last article read: a rule must not read the article once a fact
_read_of: dict[str, tuple[Article, object]] = {}


def _once(what: str, article: Article, read: Callable[[Article], T]) -> T:
    """``read(article)``, read once an article."""
    last = _read_of.get(what)
    if last is None or last[0] is not article:  # pragma: no mutate - a cache: a miss only reads again
        last = _read_of[what] = (article, read(article))
    return last[1]  # type: ignore[return-value]


# Capitalised words that name nothing: sentence openers, months, days and titles
NOT_NAMES = COMMON_CAPS | frozenset("Mr Mrs Ms Dr".split())


def _names(text: str) -> set[str]:
    """The names a text gives, as words without a possessive ("Avalonia's" -> "Avalonia")."""
    return {
        re.sub(r"['’]s?$", "", w)
        for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]+", text)
        if w not in NOT_NAMES and (len(w) > 2 or w.isupper())
    }


# A sentence whose subject points back to someone or something the story has named: the stem names them
POINTED_SUBJECT = re.compile(r"[\"“]?(?:He|She|It|Its|His|Her|They|Their)\b")


def _of_the_story(text: str, article: Article) -> bool:
    """True when a sentence after the opening tells of the story: it gives a name the headline or the opening
    paragraph gives, or a word of the headline ("a flu pandemic" under "first flu pandemic in 41 years"), or
    its subject points back to one ("He ..."). Reviewers passed 3 in 53 of the others on articles no rule was
    written from: a sentence of something else ("In the downtown core the trains ...") stands for nothing on a card."""
    if _names(text) & _names(_lead(article)) or POINTED_SUBJECT.match(text):
        return True
    return bool(_words(text) & _words(article.title))


def is_placed(fact: Fact) -> bool:
    """True for a distance between two named places, which stands on its own: "Eldvik lies 130 km from Northport"."""
    return fact.kind == "distance" and len(_names(fact.sentence.text)) >= 2


def names_the_headline(text: str, article: Article) -> bool:
    """True when a card's text gives a name its headline gives. A card shows no headline above it (its
    text is the article's, word for word): reviewers passed a seventh of the opening's cards that name
    nothing the headline names, and a fifth to a half of the later ones, against more than half of the
    others; with this rule, a review of articles no rule was written from found one card in 40 items
    that leaned on something it did not name."""
    # (a word the article also writes small is no name: "Song" in "Love Song" under "... Song Contest")
    # (but a short form is one: "WHO" beside "who")
    shared = _names(text) & _names(article.title)
    return any(n.isupper() or n.lower() not in _small_words(article) for n in shared)


def _small_words(article: Article) -> frozenset[str]:
    """The words the article writes in small letters."""
    return _once("small", article, lambda a: frozenset(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", a.text)))


def _words(text: str) -> set[str]:
    """The words of five letters or more a text gives, save the commonest ("before", "people")."""
    return {w for w in re.findall(r"[a-z]{5,}", text.lower()) if w not in STORY_COMMON}


def _anchor(article: Article) -> Anchor | None:
    """The article's date, where it gives one."""
    return _once("anchor", article, find_anchor)


def _lead(article: Article) -> str:
    """The article's headline and first paragraph."""
    return _once("lead", article, lambda a: " ".join([a.title] + [s.text for s in a.sentences if s.body and s.paragraph == 1]))


# Rules about what is worth learning, not about what is clear or true: a second pass (for an article
# the first leaves with nothing) may do without them, though never for who said what. Never a side
# count ("six students", "third successive start"), a date or a length in a side clause, a forecast
# or an exact large figure ("84,121 votes"): reviewers found none worth learning, however short the article
SOFT_RULES = (
    "trivial: someone the story quotes once",
    "trivial: a remark anyone",
)


def is_soft(rule: str) -> bool:
    """True for a rule a second pass lets go (see Context.relaxed)."""
    return rule.startswith(SOFT_RULES) or (rule.startswith("count: '") and rule.endswith("The sentence does not say"))


def screen(fact: Fact, article: Article, relaxed: bool = False) -> str | None:
    """The rule that keeps a fact from being asked, or None when it is worth asking. A relaxed pass
    lets go only of rules about what is worth learning, and never for who said what: reviewers
    found no remark of a side figure worth learning."""
    rules = _rules(fact, article)
    if not rules:
        return None
    if relaxed and fact.kind != "quote" and all(is_soft(r) for r in rules):
        return None
    return next((r for r in rules if not is_soft(r)), rules[0])


def _rules(fact: Fact, article: Article) -> list[str]:
    """Every rule that keeps the fact from being asked, the one about its kind first."""
    if not fact.sentence.body:
        return ["not asked: the headline or a heading"]
    rules = [KIND_RULES.get(fact.kind, lambda f, a: "not asked: an unknown kind")(fact, article)]
    if fact.kind != "quote" and _inside_quotation(fact, article):
        rules.append("not asked: a figure inside someone's quoted words (an opinion, not a fact)")
    if fact.kind != "quote" and has_word(article.title, fact.text):
        rules.append("giveaway: the headline holds the answer")
    elif fact.kind != "quote":
        rules.append(_headline_hint(fact, article))
    # (a distance between two named places stands on its own: "Eldvik lies 130 km from Northport")
    placed = is_placed(fact)
    if fact.sentence.paragraph > 1 and not placed and not _of_the_story(fact.sentence.text, article):
        rules.append("context: names nothing of the story (no name of its headline or opening, no word of its headline)")
    return [r for r in rules if r]


# A span of years a headline tells: "first title in 28 years"
YEARS_AGO = re.compile(r"(?i)\b(\d+|[a-z]+)\s+years\b")
# A figure of a headline: "1,200", "2.5 million", "four"
_NUMBER_WORDS = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
HEADLINE_FIGURE = re.compile(
    rf"(?<![\w.])(?:(?:{DIGITS})(?:\s+(?:hundred|thousand|million|billion))?|(?i:{_NUMBER_WORDS}))(?![\w])"
)


def _headline_hint(fact: Fact, article: Article) -> str | None:
    """Why the headline, shown above every item as its frame, would give the answer away: the answer's
    year ("Euro 2026: ..." above "in June _____"), a figure within a tenth of the count ("Nearly 60
    towns ..." above "_____ towns signed"), or any length above a distance (its scale)."""
    title = article.title
    if fact.kind == "date":
        year = re.search(r"\b(1\d{3}|20\d{2})", fact.text)  # (the 1980s: 1980)
        if year and has_word(title, year.group(1)):
            return "giveaway: the headline holds the answer's year"
        spans = [parse_number(m.group(1)) for m in YEARS_AGO.finditer(title)]
        anchor = _anchor(article) if year and spans else None
        if anchor and any(n and anchor.year - n == int(year.group(1)) for n in spans):
            return "giveaway: the headline's span of years and the article's date make the year ('first in 28 years')"
        return None
    if fact.kind == "distance":
        return "giveaway: the headline holds a length, the answer's scale" if has_length(title) else None
    if not isinstance(fact.value, (int, float)) or not fact.value:
        return None  # (only a count reaches here: its value is its number)
    at = fact.start - fact.sentence.start
    others = [parse_number(m.group()) for m in HEADLINE_FIGURE.finditer(fact.sentence.text) if m.start() != at]
    for m in HEADLINE_FIGURE.finditer(title):
        shown = parse_number(m.group())
        if shown and abs(shown - fact.value) <= fact.value / 10:
            return "giveaway: the headline holds the count, or one near it"
        if shown and any(n and fact.value in (shown - n, n - shown) for n in others):
            return "giveaway: the headline's figure and another of the sentence lead to it ('12' above 'seven and five')"
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower()) if w not in _COMMON}


_COMMON = frozenset(
    "that this with from have were been will would said says their there they them than then into over also about after"
    " before more most some such what when which while where whose year years last first".split()
)
# ... and more, too common to tie a sentence to its headline (see _of_the_story)
STORY_COMMON = _COMMON | frozenset(
    "again against among around because being between could during every having itself later least many much next"
    " other same should since these those through under until very people".split()
)


def score(fact: Fact, article: Article) -> float:
    """How quiz-worthy a fact is: its kind, its place in the story, its ties to the headline."""
    s = KIND_WEIGHT.get(fact.kind, 1.0)
    words = len(fact.sentence.text.split())
    if 8 <= words <= 35:
        s += 0.5
    elif words > 50:
        s -= 0.7
    if fact.sentence.paragraph <= 2:
        s += 0.6  # the lead holds what the story is about
    overlap = len(_content_words(fact.sentence.text) & _content_words(article.title))
    s += min(overlap, 3) * 0.3
    if fact.kind == "count" and fact.noun and fact.noun.split()[0].lower() in _content_words(article.title):
        s += 0.5  # the thing counted is what the story is about
    if fact.kind == "quote" and fact.speaker_type == "person":
        s += 0.2
    return s


def select(facts: list[Fact], article: Article, relaxed: bool = False) -> tuple[list[Fact], list[Dropped]]:
    """The facts worth asking, best first, and the ones left out with the rule that left them out."""
    good, dropped = [], []
    for f in facts:
        rule = screen(f, article, relaxed)
        if rule:
            dropped.append(Dropped(f, rule))
        else:
            good.append(f)
    good.sort(key=lambda f: (-score(f, article), f.start))
    return good, dropped
