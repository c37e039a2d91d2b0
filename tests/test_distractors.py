"""Wrong answers of the key's own kind: golden tables of the options a seed gives, and properties
every option list keeps whatever the seed (the key once, ascending, in the key's form)."""

from __future__ import annotations

import calendar
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.generate.distractors import (
    count_options,
    date_options,
    distance_options,
    person_name,
    quote_options,
    same_speaker,
    starts_with_vowel_sound,
)
from quizgen.model import Fact, Sentence


def fact(kind: str, text: str, value, sentence: str | None = None, **more) -> Fact:
    sentence = sentence or f"It came to {text} in the end."
    i = sentence.index(text)
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind=kind, text=text, start=i, end=i + len(text), sentence=s, value=value, **more)


def number(option: str) -> float:
    return float(re.search(r"\d[\d,]*(?:\.\d+)?", option).group().replace(",", ""))


# --- distances -------------------------------------------------------------------------------------

DISTANCES = [
    ("130 km", 130, 0, ["60 km", "80 km", "110 km", "130 km"]),
    ("130 km", 130, 1, ["60 km", "130 km", "160 km", "200 km"]),
    ("57 km", 57, 1, ["28 km", "57 km", "68 km", "86 km"]),
    ("2,300 metres", 2300, 0, ["1,200 metres", "1,400 metres", "2,000 metres", "2,300 metres"]),
    ("4.5 miles", 4.5, 0, ["2.2 miles", "2.7 miles", "3.8 miles", "4.5 miles"]),
    ("10,000 km", 10000, 1, ["8,000 km", "10,000 km", "12,000 km", "15,000 km"]),
    ("800 m", 800, 1, ["400 m", "800 m", "1,000 m", "1,200 m"]),
    ("3 km", 3, 0, ["2 km", "3 km", "4 km", "5 km"]),
]


@pytest.mark.parametrize(
    "text,amount,seed,expected",
    DISTANCES,
    ids=[
        "130 km: tens below",
        "130 km: spread around",
        "57 km: units",
        "2,300 metres: hundreds with a comma",
        "4.5 miles: one decimal",
        "10,000 km: thousands",
        "800 m: a comma from 1,000 up",
        "3 km: small",
    ],
)
def test_distance_options(text, amount, seed, expected):
    assert distance_options(fact("distance", text, {"amount": amount, "unit": "km"}), random.Random(seed)) == expected


def test_a_distance_with_no_figure_has_no_options():
    assert distance_options(fact("distance", "a mile", {"amount": 1, "unit": "mile"}), random.Random(0)) is None


@settings(max_examples=150, deadline=None)
@given(
    amount=st.one_of(st.integers(2, 90_000), st.decimals("0.5", "99.5", places=1).map(float)),
    unit=st.sampled_from([" km", " miles", " metres", "m", " feet"]),
    seed=st.integers(0, 10**6),
)
def test_distance_options_keep_the_key_form_and_scale(amount, unit, seed):
    figure = f"{amount:,.1f}" if isinstance(amount, float) else f"{amount:,}"
    text = figure + unit
    options = distance_options(fact("distance", text, {"amount": amount, "unit": unit.strip()}), random.Random(seed))
    if options is None:  # too small to spread: 2 km has only 1 km below it
        assert amount < 5
        return
    assert options.count(text) == 1 and len(options) == 4
    values = [number(o) for o in options]
    assert values == sorted(values) and all(b > a * 1.04 for a, b in zip(values, values[1:], strict=False))
    assert all(o.endswith(unit) and ("." in o) == ("." in text) for o in options)
    assert all(amount * 0.2 <= v <= amount * 3.1 for v in values)  # 0.3 to 3 times the key, rounded as the key is


# --- counts ----------------------------------------------------------------------------------------

COUNTS = [
    ("four", 4, 0, ["three", "four", "five", "six"]),
    ("Four", 4, 1, ["Four", "Five", "Six", "Eight"]),
    ("twelve", 12, 1, ["eleven", "twelve", "thirteen", "fourteen"]),
    ("forty", 40, 1, ["eighteen", "forty", "fifty", "sixty"]),
    ("fourth", 4, 0, ["third", "fourth", "fifth", "sixth"]),
    ("21st", 21, 1, ["20th", "21st", "22nd", "23rd"]),
    ("3rd", 3, 0, ["2nd", "3rd", "4th", "5th"]),
    ("14", 14, 0, ["7", "8", "12", "14"]),
    ("120", 120, 1, ["60", "120", "140", "180"]),
    ("4,500", 4500, 0, ["2,200", "2,700", "3,800", "4,500"]),
    ("about 80", 80, 1, ["about 40", "about 80", "about 100", "about 120"]),
    ("About 4,500", 4500, 0, ["About 2,200", "About 2,700", "About 3,800", "About 4,500"]),
    ("seven years", 7, 0, ["four years", "five years", "six years", "seven years"]),
    ("30 hours", 30, 1, ["30 hours", "40 hours", "50 hours", "60 hours"]),
    ("48 hours", 48, 1, ["36 hours", "48 hours", "72 hours", "96 hours"]),
    ("12 million", 12_000_000, 0, ["6 million", "8 million", "9 million", "12 million"]),
    ("2.5 billion", 2_500_000_000, 1, ["1.2 billion", "2.5 billion", "3.0 billion", "3.8 billion"]),
    ("1.5", 1.5, 1, ["0.8", "1.5", "1.8", "2.2"]),
    ("1000", 1000, 0, ["500", "600", "800", "1000"]),
    ("30,000", 30000, 1, ["30,000", "40,000", "50,000", "60,000"]),
]


@pytest.mark.parametrize(
    "text,value,seed,expected",
    COUNTS,
    ids=[
        "a number word",
        "a capital stays",
        "twelve and the teens",
        "a round tens word",
        "an ordinal word",
        "21st",
        "3rd",
        "a small number",
        "120",
        "thousands with a comma",
        "a hedge kept",
        "a capital hedge kept",
        "a span of years",
        "hours that are no whole half-days: scaled",
        "hours in whole half-days: half-days",
        "millions",
        "billions with a decimal",
        "a decimal",
        "a year-like 1000 without a comma",
        "30,000 in tens of thousands",
    ],
)
def test_count_options(text, value, seed, expected):
    assert count_options(fact("count", text, value), random.Random(seed)) == expected


@pytest.mark.parametrize(
    "text,value",
    [("twenty-one", 21), ("two dozen", 24), ("a few", "few"), ("thirty-second", 32)],
    ids=["a compound number word", "dozens", "no number", "a compound ordinal"],
)
def test_counts_with_no_fair_options(text, value):
    assert count_options(fact("count", text, value), random.Random(0)) is None


@pytest.mark.parametrize("floor", [9, 20, 25])
def test_count_options_exceed_a_part_the_sentence_gives(floor):
    for seed in range(30):
        options = count_options(fact("count", "30", 30), random.Random(seed), floor=floor)
        assert options is None or all(number(o) > floor for o in options)


@settings(max_examples=150, deadline=None)
@given(value=st.integers(2, 20_000), seed=st.integers(0, 10**6))
def test_count_options_keep_the_key_form(value, seed):
    text = f"{value:,}" if value >= 10_000 else str(value)
    options = count_options(fact("count", text, value), random.Random(seed))
    assert options is not None and options.count(text) == 1 and len(set(options)) == 4
    values = [number(o) for o in options]
    assert values == sorted(values) and min(values) >= 1
    assert all(("," in o) == ("," in text) for o in options if number(o) >= 10_000)


# --- dates -----------------------------------------------------------------------------------------

DATES = [
    ("2011", "2011", None, None, 0, ["2007", "2008", "2010", "2011"]),
    ("2011", "2011", None, None, 1, ["2006", "2011", "2012", "2014"]),
    ("2040", "2040", "Avalonia will cut emissions by 2040 under the plan.", None, 1, ["2010", "2040", "2050", "2060"]),
    ("2035", "2035", "The plan aims to finish the line by 2035.", None, 0, ["2025", "2030", "2035", "2045"]),
    ("2027", "2027", "Trains will run by 2027.", None, 1, ["2022", "2027", "2028", "2030"]),
    ("2011", "2011", None, (2009, 2012), 0, ["2009", "2010", "2011", "2012"]),
    ("the 1990s", "1990s", None, None, 1, ["the 1970s", "the 1980s", "the 1990s", "the 2000s"]),
    ("June 2016", "2016-06", None, None, 0, ["October 2015", "February 2016", "May 2016", "June 2016"]),
    ("June 2016", "2016-06", None, (2016, 2016), 0, ["February 2016", "April 2016", "May 2016", "June 2016"]),
    ("June, 2016", "2016-06", None, None, 1, ["January, 2016", "June, 2016", "July, 2016", "February, 2017"]),
    ("June of 2012", "2012-06", None, None, 1, ["January of 2012", "June of 2012", "July of 2012", "February of 2013"]),
    ("Jan 2010", "2010-01", None, None, 1, ["Aug 2009", "Jan 2010", "Feb 2010", "Sep 2010"]),
    ("Sept. 2014", "2014-09", None, None, 1, ["April 2014", "Sept. 2014", "Oct. 2014", "May 2015"]),
    ("June", "--06", None, None, 1, ["February", "June", "July", "September"]),
    ("January", "--01", None, None, 0, ["January", "February", "March", "May"]),
    ("3 March 2025", "2025-03-03", None, None, 1, ["22 February 2025", "3 March 2025", "5 March 2025", "8 March 2025"]),
    ("March 3, 2025", "2025-03-03", None, None, 0, ["February 24, 2025", "February 26, 2025", "March 1, 2025", "March 3, 2025"]),
    (
        "Monday, 3 March 2025",
        "2025-03-03",
        None,
        None,
        0,
        ["Monday, 24 February 2025", "Wednesday, 26 February 2025", "Saturday, 1 March 2025", "Monday, 3 March 2025"],
    ),
    ("3rd March 2025", "2025-03-03", None, None, 1, ["22nd February 2025", "3rd March 2025", "5th March 2025", "8th March 2025"]),
    ("Sept. 9, 2019", "2019-09-09", None, None, 1, ["Aug. 31, 2019", "Sept. 9, 2019", "Sept. 11, 2019", "Sept. 14, 2019"]),
    ("9 Sept 2019", "2019-09-09", None, None, 1, ["31 Aug 2019", "9 Sept 2019", "11 Sept 2019", "14 Sept 2019"]),
    ("July 4, 2019", "2019-07-04", None, None, 0, ["June 27, 2019", "June 29, 2019", "July 2, 2019", "July 4, 2019"]),
    (
        "3 January 2025",
        "2025-01-03",
        None,
        (2025, 2025),
        1,
        ["3 January 2025", "5 January 2025", "8 January 2025", "12 January 2025"],
    ),
    ("9 December", "--12-09", None, None, 1, ["30 November", "9 December", "11 December", "14 December"]),
    ("Jul. 4, 2019", "2019-07-04", None, None, 0, ["Jun. 27, 2019", "Jun. 29, 2019", "Jul. 2, 2019", "Jul. 4, 2019"]),
    ("Aug. 2, 2019", "2019-08-02", None, None, 0, ["July 26, 2019", "July 28, 2019", "July 31, 2019", "Aug. 2, 2019"]),
    ("3 March, 2025", "2025-03-03", None, None, 1, ["22 February, 2025", "3 March, 2025", "5 March, 2025", "8 March, 2025"]),
    (
        "Tuesday, 3 March 2025",
        "2025-03-03",
        None,
        None,
        1,
        ["Saturday, 22 February 2025", "Tuesday, 3 March 2025", "Wednesday, 5 March 2025", "Saturday, 8 March 2025"],
    ),
    (
        "3 January 2025",
        "2025-01-03",
        None,
        (2025, 2025),
        0,
        ["1 January 2025", "3 January 2025", "5 January 2025", "8 January 2025"],
    ),
    (
        "29 December 2024",
        "2024-12-29",
        None,
        (2024, 2024),
        1,
        ["20 December 2024", "27 December 2024", "29 December 2024", "31 December 2024"],
    ),
    ("Dec. 9", "--12-09", None, None, 0, ["Dec. 2", "Dec. 4", "Dec. 7", "Dec. 9"]),
    ("3 January", "--01-03", None, None, 0, ["1 January", "3 January", "5 January", "8 January"]),
]


@pytest.mark.parametrize(
    "text,value,sentence,bounds,seed,expected",
    DATES,
    ids=[
        "a year",
        "a year, another seed",
        "a round target year: round neighbours",
        "a target year ending in 5: fives",
        "a target year that is not round: near years",
        "years inside bounds",
        "a decade keeps its article",
        "a month and year",
        "a month and year inside one year",
        "a comma kept",
        "'of' kept",
        "a short month name kept short",
        "'Sept.' kept, with its point",
        "a month alone",
        "January: only after it",
        "a British date",
        "an American date",
        "a weekday moves with its date",
        "an ordinal day",
        "'Sept.' in a full date",
        "'Sept' in a full date",
        "July keeps its name",
        "a full date inside its year",
        "a day and month with no year",
        "an abbreviated day and month",
        "a day and month with no year stays in its year",
        "'Jul.': every month short",
        "'Aug.': July in full, as newspapers write it",
        "a comma before the year kept",
        "the key as the article writes it, its weekday too",
        "a full date inside its year, from its start",
        "a full date inside its year, to its end",
    ],
)
def test_date_options(text, value, sentence, bounds, seed, expected):
    sentence = sentence or f"It happened in {text} there."
    assert date_options(fact("date", text, value, sentence), random.Random(seed), bounds=bounds) == expected


@pytest.mark.parametrize(
    "text,value",
    [("30 February 2025", "2025-02-30"), ("spring", "spring"), ("the 1990s", "1995s"), ("May 2016", "2016-05-01x")],
    ids=["no such day", "a season", "no decade", "a value of no known grain"],
)
def test_dates_with_no_fair_options(text, value):
    assert date_options(fact("date", text, value), random.Random(0)) is None


@settings(max_examples=150, deadline=None)
@given(year=st.integers(1800, 2090), month=st.integers(1, 12), seed=st.integers(0, 10**6))
def test_month_options_keep_the_grain(year, month, seed):
    text = f"{calendar.month_name[month]} {year}"
    options = date_options(fact("date", text, f"{year:04d}-{month:02d}"), random.Random(seed))
    assert options is not None and options.count(text) == 1 and len(set(options)) == 4
    keys = [(int(o.split()[1]), list(calendar.month_name).index(o.split()[0])) for o in options]
    assert keys == sorted(keys)
    assert all(abs((y - year) * 12 + m - month) <= 8 for y, m in keys)


@settings(max_examples=100, deadline=None)
@given(year=st.integers(1900, 2080), lo=st.integers(0, 6), hi=st.integers(0, 6), seed=st.integers(0, 10**6))
def test_year_options_stay_inside_their_bounds(year, lo, hi, seed):
    bounds = (year - lo, year + hi)
    options = date_options(fact("date", str(year), str(year)), random.Random(seed), bounds=bounds)
    if lo + hi < 3:
        assert options is None
        return
    assert options is not None and str(year) in options
    assert all(bounds[0] <= int(o) <= bounds[1] for o in options) and options == sorted(options)


# --- speakers --------------------------------------------------------------------------------------

PEOPLE = [("Maria Lindqvist", "person"), ("Jonas Berg", "person"), ("Sofia Alvarez", "person"), ("Peter Holm", "person")]


def quote(speaker: str, kind: str = "person") -> Fact:
    return fact("quote", "said", None, f"“We are ready,” said {speaker}.", speaker=speaker, speaker_type=kind)


def test_quote_options_are_the_speaker_and_three_others_of_the_same_kind():
    options = quote_options(quote("Anna Kowal"), PEOPLE + [("Transit Avalonia", "organisation")], random.Random(0))
    assert sorted(options) == ["Anna Kowal", "Jonas Berg", "Maria Lindqvist", "Sofia Alvarez"]
    assert quote_options(quote("Anna Kowal"), PEOPLE, random.Random(1)) != options  # shuffled by the seed


def test_quote_options_need_three_others():
    assert quote_options(quote("Anna Kowal"), PEOPLE[:2], random.Random(0)) is None
    assert quote_options(quote("Anna Kowal"), PEOPLE[:2] + [("Ms Kowal", "person")], random.Random(0)) is None


def test_quote_options_take_the_fullest_name_once_and_never_the_speaker():
    others = PEOPLE + [
        ("Berg", "person"),
        ("Anna Kowal", "person"),
        ("the Transport Ministry", "person"),
        ("Policy Unit", "person"),
    ]
    options = quote_options(quote("Anna Kowal"), others, random.Random(0))
    assert options.count("Anna Kowal") == 1 and "Berg" not in options
    assert not {"the Transport Ministry", "Policy Unit"} & set(options)


def test_a_speaker_known_by_surname_gets_surnames():
    assert quote_options(quote("Kowal"), PEOPLE, random.Random(0)) == ["Alvarez", "Lindqvist", "Kowal", "Berg"]


def test_organisations_are_options_for_an_organisation():
    bodies = [("Transit Avalonia", "organisation"), ("The Kremlin", "organisation"), ("Norland Rail", "organisation")]
    options = quote_options(quote("The Transport Ministry", "organisation"), bodies + PEOPLE, random.Random(0))
    assert sorted(options) == ["Norland Rail", "The Kremlin", "The Transport Ministry", "Transit Avalonia"]
    # a body written in lower case ("the Kremlin") reads as no name among names
    assert quote_options(quote("The Transport Ministry", "organisation"), [*bodies[:2], ("the Senate", "organisation")],
                         random.Random(0)) is None  # fmt: skip


@pytest.mark.parametrize(
    "name,expected",
    [("Maria Lindqvist", True), ("Jean-Claude Juncker", True), ("Tokyo Olympics", False), ("Policy Unit", False), ("", False),
     ("maria lindqvist", False), ("Grey Mountains", False)],
    ids=["a name", "a hyphen", "an event", "a body", "nothing", "lower case", "a place"],
)  # fmt: skip
def test_person_name(name, expected):
    assert person_name(name) is expected


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("Jonas Berg", "Berg", True),
        ("Jonas Berg", "Anna Berg", True),
        ("Jonas Berg", "Jonas Holm", False),
        ("Berg", "Bergman", True),
    ],
    ids=["a surname inside the name", "one surname", "one first name only", "one inside the other"],
)
def test_same_speaker(a, b, expected):
    assert same_speaker(a, b) is expected


@pytest.mark.parametrize(
    "option,expected",
    [("8", True), ("18", True), ("11", True), ("11,000", True), ("eighty", True), ("April", True), ("August", True),
     ("one", False), ("once", False), ("80", True), ("110", False), ("180", False), ("1,800", False), ("seven", False),
     ("union", False), ("India", True), (" 8 ", True), ("Oslo", True), ("European", True), ("Uganda", False)],
    ids=["8", "18", "11", "11,000", "eighty", "April", "August", "one", "once", "80", "110", "180", "1,800", "seven",
         "union", "India", "spaces", "Oslo", "European", "Uganda"],
)  # fmt: skip
def test_an_before_an_option(option, expected):
    assert starts_with_vowel_sound(option) is expected


def test_full_date_options_lie_2_to_12_days_either_side():
    import datetime as dt

    key = dt.date(2025, 3, 3)
    seen = set()
    for seed in range(60):
        for option in date_options(fact("date", "3 March 2025", "2025-03-03"), random.Random(seed)):
            day, month, year = option.split()
            seen.add((dt.date(int(year), list(calendar.month_name).index(month), int(day)) - key).days)
    assert seen == {-12, -9, -7, -5, -3, -2, 0, 2, 3, 5, 7, 9, 12}


def test_a_person_is_one_option_whatever_the_order_others_come_in():
    others = [("Policy Unit", "person"), ("Holm", "person"), ("Jonas Berg", "person"), ("Anna Berg", "person"),
              ("Maria Lindqvist", "person"), ("Sofia Alvarez", "person")]  # fmt: skip
    for seed in range(10):
        options = quote_options(quote("Anna Kowal"), others, random.Random(seed))
        # no body, no bare surname, one Berg (the first met)
        assert sorted(options) == ["Anna Kowal", "Jonas Berg", "Maria Lindqvist", "Sofia Alvarez"]


def test_a_body_of_one_word_is_an_option_for_a_body():
    bodies = [("Kremlin", "organisation"), ("Nato", "organisation"), ("Eldvik", "organisation")]
    options = quote_options(quote("The Transport Ministry", "organisation"), bodies, random.Random(0))
    assert sorted(options) == ["Eldvik", "Kremlin", "Nato", "The Transport Ministry"]


def test_three_names_with_one_surname_are_one_speaker():
    assert same_speaker("Jean Paul Berg", "Anna Berg") and not same_speaker("Jean Paul Berg", "Paul Holm")


@pytest.mark.parametrize(
    "sentence",
    [
        "Maria Lindqvist, the 2000 Olympic champion, coaches in Eldvik.",
        "Maria Lindqvist won the 2000 Summer Olympics final in Eldvik.",
        "Avalonia reached the final of the 2000 World Cup in Norland.",
        "Maria Lindqvist won gold at the Olympics in 2000 in Norland.",
        "Avalonia played at the World Cup in 2000 in Norland.",
    ],
)
@pytest.mark.parametrize("seed", range(5))
def test_the_year_of_an_event_held_every_four_years_gets_years_it_was_held(sentence, seed):
    # "the 1998 Olympic champion" is ruled out at sight: there were no Olympics that year
    options = date_options(fact("date", "2000", "2000", sentence), random.Random(seed))
    assert "2000" in options and len(options) == 4
    assert all((int(o) - 2000) % 4 == 0 for o in options)


@pytest.mark.parametrize(
    "sentence,year",
    [
        ("Avalonia hosted the 2018 World Cup and Norland the 2022 tournament, officials in Eldvik said.", "2022"),
        ("Maria Lindqvist ran for Avalonia at the 2012 Eldvik Games.", "2012"),
    ],
)
def test_a_tournament_or_games_of_a_four_yearly_event_gets_years_it_was_held(sentence, year):
    options = date_options(fact("date", year, year, sentence), random.Random(0))
    assert year in options and all((int(o) - int(year)) % 4 == 0 for o in options)


def test_a_year_beside_no_four_yearly_event_gets_its_near_neighbours():
    options = [
        date_options(fact("date", "2000", "2000", s), random.Random(0))
        for s in (
            "Maria Lindqvist won the 2000 final in Eldvik.",
            "Maria Lindqvist, an Olympic champion, retired in 2000.",
            "Avalonia won the 2000 tournament in Eldvik.",  # (a tournament of no four-yearly event)
        )
    ]
    assert all(any((int(o) - 2000) % 4 for o in opts) for opts in options)


@pytest.mark.parametrize("seed", range(5))
def test_a_century_written_as_hundreds_gets_other_centuries(seed):
    # "the 1300s" beside "1310s" and "1320s" stands apart at sight
    options = date_options(fact("date", "1300s", "1300s", "The plague killed millions in the 1300s."), random.Random(seed))
    assert "1300s" in options and all(int(o[:4]) % 100 == 0 for o in options)


def test_a_decade_gets_other_decades():
    options = date_options(fact("date", "1970s", "1970s", "Eldvik grew fast in the 1970s."), random.Random(0))
    assert "1970s" in options and any(int(o[:4]) % 100 for o in options if o != "1970s")


@pytest.mark.parametrize("decade", ["1850s", "1900s", "1970s"])
def test_a_decade_that_is_no_century_gets_decades(decade):
    # "the 1850s" is a decade, and so is "the 1900s" (the century would be "the twentieth century")
    options = date_options(fact("date", decade, decade, f"Eldvik grew fast in the {decade}."), random.Random(0))
    assert decade in options and all(abs(int(o[:4]) - int(decade[:4])) <= 30 for o in options)


@pytest.mark.parametrize(
    "text,value,expected",
    [
        ("48 hours", 48, {"6 hours", "12 hours", "24 hours", "36 hours", "48 hours", "72 hours", "96 hours", "120 hours"}),
        ("12 hours", 12, {"6 hours", "12 hours", "24 hours", "36 hours", "48 hours"}),
    ],
    ids=["two days", "half a day"],
)
def test_a_deadline_in_whole_half_days_gets_others_in_half_days(text, value, expected):
    # "respond within 48 hours": "58 hours" is no deadline anyone gives, and a class dismisses it at sight
    seen = [count_options(fact("count", text, value, f"Eldvik must reply within {text}."), random.Random(s)) for s in range(8)]
    assert all(text in opts and len(opts) == 4 for opts in seen)
    assert {o for opts in seen for o in opts} <= expected
    assert {opts.index(text) for opts in seen} != {0}  # the key does not always open the options


@pytest.mark.parametrize(
    "kind,text,value",
    [
        ("distance", "11,000 miles", {"amount": 11000, "unit": "miles"}),
        ("distance", "130 km", {"amount": 130, "unit": "km"}),
        ("count", "around 2 million", 2_000_000),
        ("count", "3 million", 3_000_000),
        ("count", "4,500", 4500),
        ("count", "about 80", 80),
    ],
    ids=["a flight's range", "a distance", "a hedged turnout in millions", "millions", "thousands", "a hedged count"],
)
def test_no_option_is_below_half_or_above_twice_the_key(kind, text, value):
    # a flight longer than the Earth is round, a turnout above the population: ruled out at sight
    make = distance_options if kind == "distance" else count_options
    key = number(text)
    for seed in range(12):
        options = make(fact(kind, text, value), random.Random(seed))
        assert options is not None and text in options
        # (rounded as the key is written: half of 130 km is 65, offered as 60)
        assert all(0.45 * key <= number(o) <= 2 * key for o in options), options


def test_the_year_of_an_election_gets_years_four_apart_within_the_article_s_years():
    # "the 2016 election" in a 2019 article: no 2011 (no election that year), no 2020 (not yet held)
    sentence = "Jonas Berg lost the 2016 election in Avalonia."
    seen = {o for s in range(8) for o in date_options(fact("date", "2016", "2016", sentence), random.Random(s), bounds=(0, 2019))}
    assert seen == {"2004", "2008", "2012", "2016"}


def test_a_target_year_ending_in_five_gets_neighbours_within_ten_years():
    # "missed his target of treating three million people by 2005": 1990 is ruled out at sight
    sentence = "Avalonia missed its target of 40 trains by 2005, the plan will say."
    seen = {o for s in range(8) for o in date_options(fact("date", "2005", "2005", sentence), random.Random(s))}
    assert seen == {"1995", "2000", "2005", "2010", "2015"}


@pytest.mark.parametrize(
    "text,sentence,step",
    [("1957", "The book came out in Eldvik in 1957.", 1), ("2040", "Avalonia will cut emissions by 2040 under the plan.", 10)],
    ids=["a year", "a round target year"],
)
def test_the_key_year_is_never_the_odd_one_out(text, sentence, step):
    # "1946, 1947, 1948, 1952": the gap gives the key away, so some option stands within two steps of it
    key = int(text)
    for seed in range(40):
        options = [int(o) for o in date_options(fact("date", text, text, sentence), random.Random(seed))]
        assert len(set(options)) == 4 and key in options
        assert min(abs(o - key) for o in options if o != key) <= 2 * step, options


def test_the_key_year_first_has_the_next_year_after_it_when_the_others_sit_far_above():
    # the key first and the others 4 to 6 years on: the nearest moves to the year after the key
    sentence = "The book came out in Eldvik in 1957."
    for seed in range(20):
        options = [int(o) for o in date_options(fact("date", "1957", "1957", sentence), random.Random(seed), position=0)]
        assert options[0] == 1957 and 1958 <= options[1] <= 1959, options


def test_a_round_target_year_two_steps_from_its_nearest_option_keeps_its_options():
    # 2020 for a target of 2040 is two steps of ten away: no gap to close, so some options go 2010, 2020, 2040, ...
    sentence = "Avalonia will cut emissions by 2040 under the plan."
    sets = [date_options(fact("date", "2040", "2040", sentence), random.Random(s)) for s in range(40)]
    assert any(min(abs(int(o) - 2040) for o in opts if o != "2040") == 20 for opts in sets)
