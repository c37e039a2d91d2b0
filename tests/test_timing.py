"""Relative time: the article's own date, the times that lean on it, and the rewrites that anchor them."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.generate.timing import Anchor, anchor_time, find_anchor, leaning_times


def test_a_date_line_above_the_story_is_its_date():
    article = article_of("Monday, 3 March 2025\n\nEldvik opened a tunnel that cost 12 million crowns.")
    assert article.date == "Monday, 3 March 2025"
    assert find_anchor(article) == Anchor(2025, 3, 3)


def test_a_dated_opening_paragraph_gives_the_month():
    article = article_of("Eldvik opened its tunnel in April 2019, the council said.\n\nIt cost 12 million crowns.")
    assert find_anchor(article) == Anchor(2019, 4)


def test_an_article_without_a_date_has_no_anchor():
    assert find_anchor(article_of("Eldvik opened a tunnel that cost 12 million crowns.")) is None


@pytest.mark.parametrize(
    "text,phrases",
    [
        ("Sales rose this year in Eldvik.", ["this year"]),
        ("Last year, Eldvik built a tunnel.", ["Last year"]),
        ("Eldvik said on Monday it would build a tunnel.", ["on Monday"]),
        ("The tunnel opened in July after delays.", ["July"]),
        ("The tunnel opened in July 2019 after delays.", []),
        ("Eldvik has not seen rain since mid-September, the first time since 1905.", ["September"]),
        ("The tunnel took seven years to build.", []),
        ("Little rain fell in Eldvik in the past two months.", ["in the past two months"]),
        ("Prices in Eldvik will rise over the next decade.", ["over the next decade"]),
        ("Profits in Eldvik fell during the last three months of 2004.", []),
    ],
    ids=["this year", "capitalised last year", "a weekday", "a month with no year", "a month with its year",
         "a year elsewhere in the sentence does not date the month", "a duration is not relative",
         "a stretch up to the day of writing", "a stretch from the day of writing", "a stretch of a year named"],
)  # fmt: skip
def test_times_that_lean_on_the_day_of_writing(text, phrases):
    assert [p for _, _, p in leaning_times(text)] == phrases


ANCHOR = Anchor(2015, 8, 21)  # a Friday


@pytest.mark.parametrize(
    "text,phrase,rewritten",
    [
        ("Sales rose this year in Eldvik.", "this year", "Sales rose in 2015 in Eldvik."),
        ("Sales rose so far this year in Eldvik.", "so far this year", "Sales rose so far in 2015 in Eldvik."),
        ("Eldvik grew last year.", "last year", "Eldvik grew in 2014."),
        ("The tunnel opened on Monday in Eldvik.", "Monday", "The tunnel opened on Monday, 17 August 2015, in Eldvik."),
        ("The tunnel will open on Monday in Eldvik.", "Monday", "The tunnel will open on Monday, 24 August 2015, in Eldvik."),
        ("The tunnel opened in July in Eldvik.", "July", "The tunnel opened in July 2015 in Eldvik."),
        ("The tunnel opened in October in Eldvik.", "October", "The tunnel opened in October 2014 in Eldvik."),
        ("The tunnel opened yesterday in Eldvik.", "yesterday", "The tunnel opened on 20 August 2015 in Eldvik."),
        ("Little rain fell in Eldvik in the past two months.", "in the past two months",
         "Little rain fell in Eldvik in the two months to 21 August 2015."),
        ("Prices in Eldvik will rise over the next three weeks.", "over the next three weeks",
         "Prices in Eldvik will rise over the three weeks from 21 August 2015."),
        ("Eldvik has grown for the last year.", "for the last year", "Eldvik has grown for the year to 21 August 2015."),
    ],
    ids=["this year", "so far this year", "last year", "a past weekday", "a coming weekday", "an earlier month",
         "a later month is last year's", "yesterday", "the past two months", "the next three weeks", "the last year"],
)  # fmt: skip
def test_a_relative_time_is_anchored_to_the_articles_date(text, phrase, rewritten):
    s = text.index(phrase)
    start, end, new = anchor_time(text, 0, len(text), s, s + len(phrase), ANCHOR)
    assert text[:start] + new + text[end:] == rewritten


def test_without_a_date_a_bare_day_goes_and_a_month_stays_unanchored():
    text = "Eldvik said on Monday it would build a tunnel."
    s = text.index("Monday")
    start, end, new = anchor_time(text, 0, len(text), s, s + len("Monday"), None)
    assert text[:start] + new + text[end:] == "Eldvik said it would build a tunnel."
    # a weekday says nothing weeks later, whatever the sentence is about: it goes from a stem
    other = "The tunnel opened on Monday in Eldvik."
    s = other.index("Monday")
    start, end, new = anchor_time(other, 0, len(other), s, s + 6, None)
    assert other[:start] + new + other[end:] == "The tunnel opened in Eldvik."
    month = "The tunnel opened in July in Eldvik."
    s = month.index("July")
    assert anchor_time(month, 0, len(month), s, s + 4, None) is None


@pytest.mark.parametrize(
    "text",
    ["The Eldvik ministry today rejects the claim about the tunnel.", "Figures to be published today show a record in Eldvik."],
    ids=["a present tense after today", "to be done today"],
)
def test_today_is_not_anchored_where_a_date_would_not_fit_the_tense(text):
    # "the ministry on 21 August 2015 rejects" and "figures to be published on 21 August 2015 show" read wrongly
    s = text.index("today")
    assert anchor_time(text, 0, len(text), s, s + 5, ANCHOR) is None
    assert anchor_time(text.replace("today", "yesterday"), 0, len(text) + 4, s, s + 9, ANCHOR) is not None


def test_a_stretch_up_to_the_day_of_writing_needs_the_date():
    text = "Little rain fell in Eldvik in the past two months."
    s = text.index("in the past")
    assert anchor_time(text, 0, len(text), s, len(text) - 1, None) is None


@pytest.mark.parametrize(
    "text,phrase,anchor,rewritten",
    [
        ("Little rain fell in Eldvik in the previous two months.", "in the previous two months", ANCHOR,
         "Little rain fell in Eldvik in the two months to 21 August 2015."),
        ("The tunnel opens tonight in Eldvik.", "tonight", ANCHOR, "The tunnel opens on 21 August 2015 in Eldvik."),
        ("Eldvik will open the tunnel later this year.", "later this year", ANCHOR, "Eldvik will open the tunnel later in 2015."),
        ("Eldvik will open the tunnel next month.", "next month", ANCHOR, "Eldvik will open the tunnel in September 2015."),
        ("Eldvik opened the tunnel earlier this month.", "earlier this month", ANCHOR,
         "Eldvik opened the tunnel earlier in August 2015."),
        ("Eldvik opened the tunnel last month.", "last month", Anchor(2023, 5, 2), "Eldvik opened the tunnel in April 2023."),
        ("Eldvik opened the tunnel last month.", "last month", Anchor(2023, 1, 2), "Eldvik opened the tunnel in December 2022."),
        ("The tunnel opened in August in Eldvik.", "August", ANCHOR, "The tunnel opened in August 2015 in Eldvik."),
        ("The tunnel opened on August 3 in Eldvik.", "August 3", ANCHOR, "The tunnel opened on August 3, 2015 in Eldvik."),
        ("The tunnel opened on 3 August in Eldvik.", "3 August", ANCHOR, "The tunnel opened on 3 August 2015 in Eldvik."),
        ("The tunnel opened on Monday afternoon in Eldvik.", "Monday afternoon", ANCHOR,
         "The tunnel opened on Monday afternoon, 17 August 2015, in Eldvik."),
        ("The tunnel opened on Monday evening in Eldvik.", "Monday evening", ANCHOR,
         "The tunnel opened on Monday evening, 17 August 2015, in Eldvik."),
        ("Talks in Eldvik went on yesterday.", "yesterday", ANCHOR, "Talks in Eldvik went on 20 August 2015."),
        ("The tunnel opened on Saturday in Eldvik.", "Saturday", ANCHOR,
         "The tunnel opened on Saturday, 15 August 2015, in Eldvik."),
        ("The tunnel will open on Friday in Eldvik.", "Friday", ANCHOR,
         "The tunnel will open on Friday, 21 August 2015, in Eldvik."),
        ("Eldvik will open the tunnel next Friday.", "next Friday", ANCHOR,
         "Eldvik will open the tunnel on Friday, 28 August 2015."),
        ("Eldvik will open the tunnel it finished last Monday.", "last Monday", ANCHOR,
         "Eldvik will open the tunnel it finished on Monday, 17 August 2015."),
    ],
    ids=["the previous two months", "tonight", "later this year", "next month", "earlier this month",
         "last month, a month the day's month number does not give", "last month across the new year",
         "the article's own month is this year's", "the article's month, the month first", "the article's month, the day first",
         "a weekday afternoon", "a weekday evening", "'on' already there",
         "the day after the article's weekday is last week's", "a coming weekday that is today",
         "next week's weekday of the same name", "a past weekday in a sentence about the future"],
)  # fmt: skip
def test_more_relative_times_anchored_to_the_articles_date(text, phrase, anchor, rewritten):
    s = text.index(phrase)
    start, end, new = anchor_time(text, 0, len(text), s, s + len(phrase), anchor)
    assert text[:start] + new + text[end:] == rewritten


def test_a_future_in_the_next_sentence_does_not_make_a_weekday_a_coming_one():
    text = "The tunnel opened on Monday in Eldvik. It will close in May."
    hi = text.index(" It will")
    s = text.index("Monday")
    start, end, new = anchor_time(text, 0, hi, s, s + len("Monday"), ANCHOR)
    assert text[:start] + new + text[end:hi] == "The tunnel opened on Monday, 17 August 2015, in Eldvik."


def test_tonight_is_not_anchored_before_a_present_tense():
    text = "The Eldvik ministry tonight rejects the claim about the tunnel."
    s = text.index("tonight")
    assert anchor_time(text, 0, len(text), s, s + len("tonight"), ANCHOR) is None
