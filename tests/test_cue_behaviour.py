"""The headline as a frame: every question shows it, none is given away by it, and a card, which shows
no headline, names what the headline names."""

from __future__ import annotations

import json
import re

import pytest
from conftest import article_of

from quizgen.cli import main
from quizgen.extract import extract
from quizgen.generate import plan
from quizgen.generate.select import _rules
from quizgen.generate.timing import anchor_time

DATED = "EAST HARBOUR, Avalonia (Wire) - {}\n\n"
CARD = "context: a card shows no headline, and its sentence names nothing the headline names"


def questions(tmp_path, title: str, body: str) -> list[dict]:
    """What `quizgen questions --format json` prints for an article written for the test."""
    from click.testing import CliRunner

    path = tmp_path / "story.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["questions", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["articles"][0]["questions"]


def rules_of(title: str, body: str, kind: str, text: str) -> list[str]:
    article = article_of(body, title)
    fact = next(f for f in extract(article) if f.kind == kind and f.text == text)
    return [r for r in _rules(fact, article) if r]


# --- the frame a student reads the question under ------------------------------------------------


def test_a_question_shows_its_headline_and_date_above_it_and_a_card_stays_the_articles_words(tmp_path):
    body = (
        "On 3 March 2025, Transit Avalonia opened the Northport rail tunnel, which cost 12 billion crowns.\n\n"
        "Transit Avalonia bought 40 electric trains from Norland in 2004 for the Northport line."
    )
    asked = questions(tmp_path, "Avalonia opens the Northport rail tunnel", body)
    choices = [q for q in asked if q["type"] in ("mcq", "true_false")]
    assert choices and all(q["prompt"].startswith("[Avalonia opens the Northport rail tunnel (3 March 2025)] ") for q in choices)
    assert all(q["context"] == "Avalonia opens the Northport rail tunnel (3 March 2025)" for q in choices)
    cards = [q for q in asked if q["type"] == "cloze"]
    assert cards and all(re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", q["cloze"]) == q["sentence"] for q in cards)


def test_the_date_goes_from_the_frame_above_a_date_of_its_year(tmp_path):
    body = (
        "On 3 March 2025, Transit Avalonia opened the Northport rail tunnel, which cost 12 billion crowns.\n\n"
        "Transit Avalonia had bought 40 electric trains from Norland in January 2025 for the Northport line.\n\n"
        "Transit Avalonia bought 30 older trains from Norland in 2004 for the Northport line."
    )
    asked = questions(tmp_path, "Avalonia opens the Northport rail tunnel", body)
    january = [q for q in asked if q["type"] == "mcq" and q["answer"] == "January 2025"]
    older = [q for q in asked if q["type"] == "mcq" and q["answer"] == "2004"]
    assert january and january[0]["prompt"].startswith("[Avalonia opens the Northport rail tunnel] ")
    assert "2025" not in january[0]["prompt"]
    assert older and older[0]["prompt"].startswith("[Avalonia opens the Northport rail tunnel (3 March 2025)] ")


# --- what the headline would give away -------------------------------------------------------------

HINTS = [
    ("the answer's year", "Eldvik Cup 2019: Avalonia win the final", "Avalonia beat Norland in the final in June 2019 in Eldvik.",
     "date", "June 2019", "giveaway: the headline holds the answer's year"),
    ("a decade's year", "Norland has lost 2 million eels since 1980", "Eldvik banned the pesticide in the 1980s, in Norland.",
     "date", "1980s", "giveaway: the headline holds the answer's year"),
    ("a count within a tenth", "Nearly 60 towns sign the Eldvik accord",
     "Delegates from 58 towns signed the accord in Eldvik.", "count", "58",
     "giveaway: the headline holds the count, or one near it"),
    ("a headline figure less another", "Avalonia charges 12 in Eldvik rail inquiry",
     "Prosecutors in Eldvik charged seven rail officials and five Norland executives with fraud.", "count", "seven",
     "giveaway: the headline's figure and another of the sentence lead to it ('12' above 'seven and five')"),
    ("a count a tenth off", "Some 110 towns sign the Eldvik accord", "Delegates from 100 towns signed the accord in Eldvik.",
     "count", "100", "giveaway: the headline holds the count, or one near it"),
    ("a sentence figure less the headline's", "Eldvik frees 5 hostages",
     "Gunmen in Norland took 12 hostages, and seven hostages are still held in Eldvik.", "count", "seven",
     "giveaway: the headline's figure and another of the sentence lead to it ('12' above 'seven and five')"),
    ("a length above a distance", "Eldvik opens a 57 km rail tunnel",
     "The tunnel runs 2,300 metres below the summit of Mount Ardal, between Eldvik and Northport.", "distance", "2,300 metres",
     "giveaway: the headline holds a length, the answer's scale"),
]  # fmt: skip


@pytest.mark.parametrize("title,body,kind,text,rule", [h[1:] for h in HINTS], ids=[h[0] for h in HINTS])
def test_a_fact_the_headline_gives_away_is_not_asked(title, body, kind, text, rule):
    assert rule in rules_of(title, body, kind, text)


KEPT = [
    ("another year", "Eldvik Cup 2019: Avalonia win the final", "Avalonia last won the cup in 2011 in Eldvik.", "date", "2011"),
    ("a count far from the headline's", "Nearly 60 towns sign the Eldvik accord",
     "Delegates from 40 towns signed the accord in Eldvik.", "count", "40"),
    ("a count just over a tenth off", "Some 111 towns sign the Eldvik accord",
     "Delegates from 100 towns signed the accord in Eldvik.", "count", "100"),
    ("figures that do not add up", "Avalonia charges 12 in Eldvik rail inquiry",
     "Prosecutors in Eldvik charged six rail officials and five Norland executives with fraud.", "count", "six"),
    ("no length in the headline", "Eldvik opens a rail tunnel",
     "The tunnel runs 2,300 metres below the summit of Mount Ardal, between Eldvik and Northport.", "distance", "2,300 metres"),
]  # fmt: skip


@pytest.mark.parametrize("title,body,kind,text", [k[1:] for k in KEPT], ids=[k[0] for k in KEPT])
def test_a_headline_that_gives_nothing_away_leaves_the_fact(title, body, kind, text):
    assert not [r for r in rules_of(title, body, kind, text) if "headline" in r]


# --- figures of one sentence that make each other -------------------------------------------------

TOTAL = "giveaway: points and the units that make them, counted in one sentence ('19 points, with five penalties')"
SHARE = "giveaway: a share and another figure of the sentence lead to it ('of 800 reefs, only 64, or 8 percent')"
SCORING = "Jonas Berg kicked 19 points, with five penalties and two conversions, as Eldvik beat Norland in the final."


@pytest.mark.parametrize("text", ["19", "five", "two"])
def test_points_and_the_kicks_that_make_them_are_not_asked(text):
    assert TOTAL in rules_of("Eldvik beat Norland in the final", SCORING, "count", text)


def test_points_and_one_unit_that_makes_them_are_not_asked():
    body = "Jonas Berg scored 10 points with two tries as Eldvik beat Norland in the final."
    assert TOTAL in rules_of("Eldvik beat Norland in the final", body, "count", "10")


def test_points_alone_are_asked():
    body = "Jonas Berg scored 19 points as Eldvik beat Norland in the final."
    assert TOTAL not in rules_of("Eldvik beat Norland in the final", body, "count", "19")


def test_a_share_and_a_part_give_the_whole_away():
    body = "Divers in Eldvik checked 800 reefs off Norland and found only 64, or about 8 percent, unharmed."
    assert SHARE in rules_of("Eldvik divers find Norland reefs harmed", body, "count", "800")
    alone = "Divers in Eldvik checked 800 reefs off Norland and found about 8 percent unharmed."
    assert SHARE not in rules_of("Eldvik divers find Norland reefs harmed", alone, "count", "800")


# --- a card names what its headline names ------------------------------------------------------


def test_a_card_of_a_sentence_naming_nothing_of_the_headline_is_not_made_but_its_question_is():
    body = (
        "Transit Avalonia opened the Northport rail tunnel to Eldvik on Monday.\n\n"
        "Later paragraphs follow.\n\n"
        "Eldvik bought 40 trains from a Norland firm in 2004."
    )
    article = article_of(body, "Avalonia opens the Northport rail tunnel")
    made = plan(article, extract(article))
    assert ("2004", "cloze", CARD) in [(d.fact.text, d.form, d.rule) for d in made.dropped]
    assert ("mcq", "2004") in [(q.type, q.answer) for q in made.questions]
    named = article_of(body, "Avalonia opens the Northport rail tunnel to Eldvik")
    assert ("cloze", "2004") in [(q.type, q.answer) for q in plan(named, extract(named)).questions]


def test_a_distance_between_two_named_places_is_a_card_under_any_headline():
    article = article_of("Northport lies 480 km from Eldvik, the capital of Norland.", "Avalonia opens a rail tunnel")
    cards = [q.cloze for q in plan(article, extract(article)).questions if q.type == "cloze"]
    assert cards == ["Northport lies {{c1::480 km::distance}} from Eldvik, the capital of Norland."]


# --- wording ---------------------------------------------------------------------------------------


def test_a_role_after_a_date_lines_dash_reads_small_later(tmp_path):
    body = (
        DATED.format("Former Eldvik mayor Jonas Berg opened the Northport rail tunnel on Monday.")
        + "The Northport tunnel had cost 12 billion crowns since work began in 2011, Berg said."
    )
    asked = questions(tmp_path, "Avalonia opens the Northport rail tunnel", body)
    later = [q["prompt"] for q in asked if q["type"] == "mcq" and q["answer"] == "2011"]
    assert later and later[0].endswith(", former Eldvik mayor Jonas Berg said.")


def test_early_on_a_weekday_goes_whole():
    text = "The storm struck the coast of Eldvik early on Monday as a category three hurricane, officials in Norland said."
    at = text.index("on Monday")
    s, e, new = anchor_time(text, 0, len(text), at, at + len("on Monday"), None)
    assert text[:s] + new + text[e:] == (
        "The storm struck the coast of Eldvik as a category three hurricane, officials in Norland said."
    )


def test_a_storms_category_gets_options_on_its_scale():
    body = "Hurricane Olga struck Eldvik as a category four storm, with winds of 200 km/h, officials in Norland said."
    article = article_of(body, "Hurricane Olga hits Eldvik")
    [q] = [q for q in plan(article, extract(article)).questions if q.type == "mcq" and q.answer == "four"]
    assert set(q.options) <= {"one", "two", "three", "four", "five"}


NAMED = "giveaway: the names beside it count it ('Jonas Berg and Tom Lund, _____ engineers')"
FOUNDED = "Eldvik Rail was founded in 2005 by {}, {} former engineers of Transit Avalonia."


@pytest.mark.parametrize(
    "names,count,given",
    [
        ("Jonas Berg and Tom Lund", "two", True),
        ("Jonas Berg, Anna Kowal and Tom Lund", "three", True),
        ("Jonas Berg and Tom Lund", "three", False),
        ("Jonas Berg, Anna Kowal and Tom Lund", "two", False),
    ],
)
def test_a_count_of_the_people_named_just_before_it_is_not_asked(names, count, given):
    assert (NAMED in rules_of("Eldvik Rail is founded", FOUNDED.format(names, count), "count", count)) == given


@pytest.mark.parametrize("phrase,asked", [("As recently as", False), ("As early as", False), ("In", True)])
def test_a_year_after_as_recently_as_is_not_asked(phrase, asked):
    body = f"{phrase} 1996, floods in Eldvik closed the Northport line for a month."
    rules = rules_of("Eldvik floods close the Northport line", body, "date", "1996")
    assert ("date: 'as recently as' points to the latest option ('as early as' to the earliest)" not in rules) == asked


@pytest.mark.parametrize(
    "body,said",
    [
        ("Doctors in Eldvik warned in 2003 that the Northport clinic was too small.", True),
        ("Doctors in Eldvik said in 2003 that the Northport clinic was too small.", True),
        ("Doctors in Eldvik opened the Northport clinic in 2003, officials said.", False),
        ("Doctors in Eldvik said in 2003 the Northport clinic had opened.", False),
    ],
)
def test_the_year_someone_said_something_is_not_asked(body, said):
    rules = rules_of("Eldvik doctors open the Northport clinic", body, "date", "2003")
    assert ("trivial: the year someone said something ('warned in _____ that ...'), not what they said" in rules) == said


def test_it_is_never_named_by_a_name_its_own_sentence_gives():
    body = (
        "Norland won the Avalonia Cup yesterday, defeating Eldvik by six wickets in the final in Northport. "
        "It was Norland's second Avalonia Cup title, following their victory under Jonas Berg in 1983."
    )
    article = article_of(body, "Norland beat Eldvik to win the Avalonia Cup")
    shown = [q.prompt or q.cloze for q in plan(article, extract(article)).questions]
    assert shown and not any("Norland was Norland" in s for s in shown)


@pytest.mark.parametrize(
    "body,count,given",
    [
        (
            "Three former Transit Avalonia engineers, Jonas Berg, Anna Kowal and Tom Lund, were found guilty in Eldvik.",
            "Three",
            True,
        ),
        ("Three former engineers, Jonas Berg, Anna Kowal, and Tom Lund, were found guilty in Eldvik.", "Three", True),
        ("Two former engineers, Jonas Berg and Tom Lund, were found guilty in Eldvik.", "Two", True),
        ("Four former engineers, Jonas Berg, Anna Kowal and Tom Lund, were found guilty in Eldvik.", "Four", False),
    ],
)
def test_a_count_of_the_people_named_just_after_it_is_not_asked(body, count, given):
    assert (NAMED in rules_of("Eldvik engineers found guilty", body, "count", count)) == given


def test_a_year_the_headlines_span_and_the_articles_date_make_is_not_asked():
    body = "Sunday, April 3, 2011\n\nNorland won the Avalonia Cup in Eldvik, its second title after a win in 1983."
    rule = "giveaway: the headline's span of years and the article's date make the year ('first in 28 years')"
    assert rule in rules_of("Norland win the Avalonia Cup for the first time in 28 years", body, "date", "1983")
    assert rule not in rules_of("Norland win the Avalonia Cup for the first time in 27 years", body, "date", "1983")


def test_options_of_a_past_year_stay_at_or_before_the_year_after_the_latest_the_article_tells():
    body = (
        "Jonas Berg of Eldvik was found guilty of fraud in 2007.\n\n"
        "Jonas Berg sold the Eldvik Courier to Norland investors in 2004 for 600 million crowns."
    )
    article = article_of(body, "Eldvik's Jonas Berg guilty of fraud")
    [q] = [q for q in plan(article, extract(article)).questions if q.type == "mcq" and q.answer == "2004"]
    assert all(int(o) <= 2008 for o in q.options)


def test_a_year_since_a_european_championship_takes_years_it_was_held():
    import random

    from quizgen.generate.distractors import date_options
    from quizgen.model import Fact, Sentence

    text = "Norland's captain lifted the trophy, their first at a European Championship since 1968."
    at = text.index("1968")
    fact = Fact("date", "1968", at, at + 4, Sentence(text, 0, len(text), 3), "1968")
    options = date_options(fact, random.Random(0))
    assert "1968" in options and all((int(o) - 1968) % 4 == 0 for o in options)


def test_a_card_shares_a_name_with_its_headline_not_a_word_the_article_writes_small():
    from quizgen.generate.select import names_the_headline

    body = "Northport Radio played the song 40 times.\n\nThe Eldvik Song Prize went to Anna Kowal for Love Song in 2010."
    article = article_of(body, "Anna Kowal wins the Northport Song Contest")
    assert not names_the_headline("Tom Lund sang Love Song in 2009.", article)  # "song" is a word here
    assert names_the_headline("Tom Lund played Northport in 2009.", article)
    who = article_of("The WHO said who would pay in Eldvik.", "WHO backs a vaccine for Eldvik")
    assert names_the_headline("The WHO met in Norland in 2015.", who)  # a short form, whatever "who" means


def test_in_recent_weeks_leans_on_the_day_of_writing():
    from quizgen.generate.timing import leaning_times

    text = "Fighting in Norland in recent weeks has displaced more than 100,000 people."
    assert (text.index("in recent weeks"), text.index(" has"), "in recent weeks") in leaning_times(text)
    assert not leaning_times("Fighting in Norland in recent history has displaced more than 100,000 people.")
