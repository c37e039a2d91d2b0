"""The options of a date and the rules of a multiple-choice question, as a learner sees them."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.context import Context
from quizgen.generate.distractors import date_options
from quizgen.generate.mcq import multiple_choice
from quizgen.model import Fact, Sentence


def date(text: str, value: str, sentence: str | None = None, offset: int = 0) -> Fact:
    """A date fact in a sentence that starts ``offset`` characters into its article."""
    sentence = sentence or f"It came to {text} in the end."
    i = sentence.index(text)
    s = Sentence(sentence, offset, offset + len(sentence), 1)
    return Fact(kind="date", text=text, start=offset + i, end=offset + i + len(text), sentence=s, value=value)


def options(fact: Fact, seeds: int = 4, **bounds) -> list[list[str] | None]:
    return [date_options(fact, random.Random(seed), **bounds) for seed in range(seeds)]


# --- years ----------------------------------------------------------------------------------------

TARGET_DECADES = [
    ["2010", "2020", "2030", "2040"],
    ["2010", "2040", "2050", "2060"],
    ["2040", "2050", "2060", "2070"],
    ["2010", "2040", "2050", "2070"],
]
YEARS = [
    # a target year gets round neighbours, wherever "by" stands and wherever the sentence stands in the article
    ("a target at the sentence's start", date("2040", "2040", "By 2040 Eldvik will run on wind power alone."), TARGET_DECADES),
    ("a target in a later sentence", date("2040", "2040", "Eldvik will run on wind power alone by 2040.", 120), TARGET_DECADES),
    ("an Olympic year in a later sentence", date("2000", "2000", "Jonas Berg won the 2000 Olympic final in Eldvik.", 120),
     [["1988", "1992", "1996", "2000"], ["1988", "2000", "2004", "2008"], ["2000", "2004", "2008", "2012"],
      ["1988", "2000", "2004", "2012"]]),
    ("a year in a later sentence", date("2011", "2011", "Eldvik opened its tunnel in 2011.", 120),
     [["2007", "2008", "2010", "2011"], ["2006", "2011", "2012", "2014"], ["2011", "2012", "2014", "2017"],
      ["2006", "2011", "2013", "2016"]]),
    # no option after 2100
    ("a year near 2100", date("2099", "2099"),
     [["2095", "2096", "2098", "2099"], ["2094", "2098", "2099", "2100"], ["2093", "2098", "2099", "2100"],
      ["2093", "2094", "2099", "2100"]]),
    # a year written other than in four figures gets no options in four figures
    ("a year written short", date("'16", "2016"), [None] * 4),
]  # fmt: skip


@pytest.mark.parametrize("fact,expected", [y[1:] for y in YEARS], ids=[y[0] for y in YEARS])
def test_the_years_offered_beside_a_year(fact, expected):
    assert options(fact) == expected


def test_no_year_offered_is_after_2100_whatever_the_sentence_allows():
    assert options(date("2099", "2099"), bounds=(0, 9999)) == YEARS[4][2]


# --- decades --------------------------------------------------------------------------------------

NINETIES = ["1960s", "1970s", "1980s", "1990s"]
DECADES = [
    # a decade is an option while any of its years is inside the bounds
    ("the 1960s end in a year allowed", (1969, 1999), NINETIES),
    ("the 1960s end before the years allowed", (1970, 1999), None),
    ("the 2020s start in a year allowed", (1990, 2020), ["1990s", "2000s", "2010s", "2020s"]),
    ("the 2020s start after the years allowed", (1990, 2019), None),
    # three decades either side at most
    ("no decade past the third", (1990, 2100), ["1990s", "2000s", "2010s", "2020s"]),
]


@pytest.mark.parametrize("bounds,expected", [d[1:] for d in DECADES], ids=[d[0] for d in DECADES])
def test_the_decades_offered_within_the_years_a_sentence_allows(bounds, expected):
    assert options(date("1990s", "1990s"), bounds=bounds) == [expected] * 4


def test_the_decades_offered_are_two_before_the_key_and_one_after_where_the_sentence_allows_both_sides():
    # "joined the agency in the 1970s": the 1940s, the 1990s or the 2000s are ruled out by what a student
    # knows of the story (reviewers turned down a later decade every time)
    seen = {o for opts in options(date("1970s", "1970s"), bounds=(1000, 2005)) for o in opts}
    assert seen == {"1950s", "1960s", "1970s", "1980s"}


def test_the_decades_offered_are_two_after_where_only_one_fits_before():
    assert {o for opts in options(date("1970s", "1970s"), bounds=(1965, 2005)) for o in opts} == {
        "1960s",
        "1970s",
        "1980s",
        "1990s",
    }


def test_a_third_decade_is_offered_only_where_one_side_is_closed():
    # the article was written in 2005: no decade after the 2000s, so the 1970s make three
    assert {o for opts in options(date("2000s", "2000s"), bounds=(1000, 2005)) for o in opts} == {
        "1970s",
        "1980s",
        "1990s",
        "2000s",
    }


# --- months ---------------------------------------------------------------------------------------

MONTHS = [
    ("a month of a year", date("June 2016", "2016-06"), {},
     [["October 2015", "February 2016", "May 2016", "June 2016"], ["January 2016", "June 2016", "July 2016", "February 2017"],
      ["June 2016", "July 2016", "September 2016", "February 2017"],
      ["January 2016", "June 2016", "August 2016", "November 2016"],
      ["March 2016", "June 2016", "July 2016", "December 2016"], ["December 2015", "March 2016", "June 2016", "February 2017"]]),
    # options stay inside the last year allowed, up to its December
    ("a month late in the last year allowed", date("October 2016", "2016-10"), {"bounds": (2000, 2016)},
     [["February 2016", "June 2016", "October 2016", "November 2016"],
      ["May 2016", "October 2016", "November 2016", "December 2016"],
      ["September 2016", "October 2016", "November 2016", "December 2016"],
      ["May 2016", "October 2016", "November 2016", "December 2016"],
      ["July 2016", "October 2016", "November 2016", "December 2016"],
      ["February 2016", "April 2016", "July 2016", "October 2016"]]),
    # ... and inside the first, from its January
    ("a month early in the first year allowed", date("March 2016", "2016-03"), {"bounds": (2016, 2030)},
     [["January 2016", "March 2016", "April 2016", "June 2016"], ["March 2016", "April 2016", "June 2016", "August 2016"],
      ["March 2016", "April 2016", "June 2016", "November 2016"], ["March 2016", "May 2016", "August 2016", "November 2016"],
      ["March 2016", "April 2016", "June 2016", "July 2016"], ["January 2016", "February 2016", "March 2016", "November 2016"]]),
    ("a month alone", date("February", "--02"), {},
     [["January", "February", "March", "April"], ["February", "March", "April", "June"], ["February", "March", "April", "June"],
      ["February", "April", "May", "June"], ["February", "March", "April", "May"], ["January", "February", "March", "April"]]),
    # a month given a year but written alone is no month of a year: no options
    ("a month of a year written alone", date("June", "2016-06"), {}, [None] * 6),
]  # fmt: skip


@pytest.mark.parametrize("fact,bounds,expected", [m[1:] for m in MONTHS], ids=[m[0] for m in MONTHS])
def test_the_months_offered_beside_a_month(fact, bounds, expected):
    assert options(fact, 6, **bounds) == expected


# --- the multiple-choice question of a fact -------------------------------------------------------


def choice(body: str, kind: str, text: str, stems: str = "auto"):
    """The multiple-choice question of the first fact ``text`` of an undated article: (prompt, options,
    answer, where the answer stands in the article), or the rule that left it out."""
    article = article_of(body, "Avalonia opens the Northport rail tunnel")
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0), stems)
    return q if isinstance(q, str) else (q.prompt, q.options, q.answer, q.extra["start"] == article.text.index(text))


CHOICES = [
    # a day and month the sentence's own year anchors, in an article with no date
    ("a day its sentence dates", "Transit Avalonia opened the Eldvik tunnel on 10 August after work began in 2009.", "date",
     "10 August", "auto",
     ("Transit Avalonia opened the Eldvik tunnel on _____ after work began in 2009.",
      ("3 August", "5 August", "8 August", "10 August"), "10 August", True)),
    ("a day nothing dates", "Transit Avalonia opened the Eldvik tunnel on 10 August after years of work.", "date",
     "10 August", "auto", "date: no year, and the article gives none to anchor it"),
    # "about 20": "about 19" would be as fair; "about 21" is far enough from its neighbours
    ("about 20", "Transit Avalonia bought about 20 trains from Norland for the Eldvik line.", "count", "about 20", "auto",
     "options: 'around seven' and 'around eight' are both fair answers"),
    ("about 21", "Transit Avalonia bought about 21 trains from Norland for the Eldvik line.", "count", "about 21", "auto",
     ("Transit Avalonia bought _____ trains from Norland for the Eldvik line.", ("about 10", "about 13", "about 18", "about 21"),
      "about 21", True)),
    # "$12bn" beside "about 12,000": the one option that leads with 12 is the key
    ("a figure that echoes the key", "Storms in Avalonia drove about 12,000 people from homes worth about $12bn in 2003.",
     "count", "about 12,000", "auto",
     "giveaway: another figure of the sentence starts as the key does ('about $12bn' beside 'about 12,000')"),
    ("a figure that does not", "Storms in Avalonia drove about 12,000 people from homes worth about $4bn in 2003.",
     "count", "about 12,000", "auto",
     ("Storms in Avalonia drove _____ people from homes worth about $4bn in 2003.",
      ("about 6,000", "about 7,000", "about 10,000", "about 12,000"), "about 12,000", True)),
    ("a WH-question asked", "Transit Avalonia bought 40 trains for the Eldvik line.", "count", "40", "wh",
     ("How many trains did Transit Avalonia buy for the Eldvik line?", ("30", "40", "50", "60"), "40", True)),
    ("no WH-question a rule is sure of", "Transit Avalonia opened the Eldvik tunnel in June 2004 after work began in 1999.",
     "date", "June 2004", "wh", "stems: no WH-question a rule is sure of (--stems wh)"),
    ("the blank where no WH-question is sure", "Transit Avalonia opened the Eldvik tunnel in June 2004 after work began in 1999.",
     "date", "June 2004", "auto",
     ("Transit Avalonia opened the Eldvik tunnel in _____ after work began in 1999.",
      ("October 2003", "February 2004", "May 2004", "June 2004"), "June 2004", True)),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,stems,expected", [c[1:] for c in CHOICES], ids=[c[0] for c in CHOICES])
def test_the_question_of_a_fact_or_the_rule_that_leaves_it_out(body, kind, text, stems, expected):
    assert choice(body, kind, text, stems) == expected


def test_a_figure_that_leads_as_the_key_does_is_no_giveaway_when_a_distractor_leads_so_too():
    from quizgen.generate.mcq import _echoed

    stem = "Storms in Avalonia drove _____ people from homes worth about $12bn in 2003."
    assert _echoed(stem, "about 12,000", ["about 6,000", "about 8,000", "about 12,000", "about 15,000"])
    assert not _echoed(stem, "about 12,000", ["about 8,000", "about 12,000", "about 12,500", "about 15,000"])
