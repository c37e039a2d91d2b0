"""What a learner sees in the options of a count or a speaker, and which facts are asked at all."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.distractors import count_options, date_options, distance_options, quote_options, same_speaker
from quizgen.generate.select import named_who, screen
from quizgen.model import Fact, Sentence


def fact(kind: str, text: str, value, sentence: str | None = None, **more) -> Fact:
    sentence = sentence or f"It came to {text} in the end."
    i = sentence.index(text)
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind=kind, text=text, start=i, end=i + len(text), sentence=s, value=value, **more)


def quote(speaker: str) -> Fact:
    return fact("quote", "said", None, f"“We are ready,” said {speaker}.", speaker=speaker, speaker_type="person")


# --- ordinals written as English writes them ------------------------------------------------------

ORDINAL_OPTIONS = [
    # the ordinals next to the key, never one far off: a gap would mark the key out
    ("14th", 14, 0, ["11th", "12th", "13th", "14th"]),
    ("14th", 14, 2, ["14th", "15th", "16th", "17th"]),
    ("14th", 14, 5, ["12th", "13th", "14th", "15th"]),
    ("12th", 12, 0, ["9th", "10th", "11th", "12th"]),
    ("12th", 12, 1, ["11th", "12th", "13th", "14th"]),
    ("23rd", 23, 0, ["20th", "21st", "22nd", "23rd"]),
    ("23rd", 23, 1, ["22nd", "23rd", "24th", "25th"]),
    ("112th", 112, 5, ["110th", "111th", "112th", "113th"]),
]


@pytest.mark.parametrize(
    "key,value,seed,expected",
    ORDINAL_OPTIONS,
    ids=[
        "11th, 12th, 13th",
        "15th to 17th",
        "12th, 13th, 15th",
        "10th and 11th",
        "11th, 13th",
        "20th to 22nd",
        "22nd, 24th",
        "111th and 113th",
    ],  # fmt: skip
)
def test_ordinal_options_take_the_suffix_english_gives_them(key, value, seed, expected):
    assert count_options(fact("count", key, value), random.Random(seed)) == expected


# --- counts in the key's form ---------------------------------------------------------------------

COUNT_OPTIONS = [
    ("seven years", 7, 4, 0, ["six years", "seven years", "eight years", "nine years"]),
    ("seven years", 7, 4, 1, ["seven years", "eight years", "nine years", "ten years"]),
    ("about 80", 80, 60, 0, ["about 70", "about 80", "about 100", "about 120"]),
    ("about 80", 80, 60, 3, ["about 80", "about 110", "about 140", "about 160"]),
    ("seven", 7, 4, 0, ["six", "seven", "eight", "nine"]),
    ("seven", 7, 4, 1, ["seven", "eight", "nine", "ten"]),
    ("twelfth", 12, 0, 0, ["ninth", "tenth", "eleventh", "twelfth"]),
    ("twelfth", 12, 0, 3, ["eleventh", "twelfth", "thirteenth", "fifteenth"]),
    ("4", 4, 0, 0, ["3", "4", "5", "7"]),
    ("4", 4, 0, 3, ["4", "6", "8", "9"]),
    ("5", 5, 0, 0, ["2", "3", "4", "5"]),
    ("5", 5, 0, 1, ["4", "5", "6", "8"]),
    ("5", 5, 0, 2, ["5", "6", "7", "10"]),
    ("13", 13, 0, 0, ["6", "8", "11", "13"]),
    ("13", 13, 0, 1, ["6", "13", "16", "20"]),
    ("1,200 million", 1200, 0, 0, ["600 million", "700 million", "1,000 million", "1,200 million"]),
    ("1,200 million", 1200, 0, 1, ["600 million", "1,200 million", "1,400 million", "1,800 million"]),
]


@pytest.mark.parametrize(
    "key,value,floor,seed,expected",
    COUNT_OPTIONS,
    ids=[
        "a duration above the part given",
        "a duration above the part given, all above",
        "a hedge above the part given",
        "a hedge above the part given, all above",
        "a word above the part given",
        "a word above the part given, all above",
        "twelfth: the last ordinal word asked",
        "twelfth: ordinal words above",
        "4: neighbours from 2",
        "4: neighbours up to 9",
        "5: neighbours from 2",
        "5: the next one up",
        "5: neighbours up to 10",
        "13: scaled like a large figure",
        "13: scaled up",
        "1,200 million: a comma in the figure",
        "1,200 million: scaled up",
    ],
)
def test_count_options_keep_the_key_form_and_stay_above_the_part_given(key, value, floor, seed, expected):
    assert count_options(fact("count", key, value), random.Random(seed), floor) == expected


@pytest.mark.parametrize(
    "key,value",
    [("dozen", 12), ("about two", 2), ("thirteenth", 13), ("fifteenth", 15)],
    ids=["a dozen is no count to vary", "a hedged two has no smaller count", "thirteenth", "fifteenth"],
)
def test_counts_with_no_fair_options(key, value):
    for seed in range(4):
        assert count_options(fact("count", key, value), random.Random(seed)) is None


@pytest.mark.parametrize(
    "key,value,expected",
    [
        ("07", 7, ["3", "4", "6", "07"]),
        ("22th", 22, ["19th", "20th", "21st", "22th"]),
        ("1.5\u00a0million", 1.5, ["0.8 million", "0.9 million", "1.3 million", "1.5\u00a0million"]),
    ],
    ids=["a leading zero", "an ordinal misspelt", "a no-break space"],
)
def test_the_key_option_is_the_text_the_article_has(key, value, expected):
    # the question's answer is the fact's text: it must be one of the options as it stands
    assert count_options(fact("count", key, value), random.Random(0)) == expected


def test_a_distance_key_is_the_text_the_article_has():
    assert distance_options(fact("distance", "08 km", {"amount": 8, "unit": "km"}), random.Random(1)) == [
        "4 km",
        "08 km",
        "10 km",
        "12 km",
    ]


@pytest.mark.parametrize(
    "seed,expected",
    [(1, ["Sep 2015", "Feb 2016", "March 2016", "Oct 2016"]), (3, ["Sep 2015", "Feb 2016", "April 2016", "July 2016"])],
    ids=["March in full", "April and July in full"],
)
def test_a_short_month_key_has_march_to_july_written_in_full(seed, expected):
    # newspapers shorten Jan, Feb, Aug to Dec ("Feb 2016") but write March to July in full
    assert date_options(fact("date", "Feb 2016", "2016-02"), random.Random(seed)) == expected


# --- speakers -------------------------------------------------------------------------------------

OTHERS = [("Maria Lindqvist", "person"), ("Jonas Berg", "person"), ("Peter Holm", "person")]


@pytest.mark.parametrize("seed", range(8))
def test_someone_with_the_surname_of_a_speaker_of_three_names_is_no_wrong_option(seed):
    # "Peter Kowal" may be the speaker "Anna Lindqvist Kowal": offering him as wrong would make two keys
    options = quote_options(quote("Anna Lindqvist Kowal"), [*OTHERS, ("Peter Kowal", "person")], random.Random(seed))
    assert sorted(options) == ["Anna Lindqvist Kowal", "Jonas Berg", "Maria Lindqvist", "Peter Holm"]


def test_a_speaker_of_three_names_and_someone_with_the_same_surname_are_one_speaker():
    assert same_speaker("Peter Kowal", "Anna Lindqvist Kowal") is True
    assert same_speaker("Peter Holm", "Anna Lindqvist Kowal") is False


# --- which facts are asked --------------------------------------------------------------------------

TITLE = "Avalonia opens the Northport rail tunnel"
SPAN = "count: a span of time told from now ('two years ago', 'the last three months')"
EVENT = "distance: the name of a race or event, not a measurement"
UNNAMED = "distance: the size of something the sentence does not name"

SCREENED = [
    ("Avalonia will open the Northport rail tunnel in seven years.", "count", "seven years", SPAN),
    ("In Eldvik, Jonas Berg of Avalonia won the 800 metres.", "distance", "800 metres", EVENT),
    ("Jonas Berg of Avalonia ran the 800 metres to Northport in the rail tunnel.", "distance", "800 metres", None),
    ("Avalonia built a 40 km rail tunnel from Eldvik to Northport.", "distance", "40 km", None),
    ("The Northport rail tunnel in Avalonia is 40 km long.", "distance", "40 km", None),
    ("Avalonia built a 300m-high tower at the Northport rail tunnel.", "distance", "300m", UNNAMED),
]


@pytest.mark.parametrize(
    "sentence,kind,text,rule",
    SCREENED,
    ids=[
        "in seven years: a span from now",
        "won the 800 metres: a race",
        "ran the 800 metres to a place: a length",
        "a 40 km tunnel: named",
        "40 km long: of a named tunnel",
        "a 300m-high tower: unnamed",
    ],
)
def test_the_rule_that_keeps_a_fact_from_being_asked(sentence, kind, text, rule):
    article = article_of(sentence, TITLE)
    [fact] = [f for f in extract(article) if f.kind == kind and f.text == text]
    assert screen(fact, article) == rule


QUOTE = "“The tunnel will carry 4,000 passengers a day to Eldvik,” said {}."
PASSING = "trivial: someone the story quotes once in passing"


def quote_in(title: str, lead: str, speaker: str):
    """The article and its one quote: a lead paragraph, a second one, and the quote in the third."""
    article = article_of(f"{lead}\n\nThe tunnel links Northport with Eldvik under the sea.\n\n{QUOTE.format(speaker)}", title)
    [fact] = [f for f in extract(article) if f.kind == "quote"]
    return article, fact


SPEAKERS = [
    ("Kowal opens the Northport rail tunnel", "The minister opened it in Avalonia on Monday.", "Anna Lindqvist Kowal", None),
    (TITLE, "The Institute in Eldvik planned the tunnel on Monday.", "the Northport Institute", PASSING),
    (TITLE, "A Transit Avalonia official opened the tunnel on Monday.", "a Transit Avalonia official", None),
    (TITLE, "The minister opened the tunnel on Monday.", "a spokesman for Transit Avalonia", None),
    (TITLE, "The minister opened the tunnel on Monday.", "Peter Holm of Transit Avalonia", PASSING),
]


@pytest.mark.parametrize(
    "title,lead,speaker,rule",
    SPEAKERS,
    ids=[
        "a person the headline names by surname",
        "a body the lead does not name, though it has its last word",
        "a titled official the lead names",
        "a spokesman for a body the headline names",
        "a person of a body the headline names, but not named there",
    ],
)
def test_who_said_is_asked_of_a_speaker_the_headline_or_lead_names(title, lead, speaker, rule):
    article, fact = quote_in(title, lead, speaker)
    assert screen(fact, article) == rule


def test_a_speaker_named_by_a_description_is_found_by_the_name_in_it():
    # "Peter Holm of Transit Avalonia": Holm, not Avalonia, must be in the lead
    article, fact = quote_in(TITLE, "The minister opened the tunnel on Monday.", "Peter Holm")
    assert screen(replace(fact, speaker="Peter Holm of Transit Avalonia"), article) == PASSING


def test_a_quote_with_no_known_speaker_is_not_asked():
    article, fact = quote_in(TITLE, "The minister opened the tunnel on Monday.", "Peter Holm")
    assert screen(replace(fact, speaker=None), article) == "who: an unnamed group or person"


def test_a_body_that_opens_the_sentence_is_named_in_the_headline_without_its_the():
    body = (
        "The minister opened the tunnel on Monday.\n\nThe tunnel links Northport with Eldvik under the sea.\n\n"
        "The Northport Council said: “The tunnel will carry 4,000 passengers a day to Eldvik.”"
    )
    article = article_of(body, "Northport Council opens a rail tunnel")
    [fact] = [f for f in extract(article) if f.kind == "quote"]
    assert (fact.speaker, screen(fact, article)) == ("The Northport Council", None)


LEAD = "Transport minister Maria Lindqvist opened the Northport rail tunnel on Monday."


@pytest.mark.parametrize(
    "quote,speaker,rule",
    [
        ("“The tunnel carries 4,000 passengers daily,” said Maria Lindqvist.", "Maria Lindqvist", None),
        (
            "“The tunnel carries 4,000 passengers,” said Maria Lindqvist.",
            "Maria Lindqvist",
            "who: the quote is a word or two, not a statement",
        ),
        (
            "“The tunnel will carry 4,000 passengers a day to Eldvik,” said the Northport Post's.",
            "the Northport Post's",
            "who: a document or the outlet that reported it",
        ),
        (
            "“The tunnel will carry 4,000 passengers a day to Eldvik,” said a Northport resident.",
            "a Northport resident",
            "who: an unnamed group or person",
        ),
    ],
    ids=["six words are a statement", "five words are not", "an outlet's", "a resident of a named town"],
)
def test_which_quotes_are_asked_who_said_them(quote, speaker, rule):
    article = article_of(f"{LEAD}\n\nThe tunnel links Northport with Eldvik under the sea.\n\n{quote}", TITLE)
    [fact] = [f for f in extract(article) if f.kind == "quote"]
    assert (fact.speaker, screen(fact, article)) == (speaker, rule)


@pytest.mark.parametrize(
    "change,rule",
    [
        ({"speaker": "he"}, "who: the speaker is a pronoun the article does not name"),
        ({"tier": "indirect"}, "who: reported speech, not a quotation"),
    ],
    ids=["a pronoun", "reported speech"],
)
def test_a_quote_the_article_does_not_pin_on_a_name_is_not_asked(change, rule):
    article, fact = quote_in(TITLE, LEAD, "Maria Lindqvist")
    assert screen(fact, article) is None
    assert screen(replace(fact, **change), article) == rule


@pytest.mark.parametrize(
    "mention,kind,named",
    [
        ("We", "organisation", False),
        ("The police", "organisation", False),
        ("A council", "organisation", False),
        ("An agency", "organisation", False),
        ("The Northport Council", "organisation", True),
        ("a Northport resident", "person", False),
        ("a Transit Avalonia official", "person", True),
        ("a Norland official", "person", True),
    ],
    ids=[
        "a pronoun",
        "The police",
        "A council",
        "An agency",
        "a named council",
        "a resident",
        "a titled official",
        "an official of a body of one word",
    ],  # fmt: skip
)
def test_a_who_that_names_no_one(mention, kind, named):
    assert named_who(mention, kind) is named


# --- which counts are asked -----------------------------------------------------------------------

OTHER = "The tunnel links Northport with Eldvik under the sea."
NOT_ABOUT = "trivial: a count of something the story is not about"
POINTS_BACK = "count: 'the two leaders' points back; it does not inform"
IN_A_ROW = "trivial: how many in a row, a side detail"


def count_rule(sentence: str, text: str, paragraph: int = 1, lead: str = LEAD, title: str = TITLE) -> str | None:
    """The rule that keeps the count ``text`` of ``sentence`` from being asked, the sentence put in
    the given paragraph (1: the lead; else after a lead and a second paragraph)."""
    paragraphs = [sentence, OTHER] if paragraph == 1 else [lead, OTHER, sentence][: paragraph - 1] + [sentence]
    article = article_of("\n\n".join(paragraphs), title)
    [fact] = [f for f in extract(article) if f.kind == "count" and f.text == text]
    return screen(fact, article)


COUNTS = [
    ("Eldvik hired 300 workers for the Northport job.", "300", 3, "Work on the tunnel ended on Monday.", TITLE, None),
    ("Eldvik hired 300 workers for the job.", "300", 3, "The tunnel ended a long wait on Monday.", TITLE, NOT_ABOUT),
    ("Eldvik bought 12 carriages for the line.", "12", 3, "The tunnel carried its first trains on Monday.", TITLE, NOT_ABOUT),
    ("Eldvik hired 300 personnel for the job.", "300", 3, "Every person in Eldvik can use the tunnel.", TITLE, NOT_ABOUT),
    ("This year the crews laid 300 sleepers.", "300", 3, LEAD, "This is the Northport rail tunnel", NOT_ABOUT),
    ("That crew laid 300 sleepers in Eldvik.", "300", 3, LEAD, "That tunnel to Northport opens", NOT_ABOUT),
    ("With cranes, the crews laid 300 sleepers.", "300", 3, LEAD, "With a new tunnel, Northport opens up", NOT_ABOUT),
    ("From Monday, the crews laid 300 sleepers.", "300", 3, LEAD, "From Eldvik to Northport by tunnel", NOT_ABOUT),
    ("Avalonia sold more than 4,000.", "more than 4,000", 3, LEAD, TITLE, "count: a number with no noun"),
    ("Avalonia reported zero accidents in the tunnel.", "zero", 1, LEAD, TITLE, "count: 'one' or 'first' is no question"),
    ("The tunnel used 1,000,000,000,000 grains of sand.", "1,000,000,000,000", 1, LEAD, TITLE, None),
    ("The tunnel used 2,000,000,000,000 grains of sand.", "2,000,000,000,000", 1, LEAD, TITLE, "count: too large to be a count"),
    ("Jonas Berg, a 45 year-old engineer, built the tunnel.", "45", 1, LEAD, TITLE, "count: an age, not a count"),
    ("Avalonia reported 300 cases of flu in Eldvik.", "300", 1, LEAD, TITLE, None),
    ("Avalonia reported 300 cases in Eldvik.", "300", 1, LEAD, TITLE, "count: 'cases' of what? The sentence does not say"),
    ("Eldvik welcomed the two ministers.", "two", 1, LEAD, TITLE, POINTS_BACK),
    ("Eldvik welcomed the three ministers.", "three", 1, LEAD, TITLE, POINTS_BACK),
    ("Eldvik welcomed the four ministers.", "four", 1, LEAD, TITLE, None),
    ("Eldvik welcomed the two transport ministers.", "two", 1, LEAD, TITLE, None),
    ("Eldvik opened the 2nd tunnel.", "2nd", 1, LEAD, TITLE, None),
    ("Avalonia won the prize for the third successive year.", "third", 1, LEAD, TITLE, None),
    ("Avalonia won the prize for the third successive year.", "third", 2, LEAD, TITLE, IN_A_ROW),
    ("Avalonia won the prize for the 3rd successive year.", "3rd", 2, LEAD, TITLE, IN_A_ROW),
    ("Avalonia hired the third engineer.", "third", 2, LEAD, TITLE, None),
    ("Avalonia carried 12.75 million passengers through the tunnel.", "12.75 million", 1, LEAD, TITLE, None),
    ("Avalonia carried 345 passengers through the tunnel.", "345", 1, LEAD, TITLE, None),
    (
        "Avalonia carried 1,709 passengers through the tunnel.",
        "1,709",
        1,
        LEAD,
        TITLE,
        "trivial: an exact large figure (84,121 votes) nobody learns by heart",
    ),
    (
        "In Eldvik, Jonas Berg starred in 7 Nights to 40 Towns.",
        "40",
        1,
        LEAD,
        TITLE,
        "count: part of a name or a title ('13 Going on 30')",
    ),
]


@pytest.mark.parametrize(
    "sentence,text,paragraph,lead,title,rule",
    COUNTS,
    ids=[
        "workers: the lead speaks of work",
        "workers: the lead does not",
        "carriages: 'carried' is not them",
        "personnel: 'person' is not them",
        "This in the headline names nothing",
        "That in the headline names nothing",
        "With in the headline names nothing",
        "From in the headline names nothing",
        "no noun",
        "zero",
        "a million million: still a count",
        "two million million: too large",
        "an age",
        "cases of flu",
        "cases of what",
        "the two ministers",
        "the three ministers",
        "the four ministers: news",
        "the two transport ministers: news",
        "the 2nd tunnel: a rank",
        "third successive in the lead",
        "third successive later",
        "3rd successive later",
        "the third engineer later",
        "12.75 million: not exact",
        "345: three digits",
        "1,709: four digits",
        "a title before the count",
    ],
)
def test_the_rule_that_keeps_a_count_from_being_asked(sentence, text, paragraph, lead, title, rule):
    assert count_rule(sentence, text, paragraph, lead, title) == rule


def test_a_ratio_is_not_asked_as_a_count():
    # the extractor leaves ratios out; a count that reaches the rules still says why it is no question
    article = article_of(f"Four in five ministers use the tunnel to Eldvik.\n\n{OTHER}", TITLE)
    sentence = next(s for s in article.sentences if s.text.startswith("Four"))
    fact = Fact(kind="count", text="Four", start=sentence.start, end=sentence.start + 4, sentence=sentence, value=4,
                noun="ministers")  # fmt: skip
    assert screen(fact, article) == "count: a ratio ('one in three')"


def test_a_speaker_the_first_paragraph_opens_with_is_in_the_lead():
    article, fact = quote_in(TITLE, "Lindqvist opened the tunnel on Monday.", "Maria Lindqvist")
    assert screen(fact, article) is None


# --- which dates are asked ------------------------------------------------------------------------

FORECAST = "date: when something is forecast to happen, not a fact yet"
SIDE = "date: a side detail in a clause about something else (', which opened in 1998,')"


@pytest.mark.parametrize(
    "sentence,paragraph,rule",
    [
        ("Avalonia is set to open the second Northport rail tunnel to all passengers in 2030.", 1, FORECAST),
        # 'is set to' 81 characters before the year: too far back to govern it
        ("Avalonia is set to open the second Northport rail tunnel to all of its many passengers in 2030.", 1, None),
        ("The old tunnel, which opened in 1998, links Northport with Eldvik.", 1, None),
        ("The old tunnel, which opened in 1998, links Northport with Eldvik.", 2, SIDE),
        ("In 1998, the old tunnel opened to link Northport with Eldvik.", 2, None),
    ],
    ids=[
        "a forecast 69 characters back",
        "a forecast 81 characters back",
        "a side clause in the lead",
        "a side clause later",
        "an opening phrase is no side clause",
    ],  # fmt: skip
)
def test_the_rule_that_keeps_a_year_from_being_asked(sentence, paragraph, rule):
    paragraphs = [sentence, OTHER] if paragraph == 1 else [LEAD, sentence]
    article = article_of("\n\n".join(paragraphs), TITLE)
    [fact] = [f for f in extract(article) if f.kind == "date" and f.text in ("1998", "2030")]
    assert screen(fact, article) == rule
