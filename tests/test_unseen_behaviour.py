"""Faults reviewers found on articles no rule was written from: tolls, lists, scores, titles, places by number."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import plan
from quizgen.generate.distractors import count_options, date_options
from quizgen.generate.people import Cast
from quizgen.generate.references import Names, references
from quizgen.generate.select import _rules
from quizgen.generate.timing import Anchor, anchor_time, leaning_times
from quizgen.model import Fact, Sentence

LEAD = "Transit Avalonia opened the Northport rail tunnel.\n\n"


def rules_of(body: str, kind: str, text: str) -> list[str]:
    article = article_of(LEAD + body, "Avalonia opens the Northport rail tunnel")
    fact = next(f for f in extract(article) if f.kind == kind and f.text == text)
    return _rules(fact, article)


TOLL = "count: a toll of what? The sentence names no cause of the deaths"
LISTED = "trivial: one figure of a list ('32 Avalonians, 18 Norlanders and nine Danes'), a set, not a fact"
SCORED = "giveaway: the score in the sentence adds up to the count ('led 14-5 after a try and three penalties')"
AGES = "count: a figure of today that ages ('has 900 million users'), and the sentence gives no year"
PLACED = "giveaway: the sentence's other places leave one ('came third, pushing them into fourth place')"
SUMMED = "giveaway: other figures of the sentence add up to it ('19 seats each, a combined 38')"
YEARS = "date: one of a list of years ('in 1997, 2001 and 2005'), whose pattern gives it away"

RULES = [
    ("a toll with no cause", "Officials in Avalonia said 10,000 people had died in the province.", "count", "10,000", [TOLL]),
    ("a toll with its storm", "Officials in Avalonia said 10,000 people had died in the storm.", "count", "10,000", []),
    ("deaths with no cause", "Officials in Avalonia counted 120 deaths in the province by Friday.", "count", "120", [TOLL]),
    ("a figure of a list", "The train carried 32 Avalonians, 18 Norlanders, nine Danes and eight Swedes through the tunnel.",
     "count", "nine", [LISTED]),
    ("three figures of things", "The Northport rail tunnel has 32 lifts, 18 escalators and 12 stairways for its trains.",
     "count", "32", [LISTED]),
    ("two figures are no list", "The Northport rail tunnel has 32 lifts and 18 escalators for its trains.",
     "count", "32", []),
    ("a count the score adds up to", "Avalonia led 14-5 at half-time after a try by Tom Lund and three penalties by Jonas Berg.",
     "count", "three", [SCORED]),
    ("users today", "Transit Avalonia's app, which has about 9 million users, shows the Northport tunnel's times in Eldvik.",
     "count", "about 9 million", [AGES]),
    ("users in a year", "Transit Avalonia's app, which had about 9 million users in 2015, showed the Northport tunnel's times.",
     "count", "about 9 million", []),
    ("a year of a list", "Maria Lindqvist won elections in Eldvik in 1997, 2001 and 2005 for the Avalonia party.",
     "date", "2001", [YEARS]),
    ("a year beside the next", "An epidemic of measles in Avalonia in 1967 and 1968 closed 400 schools.", "date", "1967",
     [YEARS]),
    ("a year two before the other", "An epidemic of measles in Avalonia in 1966 and 1968 closed 400 schools.", "date", "1968",
     [YEARS]),
    ("years farther apart", "An epidemic of measles in Avalonia in 1962 and 1968 closed 400 schools.", "date", "1968", []),
    ("years three apart", "An epidemic of measles in Avalonia in 1965 and 1968 closed 400 schools.", "date", "1968", []),
    ("a year of an even series", "Avalonia's pension age goes up to 66 by 2030, 67 by 2040 and 68 by 2050.", "date", "2040",
     [YEARS]),
    ("years of no series", "Avalonia's pension age went up to 66 in 2002, 67 in 2007 and 68 in 2019.", "date", "2007", []),
    ("a date something is due", "Transit Avalonia is also building a tunnel in Norland, due to open in 2015.", "date", "2015",
     ["date: when something is forecast to happen, not a fact yet"]),
    ("due to a cause", "Transit Avalonia closed the tunnel in Norland in 2015 due to the storm.", "date", "2015", []),
    ("the first year of a list", "Maria Lindqvist won elections in Eldvik in 1997, 2001 and 2005 for the Avalonia party.",
     "date", "1997", [YEARS]),
    ("penalties and no score", "Tom Lund scored three penalties for Avalonia in the final.", "count", "three", []),
    ("a vote and its majority", "MPs in Avalonia backed a ban on smoking by 384 votes to 184, a majority of 200.", "count",
     "384", ["giveaway: the other side's votes and the majority add up to it ('by _____ votes to 184, a majority of 200')"]),
    ("a vote and no majority", "MPs in Avalonia backed a ban on smoking by 384 votes to 184 in Eldvik.", "count", "384", []),
    ("a place beside another", "The Avalonia party came third in Eldvik, pushing the Norland party into fourth place.",
     "count", "fourth", [PLACED]),
    ("a place beside a winner", "The Avalonia party held on to Eldvik, but the Norland party surged into second place.",
     "count", "second", [PLACED]),
    ("a place alone", "Tom Lund finished in fourth place in the Eldvik marathon for Avalonia.", "count", "fourth", []),
    ("two, and both", "Avalonia had sent two probes to Norland before, both built in Eldvik.", "count", "two",
     ["giveaway: 'both' in the sentence tells there are two"]),
    ("two alone", "Avalonia had sent two probes to Norland before, built in Eldvik.", "count", "two", []),
    ("a forecast told in the past", "The Avalonia party was expected to win about 10 seats in Eldvik.", "count", "about 10",
     ["count: a forecast figure or a goal, not a fact yet"]),
    ("a sum of the sentence's figures", "Each party won 19 seats in the Avalonia council, a combined majority of 38 seats.",
     "count", "38", [SUMMED]),
    ("half of a sum", "Each party won 19 seats in the Avalonia council, a combined majority of 38 seats.", "count", "19",
     [SUMMED]),
    ("figures that add up to nothing", "Each of the 12 new trains of Transit Avalonia carries 400 people to Eldvik.",
     "count", "400", []),
    ("an amount and its dollars", "The Eldvik court ordered Transit Avalonia to pay 30 million crowns (about $3.6 million).",
     "count", "30 million",
     ["giveaway: the sentence gives it in another currency too ('30 million crowns (about $3.6 million)')"]),
    ("a list and a clause after it",
     "Scientists in Avalonia recognised two species of elk: the Eldvik elk and the Norland elk, which lives further north.",
     "count", "two", ["giveaway: the sentence lists them ('three firms: A, B and C')"]),
    ("two years are no list", "Maria Lindqvist won elections in Eldvik in 1997 and 2001 for the Avalonia party.",
     "date", "2001", []),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,expected", [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_what_is_left_out_of_a_story_nobody_tuned_on(body, kind, text, expected):
    assert rules_of(body, kind, text) == expected


LEANS = [
    ("an age in the subject", "The 158-year-old firm, which employs 25,000 people, said it had debts in Avalonia.",
     [("The 158-year-old firm", "context: 'the firm' is not named")]),
    ("a terminal of no airport", "Terminal 5, which took 20 years to build, is used by Avalonia Air.",
     [("Terminal 5", "context: 'Terminal 5' of which place?")]),
    ("a gate mid-sentence", "Avalonia Air's first flight left from Gate 12 on time.",
     [("Gate 12", "context: 'Gate 12' of which place?")]),
    ("the airport's own terminal", "Eldvik's Terminal 5, which took 20 years to build, is used by Avalonia Air.", []),
    ("the airport's name before it", "Eldvik Terminal 5, which took 20 years to build, is used by Avalonia Air.", []),
    ("the airport after it", "Terminal 5 at Eldvik, which took 20 years to build, is used by Avalonia Air.", []),
    ("a firm by its base", "The Eldvik-based company wrote off its purchase of Northport Rail.",
     [("The Eldvik-based company", "context: 'the company' is not named")]),
    ("a firm by city and country", "The Northport, Avalonia-based lender wrote off its loans.",
     [("The Northport, Avalonia-based lender", "context: 'the lender' is not named")]),
    ("a height in the subject", "The 6ft 5in sprinter won the final in Eldvik.",
     [("The 6ft 5in sprinter", "context: 'the sprinter' is not named")]),
    ("a length and its unit in the subject", "The 12.5 km (7.8 mile) line has 13 stations and runs east from Eldvik.",
     [("The 12.5 km (7.8 mile) line", "context: 'the line' is not named")]),
    ("all, standing alone", "All were taken to hospital in Eldvik.", [("All", "context: opens on 'All', which points back")]),
    ("all with its noun", "All 33 miners were taken to hospital in Eldvik.", []),
    ("an adjective and a plural", "The golf-cart-sized rovers Lund and Berg landed in Avalonia in 2004.", []),
    ("it with nothing before it", "At 8.7 metres across it was among the largest in Avalonia when it arrived in 2013.",
     [("it", "context: 'it' stands for nothing named")]),
    ("it after its tunnel", "When the Northport tunnel opened it was the longest in Avalonia.", []),
    ("one more of what was told", "Earlier outbreaks in Avalonia, in 2001 and 2007, were in Eldvik.",
     [("Earlier", "context: opens on 'Earlier', which points back")]),
    ("a discovery and its verb", "The discovery recalls that of an elk found on Norland in 2004.",
     [("The discovery", "context: 'the discovery' is not named")]),
    ("a shop and its verb", "At launch, the store offers about 700,000 songs from all five labels, for Avalonia's players.",
     [("the store", "context: 'the store' is not named")]),
    ("a study told by where it appeared", "The study in The Avalonia Journal is based on surveys of 1.6 million students.",
     [("The study", "context: 'the study' is not named")]),
    ("a report told by what it is into", "The report into the Eldvik tunnel was published in Avalonia in 2019.", []),
    ("a person told by age", "The 24-year-old from Eldvik, a 150-1 outsider, won in 2005.",
     [("The 24-year-old", "context: 'the 24-year-old' is not named")]),
    ("a party many countries have", "The Liberals took roughly half of all votes, less than in their win in 2014.",
     [("The Liberals", "context: 'The Liberals' of which country?")]),
    ("a party and its country", "The Liberals of Norland took roughly half of all votes in 2014.", []),
    ("itself, set against what came before", "Transit Avalonia was itself formed from a merger in 1997 of two Eldvik firms.",
     [("was itself", "context: 'was itself' sets it against something told before")]),
]  # fmt: skip


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in LEANS], ids=[r[0] for r in LEANS])
def test_what_a_sentence_of_a_new_story_leans_on(sentence, expected):
    assert [(sentence[r.start : r.end], r.rule) for r in references(sentence)] == expected


TIMES = [
    ("days ago", "Rescuers ended an ordeal in Eldvik that began 17 days ago.", ["17 days ago"]),
    ("years ago, opening", "Two years ago, Maria Lindqvist moved to Eldvik.", ["Two years ago"]),
    ("already with no year", "Rail travel was already free in 36 towns of Avalonia.", ["already"]),
    ("already with its year", "By 2004 Maria Lindqvist had already won twice in Eldvik.", []),
    ("a plain duration", "The tunnel took 17 days to drain in Eldvik.", []),
    ("a time of day with no day", "Transit Avalonia said 100,000 fares had been paid by mid-morning.", ["by mid-morning"]),
    ("now beside a year", "Eldvik have now won the Norland cup nine times, though not since their 2012 win.", ["now"]),
    ("overnight", "Snow fell overnight across Avalonia.", ["overnight"]),
]


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in TIMES], ids=[r[0] for r in TIMES])
def test_times_that_lean_on_the_day_of_writing(sentence, expected):
    assert [phrase for _, _, phrase in leaning_times(sentence)] == expected


def test_a_name_is_read_on_past_two_titles_and_a_role_past_small_words():
    article = article_of(
        "Chief Justice Anna Kowal Berg said the court would rule on the Northport tunnel in Eldvik.\n\n"
        "The players watched the final together at striker Tom Lund's house in Eldvik.\n\n"
        "The win was a triumph for Peter Holm, the club's president of operations, who built the side.\n\n"
        "The Lynx had not won the cup since 1908, when a fan was said to have cursed the team with his goat."
    )
    cast = Cast(article, extract(article))
    # never "Justice Anna" (a title read as a first name) nor "Kowal Berg" (the name's tail) nor the team
    assert cast.people == ["Anna Kowal Berg", "Tom Lund", "Peter Holm"]
    assert cast.described("Tom Lund") == "striker Tom Lund"  # never "together at striker Tom Lund"
    assert cast.names.known_as("Holm") == "Peter Holm"  # named by the role set after his name
    assert cast.names.known_as("Lynx") is None


def test_born_opening_a_sentence_is_no_first_name():
    article = article_of(
        "Born Jonas Berg in Eldvik in 1918, he trained as a lawyer.\n\nBerg said he would run for president of Avalonia."
    )
    assert Cast(article, extract(article)).people == ["Jonas Berg"]


def test_a_quote_goes_to_the_pilot_not_to_the_plane_in_his_role():
    article = article_of(
        "The Skyliner has landed for the last time as an airliner.\n\n"
        "The aircraft was flown by Captain Peter Holm, Norland Air's chief Skyliner pilot, who has flown it for 20 years.\n\n"
        '"It has been a privilege to fly this aircraft," he said after landing.\n\n'
        "Passenger numbers never recovered after an Avalonia Air Skyliner crashed near Eldvik in July 2000.",
        "Skyliner makes its last flight",
    )
    assert [(f.speaker, f.text) for f in extract(article) if f.kind == "quote"] == [("Peter Holm", "he")]


def _year(sentence: str, year: str) -> Fact:
    at = sentence.index(year)
    return Fact(kind="date", text=year, start=at, end=at + 4, sentence=Sentence(sentence, 0, len(sentence), 1), value=year)


@pytest.mark.parametrize(
    "seed,expected",
    [
        (0, ["1845", "1847", "1849", "1850"]),
        (2, ["1850", "1851", "1853", "1855"]),  # (1854 moved to 1855)
        (5, ["1845", "1849", "1850", "1856"]),
    ],
)
def test_a_round_year_is_never_the_only_round_option(seed, expected):
    fact = _year("Norland Rail was founded in Eldvik in 1850 by two brothers.", "1850")
    options = date_options(fact, random.Random(seed))
    assert options == expected
    assert [o for o in options if int(o) % 5 == 0 and o != "1850"]  # another round year beside the key


def _count(sentence: str, text: str, value: int) -> Fact:
    at = sentence.index(text)
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind="count", text=text, start=at, end=at + len(text), sentence=s, value=value, noun="wife")


@pytest.mark.parametrize("seed", range(8))
def test_a_small_ordinal_gets_none_past_twice_itself(seed):
    # "his seventh wife" beside "third" is an option nobody picks
    options = count_options(_count("Jonas Berg is survived by his third wife.", "third", 3), random.Random(seed))
    assert set(options) <= {"second", "third", "fourth", "fifth", "sixth"}
    assert "third" in options


@pytest.mark.parametrize("wanted", [2, 3])
def test_a_key_that_cannot_take_its_place_takes_one_the_sentence_allows(wanted):
    # three cannot come third or last (two is the only count below it): first or second, as the seed falls,
    # so that such keys do not all pile up in one place
    fact = _count("Jonas Berg has three daughters in Eldvik.", "three", 3)
    places = {count_options(fact, random.Random(seed), position=wanted).index("three") for seed in range(12)}
    assert places == {0, 1}


@pytest.mark.parametrize(
    "role,question",
    [
        ("Lawyer", "In which year was lawyer Jonas Berg elected president of Avalonia?"),
        ("President", "In which year was President Jonas Berg elected president of Avalonia?"),
    ],
)
def test_a_person_is_named_once_and_a_role_reads_as_it_would_mid_sentence(role, question):
    article = article_of(
        f"{role} Jonas Berg was elected president of Avalonia in 1994.\n\n"
        "He served a single five-year term, choosing to step down in 1999, and devoted much of his presidency to the "
        "Northport rail tunnel."
    )
    asked = [q.prompt for q in plan(article, extract(article)).questions if q.type == "mcq"]
    assert asked == [
        question,
        # "He" is named; "his" then has its name before it and stays (never "much of Jonas Berg's presidency")
        "Jonas Berg served a single five-year term, choosing to step down in _____, and devoted much of his presidency "
        "to the Northport rail tunnel.",
    ]


def test_a_time_of_day_is_no_year():
    article = article_of("The first train left Eldvik for Northport at 1223 BST on a bright morning in 2019.")
    assert [f.text for f in extract(article) if f.kind == "date"] == ["2019"]


def test_a_sheet_holds_as_many_true_statements_as_false():
    # three sentences could each be a statement: the last that only asks again a fact its
    # multiple-choice question asks is not made, so one is true and one false
    article = article_of(
        "Transit Avalonia sold 40 trains to Norland in 2003.\n\n"
        "Avalonia's ferries carried 400 buses from Northport to Eldvik in 2007.\n\n"
        "Maria Lindqvist opened the Northport rail tunnel in 2011.",
        "Avalonia opens the Northport rail tunnel",
    )
    made = plan(article, extract(article)).questions
    assert [(q.answer, q.prompt) for q in made if q.type == "true_false"] == [
        ("true", "Maria Lindqvist opened the Northport rail tunnel in 2011."),  # in place of its multiple choice
        ("false", "Transit Avalonia sold 40 trains to Norland in 1997."),
    ]
    assert [q.answer for q in made if q.type == "mcq"] == ["2003", "2007", "40", "400"]


ANCHOR = Anchor(2015, 12, 13)
ANCHORED = [
    ("a month after 'last'", "Officials first heard of the plan last August in Eldvik.", "August", None),
    ("a month alone", "Officials first heard of the plan in August in Eldvik.", "August", (43, 43, " 2015")),
    ("a weekday the sentence goes on after", "The tunnel opened on Saturday evening at the fair in Eldvik.",
     "on Saturday evening", (18, 37, "on Saturday evening, 12 December 2015,")),
    ("a weekday that ends the sentence", "The tunnel opened in Eldvik on Saturday evening.", "on Saturday evening",
     (28, 47, "on Saturday evening, 12 December 2015")),
]  # fmt: skip


@pytest.mark.parametrize("sentence,phrase,expected", [a[1:] for a in ANCHORED], ids=[a[0] for a in ANCHORED])
def test_an_anchored_time_reads_as_a_date_would(sentence, phrase, expected):
    start = sentence.index(phrase)
    assert anchor_time(sentence, 0, len(sentence), start, start + len(phrase), ANCHOR) == expected


MORE_LEANS = [
    ("one name and a role", "Anna, a seven-time champion, has battled an illness in Eldvik since 2015.",
     [("Anna", "context: 'Anna' is not introduced")]),
    ("one name and no role", "Eldvik, a town in Norland, has had a rail link since 2015.", []),
]  # fmt: skip


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in MORE_LEANS], ids=[r[0] for r in MORE_LEANS])
def test_a_person_known_by_one_name_is_not_introduced(sentence, expected):
    assert [(sentence[r.start : r.end], r.rule) for r in references(sentence)] == expected


def test_now_leans_on_the_day_of_writing_and_on_track_is_a_forecast():
    assert [p for _, _, p in leaning_times("One in three young Avalonians now goes to university.")] == ["now"]
    assert rules_of("Scientists say 2015 is on track to be the warmest year in Avalonia.", "date", "2015") == [
        "date: when something is forecast to happen, not a fact yet"
    ]


def test_a_role_that_tells_when_it_was_held_reads_small_mid_sentence():
    article = article_of("Former Northport police officer Tom Lund was found guilty in Eldvik.\n\nLund said he would appeal.")
    assert Cast(article, extract(article)).described("Tom Lund") == "former Northport police officer Tom Lund"


@pytest.mark.parametrize("wanted", range(4))
@pytest.mark.parametrize(
    "sentence,text,value",
    [
        ("Jonas Berg has about 80 trains in Eldvik.", "about 80", 80),
        ("Jonas Berg ran Eldvik for seven years.", "seven years", 7),
        ("Jonas Berg was the 44th president of Eldvik.", "44th", 44),
    ],
    ids=["a hedged count", "a span of years", "an ordinal"],
)
def test_the_key_takes_the_place_it_is_given_in_every_form(sentence, text, value, wanted):
    options = count_options(_count(sentence, text, value), random.Random(3), position=wanted)
    assert options.index(text) == wanted


def test_a_group_that_opens_a_sentence_reads_small_in_a_question():
    article = article_of("Officials opened the Northport rail tunnel in Eldvik in 2004.", "Avalonia opens a tunnel")
    assert [q.prompt for q in plan(article, extract(article)).questions if q.type == "mcq"] == [
        "In which year did officials open the Northport rail tunnel in Eldvik?"
    ]


def test_a_cut_never_takes_the_subject():
    # "Earlier outbreaks in Avalonia," reads as an opening to cut, but it is the subject: nothing is asked
    article = article_of("Earlier outbreaks in Avalonia, in 2001 and 2007, were in Eldvik, near Norland.", "Measles in Avalonia")
    assert plan(article, extract(article)).questions == []


def test_he_after_a_full_name_is_never_given_another_persons_name():
    # "Tory chairman" is no sign of a man; and "he" after "Tom Lund" in its sentence is about Tom Lund
    article = article_of(
        "Party chairman Anna Kowal said the seat had never been a natural one for her party.\n\n"
        "The Eldvik seat had been held by the Norland party since 1974, and was represented for many years by "
        "Tom Lund before he became mayor of Northport.",
        "Berg wins Eldvik",
    )
    cast = Cast(article, extract(article))
    assert cast.gender("Party chairman Anna Kowal") == "f"
    asked = [q.prompt or q.cloze for q in plan(article, extract(article)).questions]
    assert not any("Anna Kowal became" in text for text in asked)


def test_a_group_opening_a_sentence_reads_small_in_a_question():
    article = article_of("Police raided the Eldvik servers of Transit Avalonia in 2006.", "Avalonia raid")
    assert [q.prompt for q in plan(article, extract(article)).questions if q.type == "mcq"] == [
        "In which year did police raid the Eldvik servers of Transit Avalonia?"
    ]


def test_he_after_a_full_name_is_about_that_person():
    article = article_of(
        "Lawyer Jonas Berg won the Eldvik seat for the Avalonia party.\n\n"
        "Eldvik had been held by the Norland party since 1974, and was represented for many years by "
        "Tom Lund before he became mayor of Northport.",
        "Berg wins Eldvik",
    )
    # never "... by Tom Lund before Jonas Berg became mayor": not asked, as no rule can be sure of "he"
    assert plan(article, extract(article)).questions == []


@pytest.mark.parametrize("wanted", range(4))
def test_second_has_no_ordinal_before_it(wanted):
    options = count_options(_count("Jonas Berg was the 2nd mayor of Eldvik.", "2nd", 2), random.Random(0), position=wanted)
    assert options == ["2nd", "3rd", "4th", "5th"]


def test_a_deadline_yet_to_come_takes_no_year_already_past():
    article = article_of(
        "Wednesday, June 24, 2015\n\nAn Eldvik court ordered the government of Avalonia to cut its emissions by at least "
        "25% by 2020, compared with 1990 levels.",
        "Avalonia must cut emissions",
    )
    [choice] = [q for q in plan(article, extract(article)).questions if q.type == "mcq"]
    assert choice.answer == "2020"
    assert min(int(o) for o in choice.options) >= 2015  # never 1990 or 2000, years before the ruling


def test_it_is_never_a_word_that_only_opens_sentences():
    article = article_of(
        "Some 60% of the voters of Avalonia turned out in 2017.\n\n"
        "Some voters waited for hours. It was Avalonia's first run-off since its first free vote in 1990."
    )
    asked = [q.prompt or q.cloze for q in plan(article, extract(article)).questions]
    assert not any(text.startswith("Some was") for text in asked)


STORY = "context: names nothing of the story (no name of its headline or opening, no word of its headline)"
OF_THE_STORY = [
    ("a sentence of something else", "In the downtown core the trains run through a subway built in 1998.", "date", "1998",
     [STORY]),
    ("a name of the opening", "In Avalonia the trains run through a subway built in 1998.", "date", "1998", []),
    ("a word of the headline", "In the downtown core the trains run through a tunnel built in 1998.", "date", "1998", []),
    ("a subject that points back", "It built a subway depot downtown in 1998.", "date", "1998", []),
    ("a distance between named places", "Eldvik lies 130 km from Norland.", "distance", "130 km", []),
    ("a distance with one name", "The depot lies 130 km from Eldvik.", "distance", "130 km", [STORY]),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,expected", [r[1:] for r in OF_THE_STORY], ids=[r[0] for r in OF_THE_STORY])
def test_a_sentence_after_the_opening_must_tell_of_the_story(body, kind, text, expected):
    # the headline: "Avalonia opens the Northport rail tunnel"; the opening: "Transit Avalonia opened the Northport rail tunnel."
    article = article_of(LEAD + "Later paragraphs follow.\n\n" + body, "Avalonia opens the Northport rail tunnel")
    fact = next(f for f in extract(article) if f.kind == kind and f.text == text)
    assert [r for r in _rules(fact, article) if r.startswith("context:")] == expected


def test_a_role_the_sentence_gives_itself_is_not_added():
    article = article_of(
        "Former diplomat Jonas Berg won the Avalonia presidency in 2014.\n\n"
        "Berg, who was born in Eldvik, worked as a diplomat in Norland in the 1980s under Anna Kowal."
    )
    prompts = [q.prompt for q in plan(article, extract(article)).questions if q.type == "mcq"]
    # never "Former diplomat Jonas Berg, who ... worked as a diplomat"
    assert prompts[1] == "Jonas Berg, who was born in Eldvik, worked as a diplomat in Norland in the _____ under Anna Kowal."


def test_a_card_never_keeps_an_also_it_cannot_explain():
    article = article_of(
        "Transit Avalonia opened the Northport rail tunnel in 2019.\n\nSeven people died when a train hit a truck near "
        "Eldvik in January 2011, also on a line of Transit Avalonia."
    )
    cards = [q.cloze for q in plan(article, extract(article)).questions if q.type == "cloze"]
    assert not any("also" in c for c in cards)


def test_a_name_never_runs_over_a_line_break_or_starts_with_a_place_word():
    article = article_of(
        "Eldvik votes out Jonas Berg\n\nOpposition leader Anna Kowal has won the Eldvik vote, defeating Jonas Berg.\n\n"
        "The count ended after the opposition boycotted it in Eldvik in 2019.\n\n"
        "Transport Avalonia said the new line near South Eldvik would open, and Transport Avalonia said it was proud.",
        "Eldvik votes out Jonas Berg",
    )
    cast = Cast(article, extract(article))
    assert cast.named_as("opposition") is None  # never "Berg Opposition", from the headline's end and the next line
    assert cast.people == ["Anna Kowal"]  # never "South Eldvik" or "Transport Avalonia", who "said"


def test_a_short_form_inside_a_name_and_a_word_of_a_longer_name_are_left_as_written():
    assert [r.rule for r in references("Transit Avalonia links NTA Trains services with the Eldvik line in 2019.")] == []
    people = Names(["South Eldvik"])
    sentence = "Anna Kowal opened the Eldvik Crossing, a road bridge in Avalonia, in 2017."
    assert [r.rule for r in references(sentence, people)] == []


def test_years_apart_give_the_other_year_away():
    assert rules_of(
        "Maria Lindqvist opened the Northport tunnel in 2017, 53 years to the day after she opened the old bridge in 1964.",
        "date",
        "1964",
    ) == ["giveaway: the sentence gives another year and how many years lie between ('53 years after')"]


def test_an_articles_first_key_place_is_drawn_by_the_place_weights():
    from quizgen.generate import PLACE_WEIGHTS, _places

    firsts = [_places(random.Random(n))[-1] for n in range(4000)]
    shares = [firsts.count(p) / 4000 for p in range(4)]
    # 2 : 1.5 : 2 : 2.5 of 8: B least (low keys fill it on their own), D most (years before the date fill A to C)
    assert [round(w / sum(PLACE_WEIGHTS), 4) for w in PLACE_WEIGHTS] == [0.25, 0.1875, 0.25, 0.3125]
    assert all(abs(s - w / sum(PLACE_WEIGHTS)) < 0.025 for s, w in zip(shares, PLACE_WEIGHTS, strict=True))


def test_a_figure_split_over_a_line_break_is_asked_on_one_line():
    # a wrapped line in the article ("took seven\nyears") once made the key differ from its own option
    article = article_of(
        "Transit Avalonia opened the Northport rail tunnel in Eldvik, Maria Lindqvist said.\n\n"
        "Building the Northport rail tunnel under the Eldvik hills of Avalonia took seven\nyears, Transit Avalonia said."
    )
    [choice] = [q for q in plan(article, extract(article)).questions if q.type == "mcq"]
    assert choice.answer == "seven years" and choice.answer in choice.options


DAYS = [
    ("a weekday the event fell on", "Jonas Berg won three titles on Sunday, beating Tom Lund.", "on Sunday",
     "Jonas Berg won three titles, beating Tom Lund."),
    ("today inside a sentence", "A court in Eldvik today ordered Avalonia to cut its trains.", "today",
     "A court in Eldvik ordered Avalonia to cut its trains."),
    ("a weekday of two", "The boys rescued on Sunday and on Monday were well.", "on Sunday", None),
    ("a weekday that opens the sentence", "On Sunday, Jonas Berg won.", "On Sunday", None),
    ("a weekday's own hearing", "Jonas Berg spoke at Wednesday's hearing in Eldvik.", "Wednesday", None),
    ("a weekday after 'a'", "Only a third of the trains ran on a Saturday in Eldvik.", "Saturday", None),
    ("a weekday closing an aside", "A report by Avalonia, published on Tuesday, said the line was safe.", "on Tuesday", None),
]  # fmt: skip


@pytest.mark.parametrize("sentence,phrase,expected", [d[1:] for d in DAYS], ids=[d[0] for d in DAYS])
def test_a_bare_day_goes_from_a_stem_where_no_date_anchors_it(sentence, phrase, expected):
    start = sentence.index(phrase)
    edit = anchor_time(sentence, 0, len(sentence), start, start + len(phrase), None)
    assert (edit and sentence[: edit[0]] + edit[2] + sentence[edit[1] :]) == expected


def test_head_on_on_is_no_word_printed_twice():
    article = article_of(
        "Two trains of Transit Avalonia collided head-on on a single-track line in Eldvik, injuring 50 people in 2011.",
        "Trains collide in Avalonia",
    )
    assert [q.prompt for q in plan(article, extract(article)).questions if q.type == "mcq"]
