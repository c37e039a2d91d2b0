"""The edges of the rules: a person's role, what a sentence leans on, half-day and decade options, counts left out."""

from __future__ import annotations

import math
import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.distractors import count_options, date_options
from quizgen.generate.people import Cast
from quizgen.generate.references import Names, references
from quizgen.generate.select import _rules
from quizgen.model import Fact, Sentence

JOBS = "Transit Avalonia is to cut jobs in Eldvik.\n\nLater paragraphs follow.\n\n"  # a story about jobs


def fact(kind: str, text: str, value, sentence: str | None = None) -> Fact:
    sentence = sentence or f"It came to {text} in the end."
    i = sentence.index(text)
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind=kind, text=text, start=i, end=i + len(text), sentence=s, value=value)


# --- a person's role ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "described"),
    [
        pytest.param(
            "Transit Avalonia opened the Northport rail tunnel under Eldvik in 2019 after twelve years.\n\n"
            "A word from our editor\n\nTom Lund thanked the crews in Eldvik in 2019.",
            "Tom Lund",
            id="a line ending in 'editor' two paragraphs into the article is no role",
        ),
        pytest.param(
            "Transit Avalonia opened the Northport rail tunnel under Eldvik in 2019 after twelve years.\n\n"
            "Eldvik thanked editor Tom Lund for the crews in 2019.",
            "editor Tom Lund",
            id="a role in the name's own paragraph",
        ),
    ],
)
def test_a_role_is_read_only_from_the_names_own_paragraph(body, described):
    article = article_of(body)
    assert Cast(article, extract(article)).described("Tom Lund") == described


# --- what a sentence leans on --------------------------------------------------------------------------

PEOPLE = Names(["Jonas Berg", "Maria Lindqvist"])


def leans(sentence: str) -> list[tuple[int, str, str, bool]]:
    """Each word the sentence leans on, where it starts, the rule's reason, and whether a short article may do without it."""
    return [(r.start, sentence[r.start : r.end], r.rule, r.soft) for r in references(sentence, PEOPLE)]


COUNTRY = "context: 'the country' is not named"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            '"Ferries sailed twelve times a week from the old harbour to the country\'s islands," said Jonas Berg.',
            [(60, "the country", COUNTRY, False)],
            id="the capitalised word that opens a quotation is no place: which country, even on a card",
        ),
        pytest.param(
            "(Eldvik ferries sailed twelve times a week from the old harbour to the country's islands.)",
            [(67, "the country", COUNTRY, True)],
            id="a place right inside an opening bracket is named: a short article may do without",
        ),
    ],
)
def test_the_country_is_hard_unless_a_place_is_named_before_it(sentence, expected):
    assert leans(sentence) == expected


def test_a_firm_known_only_by_its_rank_after_an_opening_adverbial():
    sentence = "In 2019, Avalonia's biggest ferry firm said it would buy 12 boats."
    rule = "context: 'Avalonia's biggest ferry firm' is not named"
    assert leans(sentence) == [(9, "Avalonia's biggest ferry firm", rule, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Jonas Berg opened the Northport tunnel in 2019 and Berg said it cost 12 million crowns.", [],
                     id="the full name earlier in the same sentence introduces the surname"),
        pytest.param("Eldvik opened the Northport tunnel in 2019 and Berg said it cost 12 million crowns.",
                     [(47, "Berg", "context: 'Berg' is not introduced", True)], id="the surname alone is not introduced"),
    ],
)  # fmt: skip
def test_a_surname_is_introduced_by_the_full_name_in_the_sentence(sentence, expected):
    assert leans(sentence) == expected


@pytest.mark.parametrize(
    ("full_names", "known"),
    [
        pytest.param(["Tom Lund"], "Tom Lund", id="one person opens with the word"),
        pytest.param(["Tom Lund", "Tom Lund Berg"], "Tom Lund Berg", id="one name holds the other: the fuller"),
        pytest.param(["Tom Lund", "Tom Holm"], None, id="two people open with the word: neither"),
    ],
)
def test_a_first_name_written_alone_stands_for_the_one_person_it_opens(full_names, known):
    assert Names(full_names, alone={"Tom"}).known_as("Tom") == known


# --- options for a deadline in whole half-days ---------------------------------------------------------

HALF_DAYS = [
    pytest.param("168 hours", 168, 0, math.inf, 0, ["96 hours", "120 hours", "144 hours", "168 hours"],
                 id="a week: the longest half-days counted, three below it"),
    pytest.param("12 hours", 12, 0, math.inf, 0, ["12 hours", "24 hours", "36 hours", "48 hours"],
                 id="the key first: three above it, never itself again"),
    pytest.param("12 hours", 12, 0, 48, 0, ["6 hours", "12 hours", "24 hours", "36 hours"],
                 id="the ceiling itself is no option"),
    pytest.param("24 hours", 24, 6, 72, 2, ["12 hours", "24 hours", "36 hours", "48 hours"],
                 id="the floor itself is no option"),
    pytest.param("168 hours", 168, 96, math.inf, 0, None, id="no three half-days above the floor: no options"),
    pytest.param("48 hours", 48, 0, math.inf, 0, ["48 hours", "72 hours", "96 hours", "120 hours"],
                 id="the key first where asked"),
    pytest.param("48 hours", 48, 0, math.inf, 3, ["12 hours", "24 hours", "36 hours", "48 hours"],
                 id="the key last where asked"),
    pytest.param("48\u00a0hours", 48, 0, math.inf, 3, ["12 hours", "24 hours", "36 hours", "48\u00a0hours"],
                 id="the key as the article writes it (a no-break space)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "floor", "ceiling", "position", "expected"), HALF_DAYS)
def test_a_deadline_in_half_days_gets_half_days_between_its_bounds(text, value, floor, ceiling, position, expected):
    options = count_options(fact("count", text, value), random.Random(0), floor=floor, ceiling=ceiling, position=position)
    assert options == expected


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        pytest.param(0, ["3 million", "4 million", "5 million", "6 million"], id="the key first"),
        pytest.param(1, ["2 million", "3 million", "4 million", "5 million"], id="the key second"),
    ],
)
def test_a_count_in_millions_puts_its_key_where_asked(position, expected):
    assert count_options(fact("count", "3 million", 3_000_000), random.Random(0), position=position) == expected


# --- options for a decade ------------------------------------------------------------------------------


def test_a_decade_near_the_articles_date_keeps_two_below_when_three_fit():
    # an article of 1985: one decade above the 1970s fits, so two below make three, not a third one below
    decade = fact("date", "1970s", "1970s", "Eldvik grew fast in the 1970s.")
    assert date_options(decade, random.Random(0), bounds=(0, 1985), position=3) == ["1950s", "1960s", "1970s", "1980s"]


# --- counts left out -----------------------------------------------------------------------------------


def test_a_goal_farther_back_than_a_clause_still_leaves_its_figure_out():
    body = JOBS + "Transit Avalonia aims to sell, after a long review of its costs in Norland, its fleet of 140 trains to Eldvik."
    article = article_of(body)
    count = next(f for f in extract(article) if f.kind == "count" and f.text == "140")
    assert _rules(count, article) == ["count: a forecast figure or a goal, not a fact yet"]
