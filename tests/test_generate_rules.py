"""Generation rules as golden tables: a sentence written for the tests, the fact asked about, and the
rule that leaves it out (as `quizgen questions --dropped` prints it) or the item it gives."""

from __future__ import annotations

import random
import re

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.cloze import cloze
from quizgen.generate.context import Context
from quizgen.generate.mcq import multiple_choice
from quizgen.generate.select import _rules, is_soft, score, screen, select

TITLE = "Avalonia opens the Northport rail tunnel"
# (a card shows no headline: it is made only of a sentence that names what the headline names)
CARD_TITLE = "Avalonia opens the Northport rail tunnel between Eldvik and Norland"
MARKUP = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
# (what follows is no longer the lead; it names Eldvik and Norland, so a sentence naming them tells of the story)
LEAD = "Avalonia opened the Northport rail tunnel to Eldvik and Norland.\n\nLater paragraphs follow.\n\n"
MEASLES = "Avalonia finds measles cases.\n\nLater paragraphs follow.\n\n"  # a story about cases
JOBS = "Transit Avalonia is to cut jobs in Eldvik, the UK and the US.\n\nLater paragraphs follow.\n\n"  # a story about jobs
QUOTED = "Maria Lindqvist of Avalonia opened the Northport rail tunnel.\n\n"  # a speaker the story is about


def fact_of(body: str, kind: str, text: str, title: str = TITLE):
    article = article_of(body, title)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and (f.speaker if kind == "quote" else f.text) == text)  # the first
    return article, facts, fact


# --- which facts are worth asking ------------------------------------------------------------------

SCREEN = [
    # counts
    ("count 'one'", "The Avon crew opened one tunnel in Eldvik.", "count", "one", ["count: 'one' or 'first' is no question"]),
    ("a span told from now", "The Avon crew in Eldvik built the tunnel two years ago.", "count", "two years",
     ["count: a span of time told from now ('two years ago', 'the last three months')"]),
    ("how long something lasted", LEAD + "Norland closed its ferry for seven years in Eldvik.", "count", "seven years", []),
    ("too large to count", "Avalonia counted 10000000000000 grains of sand in Eldvik.", "count", "10000000000000",
     ["count: too large to be a count"]),
    ("a title", "The Avon crew from Eldvik starred in 13 Going on 30.", "count", "13",
     ["count: part of a name or a title ('13 Going on 30')"]),
    ("a turn of phrase", "The Avon crew from Eldvik won a fourth successive title.\n\nAvalonia met.", "count", "fourth",
     ["count: inside a turn of phrase ('any two', 'a third', 'one or two')"]),
    ("how many in a row", LEAD + "Eldvik won its fourth successive title in 2019.", "count", "fourth",
     ["trivial: how many in a row, a side detail"]),
    ("of what?", "The Avon crew in Eldvik bought nine items for the tunnel.", "count", "nine",
     ["count: 'items' of what? The sentence does not say"]),
    ("an exact large figure", LEAD + "Avalonia counted 84,121 votes for the tunnel in Eldvik.", "count", "84,121",
     ["trivial: an exact large figure (84,121 votes) nobody learns by heart"]),
    ("a side count", LEAD + "A rival firm in Norland sold 400 buses to Eldvik.", "count", "400",
     ["trivial: a count of something the story is not about"]),
    ("a count of what the headline names", LEAD + "The Northport rail tunnel has 14 exits.", "count", "14", []),
    ("a count in a side clause", LEAD + "Maria Lindqvist, who has two daughters, opened the Northport rail tunnel.", "count",
     "two", ["trivial: a count of something the story is not about"]),
    ("a count inside quoted words", QUOTED + '"The tunnel cost 12 billion crowns in Eldvik," said Maria Lindqvist.', "count",
     "12 billion", ["not asked: a figure inside someone's quoted words (an opinion, not a fact)"]),
    # dates
    ("a count whose things the sentence lists", "The Avon crew and three firms built it in Eldvik: Avon, Brant and Corlo.",
     "count", "three", ["giveaway: the sentence lists them ('three firms: A, B and C')"]),
    ("a list of another length", "The Avon crew and three firms built it in Eldvik: Avon and Brant among them.",
     "count", "three", []),
    ("a date", "The Avon crew built 14 in Eldvik in 2019.", "date", "2019", []),
    ("a relative date", "The Avon crew in Eldvik built the tunnel two years ago.", "date", "two years ago",
     ["date: relative to the day of writing"]),
    ("a name with a year", "The Avon crew opened the tunnel in Eldvik in the Sound of 2004 show.", "date", "2004",
     ["date: part of a name ('Sound of 2004', 'Euro 2004')"]),
    ("a forecast", "The Avon crew is set to open the tunnel in Eldvik in 2030.", "date", "2030",
     ["date: when something is forecast to happen, not a fact yet"]),
    ("a date in a side clause", LEAD + "Avalonia bought the Eldvik ferry, which sailed to Norland in 2003, for the tunnel.",
     "date", "2003", ["date: a side detail in a clause about something else (', which sailed to Norland in 2003,')"]),
    ("when a figure was measured", "The Avon crew sold tickets in Eldvik, up from 400 than in 2019.", "date", "2019",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the period a figure covers", "Transit Avalonia's profit rose 12% in the first half of 2019.", "date", "2019",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("most of a year", "Transit Avalonia and Eldvik Rail have spent much of 2019 in talks about the tunnel.", "date",
     "2019", ["date: a side detail (when a figure was measured, when something ends)"]),
    ("a year figures are compared with", "Eldvik sold 12% more tickets in 2019, compared with 2004.", "date", "2004",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("when records began", "Eldvik has seen 400 floods recorded since 1840 in Avalonia.", "date", "1840",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the year of a share", "Ferries matter to Avalonia's economy, making up 12 percent of its output in 2013.",
     "date", "2013", ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the year of a rate", "Eldvik used 400 tonnes of coal a day in 1973, Avalonia said.", "date", "1973",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the year a change starts", "Eldvik's fleet will grow from 81 trains in 2003 to 106 in 2007.", "date", "2003",
     ["date: a side detail (the years a change is measured between)"]),
    ("the year a change ends", "Eldvik's fleet will grow from 81 trains in 2003 to 106 in 2007.", "date", "2007",
     ["date: a side detail (the years a change is measured between)"]),
    ("the year a change of thousands starts", "Eldvik's sales will grow from 64,000 tickets in 2003 to 92,000 in 2007.",
     "date", "2003", ["date: a side detail (the years a change is measured between)"]),
    ("the year a change of thousands ends", "Eldvik's sales will grow from 64,000 tickets in 2003 to 92,000 in 2007.",
     "date", "2007", ["date: a side detail (the years a change is measured between)"]),
    ("an event's year after a count", "Floods killed 300 people in Eldvik in 2013, Avalonia said.", "date", "2013", []),
    ("a year a present perfect may take", "Judges in Norland have dropped a claim made against Jonas Berg in 2010.",
     "date", "2010", ["date: two readings (when the perfect's act happened, or only the thing it names)"]),
    ("a year with its own past verb after a present perfect", "Transit Avalonia has sold 400 trains since it was "
     "founded in 1952.", "date", "1952", []),
    ("a year after a present perfect and 'which'", "Eldvik has kept the tunnel which Avalonia opened in 1952.",
     "date", "1952", []),
    ("where a superlative is measured from", "Jonas Berg says it is his fastest time since winning in Eldvik in 2016.",
     "date", "2016", ["date: where a superlative is measured from ('his best since 1998'), not a fact of its own"]),
    ("a superlative far before the year", "Jonas Berg says it is his fastest time since winning the Eldvik marathon in "
     "Avalonia in 2016.", "date", "2016",
     ["date: where a superlative is measured from ('his best since 1998'), not a fact of its own"]),
    ("a year after 'since' with no superlative", "Jonas Berg has run the Eldvik line since he won the vote in 2016.",
     "date", "2016", []),
    ("a span of years", "Floods killed 300 people in Eldvik between 2011 and 2014.", "date", "2011 and 2014",
     ["date: a span ('between 2011 and 2014'), the period a figure covers; one blank for two dates"]),
    ("a quarter's figure", "Eldvik sold 12% more tickets in the final quarter of 2019.", "date", "2019",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the last three months of a year", "Eldvik's ticket sales fell 84% in the last three months of 2019.", "date",
     "2019", ["date: a side detail (when a figure was measured, when something ends)"]),
    ("the last months of a year", "Eldvik's ticket sales fell in the last few months of 2019.", "date", "2019",
     ["date: a side detail (when a figure was measured, when something ends)"]),
    ("a date everyone knows", "Eldvik opened the Northport rail tunnel on 11 September 2001.", "date", "11 September 2001",
     ["date: a date everyone knows by its name"]),
    ("an ordinal after the ones before it", MEASLES + "Doctors in Eldvik found the third case of measles in Avalonia in "
     "2019, after two earlier cases in Norland.", "count", "third", ["giveaway: 'the earlier two' tells which one this is"]),
    ("an ordinal after the first ones", MEASLES + "Doctors in Eldvik found the third case of measles in Avalonia in 2019, "
     "after the first 2 in Norland.", "count", "third", ["giveaway: 'the earlier two' tells which one this is"]),
    ("an ordinal after other ones", MEASLES + "Doctors in Eldvik found the third case of measles in Avalonia in 2019, "
     "after three earlier cases in Norland.", "count", "third", []),
    ("the size of a group the subject is one of", JOBS + "Transit Avalonia's ferry, one of 12 boats in the Eldvik race, won "
     "in 2019.", "count", "12", ["trivial: the size of a group the subject is one of ('one of 12 boats in the race')"]),
    ("a rank that moves with the years", "Transit Avalonia said Eldvik is now Norland's third largest rail market.", "count",
     "third", ["count: a rank that moves with the years ('Norland's third largest market'), and the sentence gives no year"]),
    ("a rank of its year", "Transit Avalonia said Eldvik was Norland's third largest rail market in 2019.", "count",
     "third", []),
    ("how many of the largest", "Transit Avalonia now sells trains to the 12 largest economies near Norland.", "count",
     "12", []),
    ("a rank that stays", "Eldvik's tunnel is Norland's third longest tunnel, Transit Avalonia said.", "count", "third", []),
    ("a seed not named", "Jonas Berg beat the fifth seed in two sets in Eldvik in 2019.", "count", "fifth",
     ["who: a seed the sentence does not name ('the fifth seed')"]),
    ("a seed named", "Jonas Berg beat the fifth seed, Tom Lund, in two sets in Eldvik in 2019.", "count",
     "fifth", []),
    ("a run within a match", "Jonas Berg lost 8 of the next 11 points in Eldvik in 2019.", "count", "11",
     ["trivial: a run within a match or a season ('8 of the next 11 points')"]),
    ("what was asked for", "The court in Eldvik was asked for 12 years in jail for Jonas Berg in 2019.", "count",
     "12 years", ["trivial: what someone asked for ('asked for 12 years'), not what came of it"]),
    ("prizes at no contest named", "Eldvik band The Lunds took home two prizes in 2019, like Jonas Berg.", "count", "two",
     ["count: 'prizes' at what? The sentence names no contest or awards"]),
    ("prizes at awards named", "Eldvik band The Lunds won two prizes at the Norland Music Awards in 2019.", "count",
     "two", []),
    ("people without a service, no cause", "More than 450 homes in Eldvik were without power, Transit Avalonia said.",
     "count", "More than 450", ["count: without it because of what? The sentence names no cause"]),
    ("people without a service, far from the count", "More than 450 households in Northportshire had been left without "
     "power, Transit Avalonia said.", "count", "More than 450",
     ["count: without it because of what? The sentence names no cause"]),
    ("people without a service after a storm", "More than 450 homes in Eldvik were without power after the storm in 2019.",
     "count", "More than 450", []),
    ("how many things were described", "Jonas Berg gave details of seven missing trains in Eldvik in 2019.", "count",
     "seven", ["trivial: how many things someone described ('gave details of seven items')"]),
    ("what was given", "A court in Eldvik jailed Jonas Berg for 14 years in 2019.", "count", "14 years", []),
    ("a size that describes", "Eldvik gave the 5,000-strong crowd in Avalonia free tickets in 2019.", "count", "5,000-strong",
     ["trivial: a size that only describes ('the 5,000-strong crowd')"]),
    ("a forecast figure", JOBS + "Transit Avalonia predicts that Eldvik's fleet will grow to 140 trains in Avalonia.",
     "count", "140", ["count: a forecast figure or a goal, not a fact yet"]),
    ("a count in an aside between dashes", "A survey of Eldvik's trains - 30–40 years old, from 12 depots - was made "
     "in 2019.", "count", "12", ["trivial: a count in an aside between dashes ('- from 12 depots -')"]),
    ("a count opening an aside between dashes", "A survey of Eldvik's trains - 12 depots, 30–40 years old - was made "
     "in 2019.", "count", "12", ["trivial: a count in an aside between dashes ('- from 12 depots -')"]),
    ("a count after an aside between dashes", "A survey of Eldvik's trains - the oldest in Avalonia - found 12 faults in "
     "2019.", "count", "12", []),
    ("a goal", JOBS + "Transit Avalonia aims to sell its fleet of 140 trains to Eldvik.", "count", "140",
     ["count: a forecast figure or a goal, not a fact yet"]),
    ("jobs with no employer", JOBS + "About 700 jobs will go in the tunnel's ticket offices while 120 go in IT.",
     "count", "About 700", ["count: whose jobs? The sentence names no employer"]),
    ("jobs in a place", JOBS + "Some 700 jobs will be lost in the UK and 120 in the US.", "count", "Some 700",
     ["count: whose jobs? The sentence names no employer"]),
    ("jobs at a named employer", JOBS + "About 700 jobs will go at Transit Avalonia's ticket offices in the tunnel.",
     "count", "About 700", []),
    ("an employer opening the sentence", JOBS + "Eldvik will cut 700 jobs in the tunnel's ticket offices.", "count",
     "700", []),
    # distances
    ("a race", "Avalonia won the 100m final in Eldvik.", "distance", "100m",
     ["distance: the name of a race or event, not a measurement"]),
    ("the size of something unnamed", "Avalonia built a 300m-high tower in Eldvik.", "distance", "300m",
     ["distance: the size of something the sentence does not name"]),
    ("a distance", "The Northport rail tunnel runs 57 km under Eldvik.", "distance", "57 km", []),
    ("a length in a side clause", LEAD + "Transit Avalonia, which runs 400 km of track in Eldvik, sells 12 trains a year.",
     "distance", "400 km",
     ["distance: a side detail in a clause about something else (', which runs 400 km of track in Eldvik,')"]),
    ("a length in a side clause of the second paragraph", "Avalonia opened the Northport rail tunnel.\n\n"
     "Transit Avalonia, which runs 400 km of track in Eldvik, sells 12 trains a year.", "distance", "400 km",
     ["distance: a side detail in a clause about something else (', which runs 400 km of track in Eldvik,')"]),
    ("where a place lies, in passing", "The Eldvik valley, 80 km north of the capital Northport, grows rice.", "distance",
     "80 km", ["distance: where a place lies, said in passing (', 80 km north of the capital,')"]),
    ("where a place lies, in brackets", "The Eldvik valley (80 km from Northport) grows rice for Avalonia.", "distance",
     "80 km", ["distance: where a place lies, said in passing (', 80 km north of the capital,')"]),
    ("where a place lies, said outright", "Eldvik lies 80 km north of the capital Northport, in Avalonia.", "distance",
     "80 km", []),
    # who said what
    ("a speaker the story is about", QUOTED + '"The tunnel cost 12 billion crowns in Eldvik," said Maria Lindqvist.', "quote",
     "Maria Lindqvist", []),
    ("an outlet", QUOTED + '"The tunnel cost 12 billion crowns in Eldvik," the Eldvik Times reported.', "quote",
     "the Eldvik Times", ["who: a document or the outlet that reported it"]),
    ("a statement", "Transit Avalonia opened the Northport rail tunnel.\n\n"
     '"We drilled 57 km under the mountains of Avalonia," Transit Avalonia\'s statement said.', "quote",
     "Transit Avalonia's statement", ["who: a document or the outlet that reported it"]),
    ("an unnamed group", QUOTED + '"The tunnel cost 12 billion crowns in Eldvik," the police said.', "quote", "the police",
     ["who: an unnamed group or person"]),
    ("quoted once in passing", QUOTED + '"The tunnel cost 12 billion crowns in Eldvik," said Jonas Berg.', "quote", "Jonas Berg",
     ["trivial: someone the story quotes once in passing"]),
    ("a word or two", QUOTED + '"A good day," said Maria Lindqvist.', "quote", "Maria Lindqvist",
     ["who: the quote is a word or two, not a statement"]),
    ("a remark anyone could make", QUOTED + '"It was a very good day for all of us," said Maria Lindqvist.', "quote",
     "Maria Lindqvist", ["trivial: a remark anyone in the story could have made (no name, number or date in it)"]),
    ("a remark with a name", QUOTED + '"It was a very good day for all of Avalonia," said Maria Lindqvist.', "quote",
     "Maria Lindqvist", []),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,rules", [c[1:] for c in SCREEN], ids=[c[0] for c in SCREEN])
def test_the_rules_that_leave_a_fact_out(body, kind, text, rules):
    article, _, fact = fact_of(body, kind, text)
    assert _rules(fact, article) == rules
    assert screen(fact, article) == (rules[0] if rules else None)
    # a short article's second pass lets go of what is only about worth, never for who said what
    soft = bool(rules) and all(is_soft(r) for r in rules) and kind != "quote"
    assert screen(fact, article, relaxed=True) == (None if soft or not rules else rules[0])


@pytest.mark.parametrize(
    "title,body,expected",
    [
        ("Northport tunnel, 57 km, opens in 2019", "The Northport rail tunnel runs 57 km under Eldvik in 2019.",
         {"57 km": ["giveaway: the headline holds the answer"], "2019": ["giveaway: the headline holds the answer"]}),
        ("Avalonia votes", "Avalonia held a vote.\n\nOn the Northport rail tunnel in 2019\n\nIt passed in Avalonia in 2020.",
         {"2019": ["not asked: the headline or a heading"], "2020": []}),
    ],
    ids=["the headline holds the answer", "a heading is never asked"],
)  # fmt: skip
def test_the_headline_and_headings_are_not_asked_about(title, body, expected):
    article = article_of(body, title)
    found = {f.text: _rules(f, article) for f in extract(article) if f.sentence.body or f.sentence.paragraph}
    assert {k: found[k] for k in expected} == expected


@pytest.mark.parametrize(
    "rule,soft",
    [
        ("trivial: a count of something the story is not about", False),
        ("trivial: how many in a row, a side detail", False),
        ("trivial: an exact large figure (84,121 votes) nobody learns by heart", False),
        ("date: a side detail in a clause about something else (', which sailed to Norland in 2003,')", False),
        ("date: when something is forecast to happen, not a fact yet", False),
        ("distance: a side detail in a clause about something else (', which runs 400 km of track in Eldvik,')", False),
        ("count: 'items' of what? The sentence does not say", True),
        ("count: 'one' or 'first' is no question", False),
        ("date: a side detail (when a figure was measured, when something ends)", False),
        ("who: an unnamed group or person", False),
        ("count: 'items' of what?", False),
    ],
    ids=[
        "a side count",
        "in a row",
        "an exact figure",
        "a side clause",
        "a forecast",
        "a length in a side clause",
        "of what",
        "one",
        "when measured",
        "who",
        "of what, cut short",
    ],
)
def test_which_rules_a_short_article_lets_go(rule, soft):
    assert is_soft(rule) is soft


def test_the_select_pass_keeps_the_order_of_worth_and_every_rule():
    article = article_of(
        QUOTED + "Later paragraphs follow.\n\n"
        "Avalonia bought 40 trains from Norland in 2004.\n\n"
        "A rival firm in Norland sold 400 buses to Eldvik.\n\n"
        "Northport lies 480 km from Eldvik, the capital of Avalonia.",
        TITLE,
    )
    good, dropped = select(extract(article), article)
    assert [f.text for f in good] == ["480 km", "2004", "40"]
    assert [(d.fact.text, d.rule, d.form) for d in dropped] == [
        ("400", "trivial: a count of something the story is not about", "both")
    ]
    relaxed, _ = select(extract(article), article, relaxed=True)
    assert [f.text for f in relaxed] == ["480 km", "2004", "40"]  # a side count stays out of a second pass too


# How quiz-worthy a fact is: its kind (distance 3, date 2.5, quote 2.4, count 2), 0.5 for a sentence of 8 to
# 35 words (-0.7 over 50), 0.6 in the first two paragraphs, 0.3 a word of the headline (three at most), 0.5 for
# a count of a thing the headline names, 0.2 for a person's words. The headline: "Avalonia opens the Northport rail tunnel"
SCORES = [
    ("a distance in the lead, two headline words", "Northport lies 480 km from Eldvik, the capital of Avalonia.", "distance",
     "480 km", 3.0 + 0.5 + 0.6 + 2 * 0.3),
    ("a date after the lead", LEAD + "Avalonia bought 40 trains from Norland in 2004.", "date", "2004", 2.5 + 0.5 + 0.3),
    ("a count of what the headline names", LEAD + "Eldvik opened 14 rail tunnels in 2004.", "count", "14", 2.0 + 0.3 + 0.5),
    ("a short sentence", LEAD + "Avalonia bought 40 trains.", "count", "40", 2.0 + 0.3),
    ("a long sentence", LEAD + "Avalonia bought 40 trains" + " and more" * 24 + ".", "count", "40", 2.0 - 0.7 + 0.3),
    ("a sentence of 36 to 50 words", LEAD + "Avalonia bought 40 trains" + " and more" * 16 + ".", "count", "40", 2.0 + 0.3),
    ("five headline words count as three", LEAD + "Avalonia opens Northport rail tunnel with 40 trains in Eldvik.", "count",
     "40", 2.0 + 0.5 + 3 * 0.3),
    ("a person's words", QUOTED + '"It was a very good day for all of Avalonia," said Maria Lindqvist.', "quote",
     "Maria Lindqvist", 2.4 + 0.5 + 0.6 + 0.3 + 0.2),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,expected", [c[1:] for c in SCORES], ids=[c[0] for c in SCORES])
def test_how_worth_asking_a_fact_is(body, kind, text, expected):
    article, _, fact = fact_of(body, kind, text)
    assert score(fact, article) == pytest.approx(expected)


# --- the multiple-choice question and the cloze of a fact ------------------------------------------


def made(body: str, kind: str, text: str, title: str = CARD_TITLE, stems: str = "auto"):
    """The multiple-choice question and the cloze made of one fact, each as its text or its rule."""
    article, facts, fact = fact_of(body, kind, text, title)
    ctx = Context(article, facts)
    q = multiple_choice(ctx, fact, _speakers(facts), random.Random(0), stems)
    c = cloze(ctx, fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    return (q if isinstance(q, str) else (q.prompt, q.options, q.answer)), (c if isinstance(c, str) else c[0].cloze)


PEOPLE = "Maria Lindqvist of Avalonia opened the Northport rail tunnel with Jonas Berg, Peter Holm and Anna Kowal.\n\n"
# three others who spoke: options for a "Who said ...?"
SPOKE = (
    '"The tunnel cost 12 billion crowns in Eldvik," said Maria Lindqvist.\n\n'
    '"The tunnel runs 57 km under the Grey Mountains," said Jonas Berg.\n\n'
    '"The rail workers of Avalonia built it in 2025," said Anna Kowal.\n\n'
)
FIRM = "Transit Avalonia is a rail firm in Eldvik.\n\nTransit Avalonia bought 40 trains from Norland in 2004.\n\n"
# a quote of 31 words: more than a "Who said ...?" shows
LONG = (
    "Northport will double its freight traffic by 2026 and then it will double again and again and again"
    " until the end of time and far beyond it in every year to come"
)
MADE = [
    ("a bound is no choice", "Police in Eldvik evacuated more than 80 people from Norland Street in 2019.", "count",
     "more than 80",
     "options: 'more than 20' makes every smaller option true as well",
     "Police in Eldvik evacuated more than {{c1::80::number}} people from Norland Street in 2019."),
    ("a small approximate count", "Police in Eldvik evacuated around seven people from Norland Street in 2019.", "count",
     "around seven", "options: 'around seven' and 'around eight' are both fair answers",
     "Police in Eldvik evacuated around {{c1::seven::number}} people from Norland Street in 2019."),
    ("the answer twice in the sentence", "Eldvik's 14 tunnels and the 14 bridges of Norland opened in 2019.", "count", "14",
     "giveaway: the stem holds the answer or an option",
     "Eldvik's {{c1::14::number}} tunnels and the 14 bridges of Norland opened in 2019."),
    ("another length shows the scale", "The Northport tunnel runs 57 km under a mountain, with a 12 km branch to Eldvik.",
     "distance", "57 km", "giveaway: another length in the stem shows the answer's scale",
     "giveaway: another length in the sentence shows the answer's scale"),
    ("'a' before the blank", "The Northport tunnel runs 57 km under a 3,000-metre mountain in Eldvik.", "distance",
     "3,000-metre", "giveaway: another length in the stem shows the answer's scale",
     "giveaway: 'a' or 'an' before the blank tells which answers fit"),
    ("a loose decade", "Avalonia opened the Eldvik ferry in the early 1970s for trade with Norland.", "date", "early 1970s",
     "context: 'the early' is not named", "date: 'the early 1970s' is too loose to write in"),
    ("a month with no year", "Avalonia opened the tunnel to Norland in March 2019 after a vote in March.", "date", "March",
     "giveaway: the stem holds the answer or an option", "date: a month or day with no year is no card to learn"),
    ("a figure beside the blank", "The Avon ship carried 3,000 tons, or 2,700 metric tons, of grain to Eldvik in 2019.", "count",
     "2,700", "giveaway: a figure beside the blank leads to the answer",
     "giveaway: a figure beside the blank leads to the answer"),
    ("years side by side: one card", "Avalonia sold 40 trains in Eldvik to Norland in 1998 and 2019.", "date", "1998",
     "Avalonia sold 40 trains in Eldvik to Norland in _____ and 2019.",
     "Avalonia sold 40 trains in Eldvik to Norland in {{c1::1998::date}} and {{c1::2019::date}}."),
    ("a bound before a length", "The Eldvik tower is more than 45m taller than the Northport tower in Avalonia.",
     "distance", "45m", "options: 'more than 20' makes every smaller option true as well",
     "The Eldvik tower is more than {{c1::45m::distance}} taller than the Northport tower in Avalonia."),
    ("a season before a year", "In the autumn of 2019, Transit Avalonia opened the Northport rail tunnel in Eldvik.",
     "date", "autumn of 2019", "options: no four fair options of the key's kind",
     "In the autumn of {{c1::2019::date}}, Transit Avalonia opened the Northport rail tunnel in Eldvik."),
    ("a number joined to its word", "Transit Avalonia gave the 5,000-strong crew in Eldvik new trains in 2019.", "count",
     "5,000-strong", "options: no four fair options of the key's kind",
     "Transit Avalonia gave the {{c1::5,000::number}}-strong crew in Eldvik new trains in 2019."),
    ("a length joined to its noun", "Transit Avalonia opened the 57-kilometre Northport tunnel under Eldvik in 2019.",
     "distance", "57-kilometre", "Transit Avalonia opened the _____ Northport tunnel under Eldvik in 2019.",
     "Transit Avalonia opened the {{c1::57-kilometre::distance}} Northport tunnel under Eldvik in 2019."),
    ("how long", "Eldvik built the Northport tunnel in 2019 over seven years for Avalonia.", "count", "over seven years",
     "options: 'more than 20' makes every smaller option true as well",
     "Eldvik built the Northport tunnel in 2019 over {{c1::seven years::how long}} for Avalonia."),
    ("it is the firm named before", FIRM + "It sold 12 buses to Eldvik in 2010.", "count", "12",
     "How many buses did Transit Avalonia sell to Eldvik in 2010?", "context: opens on 'It', which points back"),
    ("an ordinal is a number, not a time", "Transit Avalonia is a rail firm in Eldvik.\n\n"
     "The Eldvik Rail Bill passed its second reading in the Norland parliament in 2019.", "count", "second",
     "options: no four fair options of the key's kind",
     "The Eldvik Rail Bill passed its {{c1::second::number}} reading in the Norland parliament in 2019."),
    ("a stem gives a surname its full name; a card, shown as written, is not made",
     "Transport minister Jonas Berg opened a tunnel in Eldvik in 2025.\n\n"
     "Avalonian engineers met Mr Berg in Eldvik in 2016.", "date", "2016",
     "Avalonian engineers met transport minister Jonas Berg in Eldvik in _____.",
     "context: 'Mr Berg' is not introduced"),
    ("a WH-question of a year", FIRM, "date", "2004", "In which year did Transit Avalonia buy 40 trains from Norland?",
     "Transit Avalonia bought 40 trains from Norland in {{c1::2004::date}}."),
    ("a speaker with no name", PEOPLE + '"The tunnel cost 12 billion crowns in Eldvik," said a spokesman.', "quote",
     "a spokesman",
     "who: a speaker known only by a title ('a spokesman') is no option among names",
     "who: the sentence names the speaker only as 'he' or 'they'"),
    ("who said it, with its card", PEOPLE + SPOKE + '"Northport will double its freight traffic by 2026," said Peter Holm.',
     "quote", "Peter Holm",
     "Who said “Northport will double its freight traffic by 2026”?",
     '"Northport will double its freight traffic by 2026," said {{c1::Peter Holm::who}}.'),
    ("a quote that leans on what it does not name", PEOPLE + '"The tunnel runs 57 km under the Grey Mountains," said Jonas Berg.',
     "quote", "Jonas Berg", "who: the quote leans on words it does not explain: 'the tunnel' is not named",
     "context: 'the tunnel' is not named"),
    ("fewer than three other speakers", PEOPLE + '"Northport will double its freight traffic by 2026 and then again by 2030,"'
     " said Peter Holm.", "quote", "Peter Holm", "options: fewer than three other speakers of the same kind",
     '"Northport will double its freight traffic by 2026 and then again by 2030," said {{c1::Peter Holm::who}}.'),
    ("a quote too long to show", PEOPLE + SPOKE + f'"{LONG}," said Peter Holm.', "quote", "Peter Holm",
     "who: the quote is too long to show whole, or a word or two", f'"{LONG}," said {{{{c1::Peter Holm::who}}}}.'),
    ("a bare surname", PEOPLE + '"Lindqvist built the tunnel in Eldvik in 2025," Lindqvist said.', "quote", "Maria Lindqvist",
     "who: the quote leans on words it does not explain: 'Lindqvist' is not introduced",
     "who: the answer would be a bare surname; the sentence does not say who they are"),
]  # fmt: skip


MADE += [
    (
        "a month whose year the sentence gives",
        "The 2019 vote on the Eldvik bridge was held in March 2019 in Avalonia.",
        "date",
        "March 2019",
        "The 2019 vote on the Eldvik bridge was held in _____ 2019 in Avalonia.",
        "The 2019 vote on the Eldvik bridge was held in {{c1::March 2019::date}} in Avalonia.",
    ),
    (
        "a month whose year the date line gives",
        "Friday, 21 August 2015\n\nThe Eldvik ferry opened in March after long delays in Avalonia.",
        "date",
        "March",
        "The Eldvik ferry opened in _____ 2015 after long delays in Avalonia.",
        "date: a month or day with no year is no card to learn",
    ),
    (
        "no four fair options",
        "Avalonia bought twenty-one trains from Norland in 2004.",
        "count",
        "twenty-one",
        "options: no four fair options of the key's kind",
        "Avalonia bought {{c1::twenty-one::number}} trains from Norland in 2004.",
    ),
    (
        "a stem of five words",
        "Eldvik voted on 3 March 2025 again.",
        "date",
        "3 March 2025",
        "context: a caption or fragment, not a sentence",
        "Eldvik voted on {{c1::3 March 2025::date}} again.",
    ),
    (
        "an option is another figure of the sentence",
        "Avalonia bought 40 trains and 30 buses from Norland in 2004.",
        "count",
        "40",
        "options: an option is another figure of the sentence",
        "Avalonia bought {{c1::40::number}} trains and 30 buses from Norland in 2004.",
    ),
    (
        "the stem holds the answer's year",
        "The 2019 Eldvik vote was held on 3 March 2019 in Avalonia.",
        "date",
        "3 March 2019",
        "giveaway: the stem holds the answer's year",
        "The 2019 Eldvik vote was held on {{c1::3 March 2019::date}} in Avalonia.",
    ),
    (
        "a stem that starts inside a quotation opens it",
        '"We drilled for nine years. The Northport tunnel opened in Eldvik in 2025," said Maria Lindqvist.',
        "date",
        "2025",
        '"The Northport tunnel opened in Eldvik in _____," said Maria Lindqvist.',
        "formatting: unbalanced quotation marks",
    ),
    (
        "a stem inside a quotation, in and out of it in the article's marks",
        "Maria Lindqvist spoke in Eldvik. “We drilled for years in Eldvik. The Northport tunnel opened in Eldvik in 2025."
        " The work cost a lot,” said Maria Lindqvist.",
        "date",
        "2025",
        "“The Northport tunnel opened in Eldvik in _____”.",
        "formatting: the sentence starts inside a quotation",
    ),
    (
        "a quotation that ends in the next sentence: a card of both",
        '"The Northport tunnel opened in Eldvik in 2025. Maria Lindqvist built it for Avalonia," said Jonas Berg.',
        "date",
        "2025",
        '"The Northport tunnel opened in Eldvik in _____".',
        '"The Northport tunnel opened in Eldvik in {{c1::2025::date}}. Maria Lindqvist built it for Avalonia," said Jonas Berg.',
    ),
    (
        "a quotation whose next sentence leans on the first",
        '"The Northport tunnel opened in Eldvik in 2025. It carried 640 passengers," said Jonas Berg.',
        "date",
        "2025",
        '"The Northport tunnel opened in Eldvik in _____".',
        "formatting: unbalanced quotation marks",
    ),
    (
        "a card that starts after an opening phrase starts with a capital",
        "Hours after the vote, a crowd of 4,000 people marched through Eldvik in Avalonia.",
        "count",
        "4,000",
        "A crowd of _____ people marched through Eldvik in Avalonia.",
        "A crowd of {{c1::4,000::number}} people marched through Eldvik in Avalonia.",
    ),
    (
        "a quote that leans on the day it was said",
        PEOPLE + SPOKE + '"The Northport tunnel opens to freight in Eldvik this year," said Peter Holm.',
        "quote",
        "Peter Holm",
        "time: the quote leans on the day it was said",
        "time: 'this year' with no date to anchor it",
    ),
    (
        "a quote that names its speaker",
        PEOPLE + SPOKE + '"Peter Holm built the Northport tunnel for Avalonia in 2025," said Peter Holm.',
        "quote",
        "Peter Holm",
        "giveaway: the quote names its speaker",
        "giveaway: the rest of the sentence names the hidden speaker",
    ),
    (
        "the sentence before names who spoke",
        PEOPLE + SPOKE + 'Peter Holm spoke in Eldvik on the day. "The Northport tunnel carried '
        '640 passengers from Eldvik in 2025," Holm said.',
        "quote",
        "Peter Holm",
        "Who said “The Northport tunnel carried 640 passengers from Eldvik in 2025”?",
        "who: the answer would be a bare surname; the sentence does not say who they are",
    ),
    (
        "words cut from someone's prose",
        PEOPLE + SPOKE + '"the Northport tunnel carried 640 passengers from Eldvik in 2025," said Peter Holm.',
        "quote",
        "Peter Holm",
        "who: the quote is too long to show whole, or a word or two",
        '"the Northport tunnel carried 640 passengers from Eldvik in 2025," said {{c1::Peter Holm::who}}.',
    ),
]


MADE += [
    ("a card that opens on its blank starts with a capital", FIRM + "In total, eight trains from Norland ran to Eldvik in 2010.",
     "count", "eight", "How many trains from Norland ran to Eldvik in 2010?",
     "{{c1::Eight::number}} trains from Norland ran to Eldvik in 2010."),
    ("a name in small letters keeps them", FIRM + "In 2010, eBay sold 12 trains to Eldvik.", "count", "12",
     "In 2010, eBay sold _____ trains to Eldvik.", "In 2010, eBay sold {{c1::12::number}} trains to Eldvik."),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,question,card", [c[1:] for c in MADE], ids=[c[0] for c in MADE])
def test_the_question_and_the_card_of_a_fact(body, kind, text, question, card):
    q, c = made(body, kind, text)
    assert (q if isinstance(q, str) else q[0]) == question
    assert c == card
    if not isinstance(q, str):
        assert q[2] in q[1] and q[1].count(q[2]) == 1


# --- the plan: what is asked, in which order, and what a cap or a short article changes ------------


def plan_of(body: str, **options):
    from quizgen.generate import plan

    article = article_of(body, TITLE)
    return plan(article, extract(article), **options)


SHORT = "Transit Avalonia is a rail firm in Eldvik.\n\nTransit Avalonia sold 12 trains to the council in 2003."


def test_an_article_the_first_pass_leaves_empty_gets_two_questions_of_a_second():
    made = plan_of(SHORT)
    # "the council" left unnamed in a stem: let through, a choice first; a card word for word keeps
    # the rule, so no card is made, and no second choice of the same sentence (one would show the
    # other's answer) takes its place
    assert [(q.type, q.answer, q.extra.get("relaxed", False)) for q in made.questions] == [("mcq", "2003", True)]
    # what the second pass asks is no longer listed as left out
    assert [(d.fact.text, d.form, d.rule) for d in made.dropped] == [
        ("12", "mcq", "context: 'the council' is not named"),
        ("2003", "cloze", "context: 'the council' is not named"),
        ("12", "cloze", "context: 'the council' is not named"),
        ("2003", "order", "timeline: 0 events with a date that can be taken out; three are needed"),
    ]


def test_a_second_pass_with_no_card_takes_its_second_choice_from_another_sentence():
    made = plan_of(
        "Transit Avalonia is a rail firm in Eldvik.\n\nTransit Avalonia sold 12 trains to the council in 2003. "
        "Transit Avalonia sold 40 buses to the KFB in 2004."
    )
    assert [(q.type, q.answer, q.sentence.text) for q in made.questions] == [
        ("mcq", "2003", "Transit Avalonia sold 12 trains to the council in 2003."),
        ("mcq", "2004", "Transit Avalonia sold 40 buses to the KFB in 2004."),
    ]


def test_an_article_with_a_question_of_its_own_gets_no_second_pass():
    made = plan_of(FIRM + "Transit Avalonia sold 12 trains to the council in 2003.")
    assert [(q.type, q.answer, q.extra.get("relaxed", False)) for q in made.questions] == [
        ("mcq", "2004", False),
        ("cloze", "2004", False),
        ("mcq", "40", False),
        ("cloze", "40", False),
        # (no statement: the article has one, and a sheet holds as many true as false)
    ]


def test_a_second_pass_gives_a_choice_and_a_card_before_a_second_choice():
    # copies of what? A second pass lets that go; it ranks both choices before either card, and takes
    # the best choice and the best card
    made = plan_of(
        "Avalonia rail timetables sell well\n\nTransit Avalonia has sold 45 copies in Norland. "
        "Transit Avalonia has sold 12 copies in Eldvik."
    )
    assert [(q.type, q.answer, q.extra.get("relaxed", False)) for q in made.questions] == [
        ("mcq", "45", True),
        ("cloze", "45", True),
    ]


def test_every_third_sentence_is_asked_as_true_or_false_instead_of_multiple_choice():
    made = plan_of(
        "Transit Avalonia opened the Northport Tunnel in 2019.\n\nTransit Avalonia opened the Eldvik Tunnel in 2012.\n\n"
        "Transit Avalonia opened the Norland Bridge in 2008.\n\nTransit Avalonia opened the Avalonia Bridge in 2001."
    )
    first = [(q.type, q.answer, q.extra.get("instead", False)) for q in made.questions[:4]]
    assert first == [("mcq", "2019", False), ("mcq", "2012", False), ("true_false", "false", True), ("mcq", "2001", False)]
    assert made.questions[2].prompt.startswith("Transit Avalonia opened the Norland Bridge in ")
    assert "2008" not in made.questions[2].prompt  # a false statement: another year
    # no multiple-choice question of that sentence is left to give the statement away in a target
    assert not any(q.type == "mcq" and "Norland Bridge" in q.sentence.text for q in made.questions)
    # the other statements stay, listed last, for a teacher who drops their multiple-choice questions
    assert [q.type for q in made.questions[-3:]] == ["order", "true_false", "true_false"]


def test_a_sentence_with_a_second_multiple_choice_question_keeps_both():
    made = plan_of(
        "Transit Avalonia opened the Northport Tunnel in 2019.\n\nTransit Avalonia opened the Eldvik Tunnel in 2012.\n\n"
        "Transit Avalonia bought 14 ferries from Eldvik in 2008."
    )
    assert [q.answer for q in made.questions if q.type == "mcq"] == ["2019", "2012", "2008", "14"]
    assert not any(q.extra.get("instead") for q in made.questions)


def test_an_article_with_enough_questions_gets_no_second_pass():
    made = plan_of(FIRM + "A rival firm in Norland sold 400 buses to Eldvik in 2011.")
    assert len(made.questions) == 7 and not any(q.extra.get("relaxed") for q in made.questions)
    dropped = [(d.fact.text, d.form, d.rule) for d in made.dropped]
    assert ("400", "both", "trivial: a count of something the story is not about") in dropped
    # a card of the rival's sentence names nothing the headline names; its choice, under the headline, is asked
    assert ("2011", "cloze", "context: a card shows no headline, and its sentence names nothing the headline names") in dropped
    assert ("mcq", "2011") in [(q.type, q.answer) for q in made.questions]


def test_a_cap_keeps_the_best_and_says_what_it_left_out():
    made = plan_of(FIRM + "Transit Avalonia sold 12 trains to Norland in 2003.", max_questions=3)
    assert [(q.type, q.answer) for q in made.questions] == [("mcq", "2004"), ("mcq", "2003"), ("cloze", "2004")]
    capped = [(d.fact.text, d.form) for d in made.dropped if d.rule == "below the --max-questions cap"]
    assert capped == [
        ("40", "mcq"),
        ("40", "cloze"),
        ("2003", "cloze"),
        ("12", "mcq"),
        ("12", "cloze"),
        ("2004", "true_false"),
        ("2003", "true_false"),
    ]


@pytest.mark.parametrize("cap", [1, 2, 3, 4])
def test_a_cap_keeps_a_choice_and_a_card_in_order_of_worth(rich, cap):
    from quizgen.articles import read_article
    from quizgen.generate import plan

    article = read_article(rich)
    facts = extract(article)
    ranked = plan(article, facts).questions
    kept = plan(article, facts, max_questions=cap).questions
    assert len(kept) == cap and kept[0] == ranked[0]
    assert [ranked.index(q) for q in kept] == sorted(ranked.index(q) for q in kept)
    if cap >= 2:
        assert {"mcq", "cloze"} <= {q.type for q in kept}
    assert plan(article, facts, max_questions=len(ranked)).questions == ranked


def test_statements_are_true_and_false_in_turn_starting_where_the_seed_says():
    firsts = set()
    for seed in range(6):
        made = plan_of(FIRM + "A rival firm in Norland sold 400 buses to Eldvik in 2011.", seed=seed)
        answers = [q.answer for q in made.questions if q.type == "true_false"]
        assert answers in (["true", "false"], ["false", "true"])
        firsts.add(answers[0])
        for q in made.questions:
            if q.type == "true_false":
                assert q.prompt.replace(q.extra["shown"], q.extra["key"]) in (
                    q.sentence.text,
                    q.extra["stem"].replace("_____", q.extra["key"]),
                )
                assert (q.extra["shown"] == q.extra["key"]) == (q.answer == "true")
    assert firsts == {"true", "false"}


def test_no_statement_of_who_said_what_or_of_a_bound():
    holm = '"Northport will double its freight traffic by 2026," said Peter Holm.\n\n'
    made = plan_of(
        PEOPLE + SPOKE + holm + "Avalonia has run the Eldvik ferry since 1998.\n\n"
        "Transit Avalonia sold 40 trains to Norland in 2003.\n\n" + FIRM
    )
    statements = [q.prompt for q in made.questions if q.type == "true_false"]
    assert statements and not any(" said " in s or "since" in s for s in statements)
    assert any(q.type == "mcq" and q.kind == "quote" for q in made.questions)
    assert any(q.type == "mcq" and "since _____" in q.prompt for q in made.questions)


def test_a_second_question_of_a_sentence_ranks_behind_every_first():
    made = plan_of(FIRM + "A rival firm in Norland sold 400 buses to Eldvik in 2011.")
    firsts, seen = [], set()
    for q in made.questions:
        if q.type in ("mcq", "cloze"):
            firsts.append(q.sentence.start not in seen)
            seen.add(q.sentence.start)
    assert firsts == sorted(firsts, reverse=True)  # every first question before any second one


# --- timelines -------------------------------------------------------------------------------------

EVENTS = [
    ("an opening year", "In 2011, voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia.", "2011",
     "Voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia."),
    ("a closing year after a comma", "Avalonia opened its previous longest tunnel, the Eldvik Tunnel, in 1998.", "1998",
     "Avalonia opened its previous longest tunnel, the Eldvik Tunnel."),
    ("a full date with 'on'", "Transit Avalonia opened the Northport Tunnel on 3 March 2025 after nine years of work.",
     "3 March 2025", "Transit Avalonia opened the Northport Tunnel after nine years of work."),
    ("'during'", "During 2015, Transit Avalonia ran 400 trains a day between Eldvik and Norland.", "2015",
     "Transit Avalonia ran 400 trains a day between Eldvik and Norland."),
    ("a decade", "In the 1990s, Avalonia built 14 ferries for the Eldvik line.", "1990s",
     "Avalonia built 14 ferries for the Eldvik line."),
    ("born in a year", "Born in 1920 and raised in Eldvik, Tom Berg led Transit Avalonia.", "1920", None),
    ("since a year", "Transit Avalonia has run trains to Norland since 2016.", "2016", None),
    ("another year left in view", "Transit Avalonia bought 40 trains in 2004 and sold them in 2010.", "2004", None),
    ("too short", "Avalonia voted in 2019.", "2019", None),
    ("too long", "Transit Avalonia bought 40 electric trains from Norland in 2006" + " and many more buses" * 6 + " for Eldvik.",
     "2006", None),
]  # fmt: skip


@pytest.mark.parametrize("sentence,date,expected", [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS])
def test_a_dated_sentence_as_an_event_with_its_date_taken_out(sentence, date, expected):
    from quizgen.generate.timeline import event

    article, facts, fact = fact_of(sentence, "date", date)
    assert event(Context(article, facts), fact) == expected


def timeline_of(body: str):
    """The timeline of an article of these paragraphs, or the rule that makes none."""
    from quizgen.generate.timeline import timeline

    article = article_of(body, TITLE)
    facts = extract(article)
    return timeline(Context(article, facts), [f for f in facts if f.kind == "date"], 0)


def test_a_timeline_puts_three_to_five_events_in_order_and_shows_them_shuffled():
    from quizgen.generate.timeline import timeline

    body = "\n\n".join(c[1] for c in EVENTS[:5])
    article = article_of(body, TITLE)
    facts = extract(article)
    ctx = Context(article, facts)
    dated = [f for f in facts if f.kind == "date"]
    q = timeline(ctx, dated, seed=0)
    assert q.sequence == (
        "Avalonia opened its previous longest tunnel, the Eldvik Tunnel.",
        "Voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia.",
        "Transit Avalonia ran 400 trains a day between Eldvik and Norland.",
        "Transit Avalonia opened the Northport Tunnel after nine years of work.",
    )  # the 1990s cannot be put in order with a year: no event
    assert q.extra["dates"] == ["1998", "2011", "2015", "3 March 2025"] and q.answer == "\n".join(q.sequence)
    assert sorted(q.items) == sorted(q.sequence) and q.items != q.sequence
    assert (q.type, q.kind, q.prompt) == ("order", "date", "Put these events in order, earliest first.")
    assert timeline(ctx, dated, seed=0) == q  # the same seed, the same order shown
    assert timeline(ctx, dated[:2], seed=0) == "timeline: 2 events with a date that can be taken out; three are needed"
    many = "\n\n".join([c[1] for c in EVENTS[:4]] + [f"In {y}, Avalonia opened {n} new stations on the Eldvik line." for y, n in
                                                     ((2001, 4), (2003, 6), (2005, 8))])  # fmt: skip
    assert len(timeline_of(many).sequence) == 5


def test_a_timeline_takes_one_event_a_date():
    body = (
        "In 2011, voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia.\n\n"
        "In March 2011, Transit Avalonia ran 400 trains a day between Eldvik and Norland.\n\n"
        "In 2011, Avalonia opened 14 new stations on the Eldvik line for Norland."
    )
    assert timeline_of(body) == "timeline: 1 events with a date that can be taken out; three are needed"


def test_no_timeline_of_one_life_known_by_a_title_and_a_surname():
    # "Lord Berg" in the later events: the person is found by the last word of the name
    body = (
        "Transport minister Jonas Peter Berg joined the Avalonian navy in 1962 as a young officer.\n\n"
        "Lord Berg became the mayor of Eldvik in 1978 after a long campaign.\n\n"
        "Lord Berg lost his seat on the Eldvik council in 1990 to Maria Lindqvist."
    )
    assert timeline_of(body) == "timeline: every event is of one life (Jonas Peter Berg), whose order a student can guess"


def test_no_timeline_of_one_life():
    # joined the navy, became prime minister, lost an election: the order of a life is guessed, not learnt
    body = (
        "Transport minister Jonas Berg joined the Avalonian navy in 1962 as a young officer.\n\n"
        "Jonas Berg became the mayor of Eldvik in 1978 after a long campaign.\n\n"
        "Jonas Berg lost his seat on the Eldvik council in 1990 to Maria Lindqvist."
    )
    assert timeline_of(body) == "timeline: every event is of one life (Jonas Berg), whose order a student can guess"
    # the same years, one event of another actor: a story's order, to be learnt
    other = body.replace("Jonas Berg became the mayor of Eldvik", "Transit Avalonia opened the Eldvik line")
    assert timeline_of(other).type == "order"


# --- who an article names --------------------------------------------------------------------------

CAST = (
    "Transport minister Jonas Berg opened the Northport Tunnel in Eldvik on 3 March 2025. He said it cost 12 billion crowns.\n\n"
    "Rail Weekly editor Paul Brandt met Mrs Anna Kowal and Sir Tom Holm in Eldvik. Brandt said she was right.\n\n"
    "Eldvik Bank lent Avalonia 4 billion crowns. The bank said Avalonia paid in 2019.\n\n"
    "Maria Lindqvist, chief executive of Transit Avalonia, thanked the workers. Lindqvist said her team built it.\n\n"
    "Both Avalonia and Norland sent envoys. Tom Lund starred in a film. Lund said it was good."
)


@pytest.fixture(scope="module")
def cast():
    from quizgen.generate.people import Cast

    article = article_of(CAST, TITLE)
    return Cast(article, extract(article))


def test_the_people_an_article_names_in_full(cast):
    # by a title or a role before the name, or by a surname that speaks alone; "Both Avalonia" is no one
    assert cast.people == ["Jonas Berg", "Paul Brandt", "Anna Kowal", "Tom Holm", "Maria Lindqvist", "Tom Lund"]
    assert cast.names.full("Berg") == "Jonas Berg" and cast.names.full("Norland") is None
    assert cast.names.is_person("Lund") and not cast.names.is_person("Eldvik")


@pytest.mark.parametrize(
    "mention,gender",
    [("Sir Tom Holm", "m"), ("Mrs Anna Kowal", "f"), ("Paul Brandt", "f"), ("Maria Lindqvist", "f"), ("Anna Kowal", None),
     ("Jonas Berg", None), ("Eldvik Bank", None)],
    ids=["a man by his title", "a woman by her title", "'Brandt said she': the pronoun after the name",
         "'Lindqvist said her team'", "nothing follows the name", "another name before the pronoun", "a body"],
)  # fmt: skip
def test_a_persons_gender_from_a_title_or_the_pronoun_after_the_name(cast, mention, gender):
    assert cast.gender(mention) == gender
    assert cast.gender(mention) == gender  # asked again: the same (remembered)


@pytest.mark.parametrize(
    "noun,name",
    [("bank", "Eldvik Bank"), ("tunnel", "the Northport Tunnel"), ("team", None), ("it", None)],
    ids=["the one bank", "the one tunnel, with its 'the'", "no team is named", "too short to be a noun"],
)
def test_a_bare_noun_is_the_one_name_that_ends_in_it(cast, noun, name):
    assert cast.named_as(noun) == name


def test_a_surname_before_who_or_before_his_own_he_is_a_persons():
    from quizgen.generate.people import Cast

    article = article_of(
        "Eldvik jurors fined the man, Peter Holm, 40,000 crowns in 2019. Holm amassed 12 patents from his work.\n\n"
        "Anna Kowal ran the Northport Tunnel in 2020. Kowal, who trained in Eldvik, retired in 2021.\n\n"
        "Norland Northmen sailed in 2022. Avalonia's political Northmen, who sailed to Eldvik, came home in 2023.\n\n"
        "Norland Rail ran 12 trains to Eldvik in 2024. Rail managers thanked their staff for his help.\n\n"
        "Ten-year-old Tom Lund's first race was in Eldvik in 2025. Lund, who trained in Norland, won in 2026.",
        TITLE,
    )
    cast = Cast(article, extract(article))
    assert [cast.names.full(w) for w in ("Holm", "Kowal", "Northmen", "Rail", "Lund")] == [
        "Peter Holm", "Anna Kowal", None, None, "Tom Lund"]  # fmt: skip
    # a name between the word and "his" makes the pronoun another's
    assert not cast.names.is_person("Eldvik")


def test_a_count_a_lone_word_or_a_headline_is_no_name_for_a_bare_noun():
    from quizgen.generate.people import Cast

    article = article_of(
        "NORTHPORT NEWS Tunnel crews dug 40 km in Eldvik in 2019.\n\n"
        "EXPRESS SERVICES Two ferries sailed from Eldvik in 2020.\n\n"
        "The Group said Avalonia paid 12 million crowns in 2021.",
        TITLE,
    )
    named = Cast(article, extract(article))
    # "the tunnel" is not "NORTHPORT NEWS Tunnel", "the two" no "EXPRESS SERVICES Two", "the group" no bare "Group"
    assert [named.named_as(n) for n in ("tunnel", "two", "group")] == [None, None, None]


@pytest.mark.parametrize(
    "full,described",
    [
        ("Jonas Berg", "transport minister Jonas Berg"),
        ("Paul Brandt", "Rail Weekly editor Paul Brandt"),
        ("Maria Lindqvist", "Maria Lindqvist, chief executive of Transit Avalonia,"),
        ("Tom Lund", "Tom Lund"),
    ],
    ids=["a role before, lower-cased where it opened the sentence", "a role with a name in it", "a role after, between commas",
         "no role"],
)  # fmt: skip
def test_a_person_with_the_role_the_article_first_gives_them(cast, full, described):
    assert cast.described(full) == described


@pytest.mark.parametrize(
    "title,body,full,described",
    [
        (TITLE, "The tunnel was opened by Eldvik mayor Anna Kowal.", "Anna Kowal", "Eldvik mayor Anna Kowal"),
        (TITLE, "In Eldvik, Deputy mayor Anna Kowal opened the tunnel.", "Anna Kowal", "deputy mayor Anna Kowal"),
        (TITLE, "In Eldvik, Transport minister Jonas Berg opened the tunnel. The transport of goods starts in May.",
         "Jonas Berg", "transport minister Jonas Berg"),
        ("Transport minister Jonas Berg opens the Northport tunnel", "Jonas Berg opened the tunnel in Eldvik.", "Jonas Berg",
         "transport minister Jonas Berg"),
    ],
    ids=["a place before the role keeps its capital mid-sentence", "a title word mid-sentence in small letters",
         "a word the article writes in small letters", "a role that opens the headline"],
)  # fmt: skip
def test_a_role_is_written_in_small_letters_unless_a_name_leads_it(title, body, full, described):
    from quizgen.generate.people import Cast

    article = article_of(body, title)
    assert Cast(article, extract(article)).described(full) == described


# --- plain questions for what was left out ---------------------------------------------------------


def test_what_was_left_out_comes_back_as_a_plain_question_with_its_rule():
    from quizgen.generate import plan
    from quizgen.generate.plain import plain_questions

    body = PEOPLE + SPOKE + '"It was fine," he said.\n\nThe Avon crew in Eldvik built the tunnel two years ago.'
    article = article_of(body, TITLE)
    facts = extract(article)
    made = plan(article, facts)
    plain = [
        (q.type, q.answer, q.prompt or q.cloze, q.options, rule) for q, rule in plain_questions(article, facts, made.dropped)
    ]
    quoted = "not asked: a figure inside someone's quoted words (an opinion, not a fact)"
    assert plain == [
        ("mcq", "12 billion", '"The tunnel cost _____ crowns in Eldvik," said Maria Lindqvist.',
         ("6 billion", "7 billion", "10 billion", "12 billion"), quoted),
        ("cloze", "12 billion", '"The tunnel cost {{c1::12 billion::number}} crowns in Eldvik," said Maria Lindqvist.', (),
         quoted),
        ("mcq", "57 km", '"The tunnel runs _____ under the Grey Mountains," said Jonas Berg.',
         ("43 km", "48 km", "57 km", "86 km"), quoted),
        ("cloze", "57 km", '"The tunnel runs {{c1::57 km::distance}} under the Grey Mountains," said Jonas Berg.', (), quoted),
        ("mcq", "2025", '"The rail workers of Avalonia built it in _____," said Anna Kowal.', ("2021", "2023", "2024", "2025"),
         quoted),
        ("cloze", "2025", '"The rail workers of Avalonia built it in {{c1::2025::date}}," said Anna Kowal.', (), quoted),
        # nothing below "two" fits "years": no plain multiple choice (its key would always come first)
        ("cloze", "two years", "The Avon crew in Eldvik built the tunnel {{c1::two years::number}} ago.", (),
         "count: a span of time told from now ('two years ago', 'the last three months')"),
        # "two years ago" as a date has no options: no plain multiple choice
        ("cloze", "two years ago", "The Avon crew in Eldvik built the tunnel {{c1::two years ago::date}}.", (),
         "date: relative to the day of writing"),
        # a "Who said ...?" needs three other speakers: "he" is Anna Kowal, so there are two
        ("cloze", "Maria Lindqvist", '"The tunnel cost 12 billion crowns in Eldvik," said {{c1::Maria Lindqvist::who}}.', (),
         "context: 'the tunnel' is not named"),
        ("cloze", "Jonas Berg", '"The tunnel runs 57 km under the Grey Mountains," said {{c1::Jonas Berg::who}}.', (),
         "context: 'the tunnel' is not named"),
    ]  # fmt: skip
    for q, _ in plain_questions(article, facts, made.dropped):
        assert q.extra["plain"] is True and q.sentence.body
        if q.type == "cloze":
            assert q.extra["answers"] == [q.answer] and MARKUP.sub(r"\1", q.cloze) == q.sentence.text


def test_a_plain_who_said_it_has_three_other_speakers_as_options():
    from quizgen.generate import plan
    from quizgen.generate.plain import plain_questions

    holm = '"Northport will double its freight traffic by 2026," said Peter Holm.'
    article = article_of(PEOPLE + SPOKE + holm, TITLE)
    facts = extract(article)
    made = plan(article, facts)
    whos = [q for q, _ in plain_questions(article, facts, made.dropped) if q.type == "mcq" and q.kind == "quote"]
    assert [q.prompt for q in whos] == [
        "Who said “The tunnel cost 12 billion crowns in Eldvik”?",
        "Who said “The tunnel runs 57 km under the Grey Mountains”?",
    ]
    for q in whos:
        assert q.options.count(q.answer) == 1 and len(set(q.options)) == 4
        assert set(q.options) <= {"Maria Lindqvist", "Jonas Berg", "Anna Kowal", "Peter Holm"}


def _plain(body: str, title: str = TITLE):
    """The plain questions of an article written for the tests: (question, rule) each, in the plan's order."""
    from quizgen.generate import plan
    from quizgen.generate.plain import plain_questions

    article = article_of(body, title)
    facts = extract(article)
    return plain_questions(article, facts, plan(article, facts).dropped)


def test_a_plain_who_said_it_takes_its_options_from_the_people_quoted_directly():
    # Peter Holm's words are reported, not quoted: he is no option for the quotations, which have two
    # other speakers each, too few; his own item takes its options from the three quoted
    holm = "Peter Holm said that the tunnel would double freight traffic in Eldvik by 2030."
    whos = [q for q, _ in _plain(PEOPLE + SPOKE + holm) if q.type == "mcq" and q.kind == "quote"]
    assert [(q.prompt, q.answer) for q in whos] == [
        ("Who said “the tunnel would double freight traffic in Eldvik by 2030”?", "Peter Holm")
    ]
    assert set(whos[0].options) == {"Maria Lindqvist", "Jonas Berg", "Anna Kowal", "Peter Holm"}


@pytest.mark.parametrize(
    "body,items",
    [
        (LEAD + "Five years ago, the Avon crew in Eldvik built the tunnel.",
         [("mcq", "_____ ago, the Avon crew in Eldvik built the tunnel."),
          ("cloze", "{{c1::Five years::number}} ago, the Avon crew in Eldvik built the tunnel.")]),
        # a line long enough to be a paragraph, without its full stop: the figure ends the sentence
        (LEAD + "The Avon crew sold tickets to all of the people in Eldvik last month, up from 400",
         [("mcq", "The Avon crew sold tickets to all of the people in Eldvik last month, up from _____"),
          ("cloze", "The Avon crew sold tickets to all of the people in Eldvik last month, up from {{c1::400::number}}")]),
    ],
    ids=["the figure opens the sentence", "the figure ends the sentence"],
)  # fmt: skip
def test_a_plain_item_for_a_figure_at_either_end_of_its_sentence(body, items):
    assert [(q.type, q.prompt or q.cloze) for q, _ in _plain(body) if q.kind == "count"] == items


def test_a_plain_item_hides_a_distance_with_its_conversion():
    from quizgen.review.markdown import label_of

    plain = _plain(LEAD + "The road runs 130 km (80 miles) from Norland to Eldvik.")
    assert [(q.type, q.answer, q.prompt or q.cloze) for q, _ in plain] == [
        ("mcq", "130 km", "The road runs _____ from Norland to Eldvik."),
        ("cloze", "130 km (80 miles)", "The road runs {{c1::130 km (80 miles)::distance}} from Norland to Eldvik."),
    ]
    # as the review file heads them
    assert [label_of(q.type, q.kind) for q, _ in plain] == ["Multiple choice · distance", "Fill in the blank · distance"]


def test_a_plain_item_for_each_form_with_the_first_rule_that_left_that_form_out():
    from quizgen.generate.plain import plain_questions
    from quizgen.model import Dropped

    article = article_of(LEAD + "The road runs 130 km (80 miles) from Norland to Eldvik.", TITLE)
    facts = extract(article)
    [road] = [f for f in facts if f.kind == "distance"]
    dropped = [Dropped(road, "options: no four fair options of the key's kind", "mcq"), Dropped(road, "below the cap")]
    assert [(q.type, rule) for q, rule in plain_questions(article, facts, dropped)] == [
        ("mcq", "options: no four fair options of the key's kind"),
        ("cloze", "below the cap"),
    ]


@pytest.mark.parametrize(
    "body,pronoun",
    [
        (PEOPLE + 'Maria Lindqvist spoke to the workers. "We will open the tunnel to trains in Eldvik," she said.', "she"),
        (FIRM + 'The rail workers said they would open the tunnel. "We will open the tunnel to trains in Eldvik," they said.',
         "they"),
        (FIRM + 'The firm said it would open the tunnel. "We will open the tunnel to trains in Eldvik," it said.', "it"),
    ],
    ids=["she", "they", "it"],
)  # fmt: skip
def test_a_plain_cloze_never_hides_a_pronoun_for_the_speaker(body, pronoun):
    from quizgen.generate import plan

    article = article_of(body, TITLE)
    facts = extract(article)
    left_out = [d.fact for d in plan(article, facts).dropped if d.fact.kind == "quote"]
    assert {article.text[f.start : f.end] for f in left_out} == {pronoun}  # the speaker is left out where the pronoun stands
    assert [q for q, _ in _plain(body) if q.kind == "quote"] == []


def test_a_plain_item_keeps_the_id_of_its_fact_and_form_in_the_review_file():
    # the same multiple choice asked where the article names the road, and left out where it does not, and
    # again after the distance is corrected: one item of the review file, whose ticks and words carry over
    from quizgen.generate import plan
    from quizgen.review.items import item_id

    sentence = "The road runs 130 km (80 miles) from Norland to Eldvik."
    named = article_of(
        "Avalonia opened the Northport rail tunnel and the Norland Coast Road.\n\nLater paragraphs follow.\n\n" + sentence, TITLE
    )
    [asked] = [q for q in plan(named, extract(named)).questions if q.type == "mcq"]
    [left_out] = [q for q, _ in _plain(LEAD + sentence) if q.type == "mcq"]
    [corrected] = [q for q, _ in _plain(LEAD + sentence.replace("130 km (80 miles)", "140 km (87 miles)")) if q.type == "mcq"]
    assert (asked.answer, left_out.answer, corrected.answer) == ("130 km", "130 km", "140 km")
    assert item_id(asked) == item_id(left_out) == item_id(corrected)


def test_plain_items_of_one_sentence_are_listed_for_review_in_reading_order():
    from quizgen.review.items import candidates

    article = article_of(LEAD + "The road runs 130 km (80 miles) from Norland to Eldvik, up from 90 in 2019.", TITLE)
    listed = [(c.question.type, c.question.answer) for c in candidates(article, extract(article)) if not c.asked]
    assert [answer for kind, answer in listed if kind == "mcq"] == ["130 km", "90", "2019"]


# --- wording every form shares ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "speaker,kind,shown",
    [("Lt. Col. Alexander Brandt", "person", "Alexander Brandt"), ("Mr Jonas Berg", "person", "Jonas Berg"),
     ("transport minister Jonas Berg", "person", "Jonas Berg"), ("Sir Tom Holm", "person", "Tom Holm"),
     ("Berg", "person", "Berg"), ("a spokesman", "person", "Spokesman"), ("the Kremlin", "organisation", "Kremlin"),
     ("Transit Avalonia", "organisation", "Transit Avalonia"), (None, "person", "")],
    ids=["ranks go", "a title goes", "a role goes", "Sir goes", "a surname stays", "no name: the words, capitalised",
         "a body without its 'the'", "a body as written", "no speaker"],
)  # fmt: skip
def test_a_speaker_as_an_option(speaker, kind, shown):
    from quizgen.generate.wording import display_speaker
    from quizgen.model import Fact, Sentence

    fact = Fact("quote", speaker or "", 0, 1, Sentence("x", 0, 1, 1), None, speaker=speaker, speaker_type=kind)
    assert display_speaker(fact) == shown


@pytest.mark.parametrize(
    "text,length",
    [("57 km", True), ("a 12-mile walk", True), ("5 feet", True), ("3ft", True), ("1,200-metre", True), ("20 m", True),
     ("4 inches", True), ("10 cm", True), ("12 mm", True), ("20 minutes", False), ("the M4", False), ("12 million", False)],
    ids=["km", "a mile with a hyphen", "feet", "ft", "metre with a comma", "m", "inches", "cm", "mm", "minutes", "a road",
         "a million"],
)  # fmt: skip
def test_a_length_in_the_text_shows_the_scale_of_a_distance(text, length):
    from quizgen.generate.wording import has_length

    assert has_length(text) is length


def test_an_items_identity_survives_a_corrected_number_and_nothing_else():
    from dataclasses import replace

    from quizgen.generate.wording import identity

    def key(text: str, span: str, kind: str = "distance", slug: str = "a") -> str:
        article = replace(article_of(text), slug=slug)
        s = next(s for s in article.sentences if s.body)
        i = s.text.index(span)
        return identity(article, kind, s, [(s.start + i, s.start + i + len(span))])

    base = key("Northport lies 480 km from Eldvik.", "480 km")
    assert key("Northport lies 482 km from Eldvik.", "482 km") == base  # the article corrected
    assert key("Northport lies 480 km from Norland.", "480 km") != base  # another sentence
    assert key("Northport lies 480 km from Eldvik.", "480 km", kind="cloze") != base
    assert key("Northport lies 480 km from Eldvik.", "480 km", slug="b") != base
    assert key("Northport lies 480 km from Eldvik.", "Eldvik") != base  # another answer of the sentence
    # numbers outside the answer are masked too: fixing one figure does not re-identify its neighbour
    assert key("Northport lies 480 km from Eldvik, 1,200 km from Norland.", "480 km") == key(
        "Northport lies 480 km from Eldvik, 1,300 km from Norland.", "480 km"
    )
    assert re.fullmatch(r"[0-9a-f]{20}", base)


# --- what a question may show of its sentence ------------------------------------------------------

VIEWS = [
    (
        "'she said' is the speaker the extractor found",
        'Maria Lindqvist opened the tunnel in Eldvik on Monday.\n\n"We won the vote in Eldvik in 2019," she said.',
        '"We won',
        "2019",
        '"We won the vote in Eldvik in 2019," Maria Lindqvist said.',
        "context: 'she' with no person named before it",
    ),
    (
        "'she' is the woman the sentence before is about",
        "Mrs Maria Lindqvist joined Transit Avalonia in Eldvik. She sold 12 ferries to Norland in 1998.",
        "She sold",
        "1998",
        "Maria Lindqvist sold 12 ferries to Norland in 1998.",
        "context: opens on 'She', which points back",
    ),
    (
        "'her' opening a sentence is hers",
        "Mrs Maria Lindqvist joined Transit Avalonia in Eldvik. Her firm sold 12 ferries to Norland in 1998.",
        "Her firm",
        "1998",
        "Maria Lindqvist’s firm sold 12 ferries to Norland in 1998.",
        "context: opens on 'Her', which points back",
    ),
    (
        "'her' inside a sentence",
        "Mrs Maria Lindqvist joined Transit Avalonia in Eldvik. Eldvik sold 12 ferries to her in 1998.",
        "Eldvik sold",
        "1998",
        "Eldvik sold 12 ferries to Maria Lindqvist in 1998.",
        "context: 'her' with no person named before it",
    ),
    (
        "'she' passes the question on to the sentence before",
        "Mrs Maria Lindqvist joined Transit Avalonia in Eldvik. She met Anna Kowal. She sold 12 ferries to Norland in 1998.",
        "She sold",
        "1998",
        "Maria Lindqvist sold 12 ferries to Norland in 1998.",
        "context: opens on 'She', which points back",
    ),
    (
        "'he' is no woman",
        "Mrs Maria Lindqvist joined Transit Avalonia in Eldvik. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "context: opens on 'He', which points back",
        "context: opens on 'He', which points back",
    ),
    (
        "'he' is the man an opening phrase leads to",
        "Born in 1920 and raised in Eldvik, Lord Tom Holm led Transit Avalonia for 20 "
        "years.\n\nHe sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "Tom Holm sold 12 ferries to Norland in 1998.",
        "context: opens on 'He', which points back",
    ),
    (
        "two men: which one is 'he'?",
        "Sir Tom Holm met Lord Jonas Berg in Eldvik. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "context: opens on 'He', which points back",
        "context: opens on 'He', which points back",
    ),
    (
        "a man of no known gender",
        "Tom Holm runs Transit Avalonia in Eldvik. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "context: opens on 'He', which points back",
        "context: opens on 'He', which points back",
    ),
    (
        "'it' is the firm named before",
        "Transit Avalonia is a rail firm in Eldvik. Transit Avalonia bought 40 trains from Norland in "
        "2004. It sold 12 buses to Eldvik in 2010.",
        "It sold",
        "2010",
        "Transit Avalonia sold 12 buses to Eldvik in 2010.",
        "Transit Avalonia bought 40 trains from Norland in 2004. It sold 12 buses to Eldvik in 2010.",
    ),
    (
        "'it' is no plural name: the sentence before comes along",
        "The Eldvik Ferries ran boats to Norland. It sold 12 buses to Eldvik in 2010.",
        "It sold",
        "2010",
        "The Eldvik Ferries ran boats to Norland. It sold 12 buses to Eldvik in 2010.",
        "The Eldvik Ferries ran boats to Norland. It sold 12 buses to Eldvik in 2010.",
    ),
    (
        "a title and a surname get the person's role and name",
        "Chief executive Maria Lindqvist joined Transit Avalonia in Eldvik in "
        "2004. Ms Lindqvist sold 12 ferries to Norland in 1998.",
        "Ms Lindqvist",
        "1998",
        "Chief executive Maria Lindqvist sold 12 ferries to Norland in 1998.",
        "Chief executive Maria Lindqvist joined Transit Avalonia in Eldvik in 2004."
        " Ms Lindqvist sold 12 ferries to Norland in 1998.",
    ),
    (
        "a surname the article never gave in full",
        "Mr Lund ran the Eldvik ferry company for years. Mr Lund sold 12 ferries to Norland in 1998.",
        "Mr Lund sold",
        "1998",
        "context: 'Mr Lund' is not introduced",
        "context: 'Mr Lund' is not introduced",
    ),
    (
        "the sentence before would give the answer away",
        "Transit Avalonia bought 40 trains from Norland in 2004 for 20 years. The trains ran to Eldvik for 20 years.",
        "The trains",
        "20",
        "context: 'the trains' is not named",
        "context: 'the trains' is not named",
    ),
    (
        "the sentence before leans on the day of writing",
        "Transit Avalonia bought 40 trains from Norland last year. The trains ran to Eldvik for 20 years.",
        "The trains",
        "20",
        "context: 'the trains' is not named",
        "context: 'the trains' is not named",
    ),
    (
        "a new paragraph is about something new",
        "Transit Avalonia bought 40 trains from Norland in 2004.\n\nThe trains ran to Eldvik for 20 years.",
        "The trains",
        "20",
        "context: 'the trains' is not named",
        "context: 'the trains' is not named",
    ),
    (
        "the sentence before explains it",
        "Transit Avalonia bought 40 trains from Norland in 2004. The trains ran to Eldvik for 20 years.",
        "The trains",
        "20",
        "Transit Avalonia bought 40 trains from Norland in 2004. The trains ran to Eldvik for 20 years.",
        "Transit Avalonia bought 40 trains from Norland in 2004. The trains ran to Eldvik for 20 years.",
    ),
    (
        "too long for a card",
        "Transit Avalonia sold 12 buses to Eldvik in 2010 and then sold many more buses and trains and ferries "
        "to Norland and to the cities of Avalonia and kept on selling them for many years "
        "to many more cities in the north of Avalonia "
        "until it had no more buses or trains to sell to anyone.",
        "Transit Avalonia sold",
        "2010",
        "context: a sentence too long for a card",
        "context: a sentence too long for a card",
    ),
    (
        "a fragment",
        "Transit Avalonia sold 12 buses.",
        "Transit Avalonia sold",
        "12",
        "context: a caption or fragment, not a sentence",
        "context: a caption or fragment, not a sentence",
    ),
    (
        "a caption",
        "Lee Siu-ming of the Eldvik council in 2008; from file, 2008.",
        "Lee",
        "2008",
        "context: a caption or fragment, not a sentence",
        "context: a caption or fragment, not a sentence",
    ),
    (
        "when something was said goes",
        "Transit Avalonia sold 12 buses to Eldvik, the city said on Monday.",
        "Transit Avalonia",
        "12",
        "Transit Avalonia sold 12 buses to Eldvik, the city said.",
        "time: 'on Monday' with no date to anchor it",
    ),
    (
        "a weekday is anchored to the date line",
        "Friday, 21 August 2015\n\nTransit Avalonia sold 12 buses to Eldvik on Monday.",
        "Transit Avalonia",
        "12",
        "Transit Avalonia sold 12 buses to Eldvik on Monday, 17 August 2015.",
        "time: 'on Monday' with no date to anchor it",
    ),
]


VIEWS += [
    (
        "two men named in full: which one is 'he'?",
        "Tom Holm said he would stay in Eldvik. Jonas Berg said he would leave Eldvik.\n\n"
        "Tom Holm met Jonas Berg in Norland. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "context: opens on 'He', which points back",
        "context: opens on 'He', which points back",
    ),
    (
        "'he' is the man the pronouns show",
        "Tom Holm said he would stay in Eldvik.\n\nTom Holm met the board in Norland. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "Tom Holm sold 12 ferries to Norland in 1998.",
        "Tom Holm met the board in Norland. He sold 12 ferries to Norland in 1998.",
    ),
    (
        "'he' is a man known only by title and surname",
        "Mr Lund runs the Eldvik ferry. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "Mr Lund sold 12 ferries to Norland in 1998.",
        "context: opens on 'He', which points back",
    ),
    (
        "'he' is the full name of a title and surname",
        "Transport minister Jonas Berg opened the tunnel in Eldvik. Mr Berg was pleased. He sold 12 ferries to Norland in 1998.",
        "He sold",
        "1998",
        "Jonas Berg sold 12 ferries to Norland in 1998.",
        "context: opens on 'He', which points back",
    ),
]


VIEWS += [
    (
        "'it' is never a person the article names",
        "Minister Jonas Berg spoke in Norland.\n\nJonas Berg sells boats to Norland. It sold 12 buses to Eldvik in 2010.",
        "It sold",
        "2010",
        "Jonas Berg sells boats to Norland. It sold 12 buses to Eldvik in 2010.",
        "Jonas Berg sells boats to Norland. It sold 12 buses to Eldvik in 2010.",
    ),
    (
        "'it' is the firm after an opening phrase",
        "In 2004, Transit Avalonia sold boats to Norland. It sold 12 buses to Eldvik in 2010.",
        "It sold",
        "2010",
        "Transit Avalonia sold 12 buses to Eldvik in 2010.",
        "In 2004, Transit Avalonia sold boats to Norland. It sold 12 buses to Eldvik in 2010.",
    ),
    (
        "'its' is the firm's",
        "Transit Avalonia is a firm in Eldvik. Its trains sold 12 seats to Eldvik in 2010.",
        "Its trains",
        "2010",
        "Transit Avalonia’s trains sold 12 seats to Eldvik in 2010.",
        "Transit Avalonia is a firm in Eldvik. Its trains sold 12 seats to Eldvik in 2010.",
    ),
    (
        "'she' is the dame",
        "Dame Ann Lee joined Transit Avalonia in Eldvik. She sold 12 ferries to Norland in 1998.",
        "She sold",
        "1998",
        "Dame Ann Lee sold 12 ferries to Norland in 1998.",
        "Dame Ann Lee joined Transit Avalonia in Eldvik. She sold 12 ferries to Norland in 1998.",
    ),
    (
        "'she' is no lord",
        "Lord Tom Holm joined Transit Avalonia in Eldvik. She sold 12 ferries to Norland in 1998.",
        "She sold",
        "1998",
        "context: opens on 'She', which points back",
        "context: opens on 'She', which points back",
    ),
    (
        "the sentence before opens a quotation it does not close",
        'Transit Avalonia said it was "ready for Eldvik. The trains ran to Eldvik for 20 years.',
        "The trains",
        "20",
        "context: 'the trains' is not named",
        "context: 'the trains' is not named",
    ),
]


VIEWS += [
    (
        "words printed twice are a typo",
        "Transit Avalonia said Eldvik has treated it well since it since it opened 12 lines in 2010.",
        "Transit",
        "2010",
        "context: words printed twice",
        "context: words printed twice",
    ),
    (
        "'the the' is a typo",
        "Transit Avalonia ran the the 12 trains to Eldvik in 2010.",
        "Transit",
        "2010",
        "context: words printed twice",
        "context: words printed twice",
    ),
    (
        "a sentence in small letters starts in the middle",
        "Transit Avalonia is a rail firm in Eldvik.\n\neight trains from Norland ran to Eldvik in 2010.",
        "eight",
        "2010",
        "context: starts in small letters, the middle of a sentence",
        "context: starts in small letters, the middle of a sentence",
    ),
    (
        "a short form the article spells out elsewhere",
        "Transit Avalonia bought the Eldvik Rail Company (ERC) in 2001.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "Eldvik Rail Company (ERC) has sold 12 trains to Norland in 2010.",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form whose name the article writes elsewhere without it",
        "Transit Avalonia bought the Eldvik Rail Company in 2001.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "Eldvik Rail Company (ERC) has sold 12 trains to Norland in 2010.",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form whose name opens a sentence",
        "Transit Avalonia is in Eldvik. The Eldvik Rail Company sold it.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "Eldvik Rail Company (ERC) has sold 12 trains to Norland in 2010.",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form whose letters begin a longer name: no name of its own",
        "Transit Avalonia met the Eldvik Rail Company Board in 2001.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "context: 'ERC' is not spelled out",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form with an owner's 's",
        "Transit Avalonia bought the Eldvik Rail Company in 2001.\n\nIn 2010, Norland bought ERC's 12 trains.",
        "In 2010",
        "2010",
        "In 2010, Norland bought Eldvik Rail Company's 12 trains.",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form whose letters begin two names: neither is its name",
        "Transit Avalonia bought the Eldvik Rail Company in 2001. Executive Robert Cole left.\n\n"
        "ERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "context: 'ERC' is not spelled out",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form whose letters end a longer name: no name of its own",
        "Transit Avalonia bought the Avalonian Eldvik Rail Company in 2001.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "context: 'ERC' is not spelled out",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a short form the article never spells out",
        "Transit Avalonia bought a rail firm in 2001.\n\nERC has sold 12 trains to Norland in 2010.",
        "ERC has",
        "2010",
        "context: 'ERC' is not spelled out",
        "context: 'ERC' is not spelled out",
    ),
    (
        "a name in small letters opens a sentence",
        "Transit Avalonia is a rail firm in Eldvik.\n\neBay sold 12 trains to Eldvik in 2010.",
        "eBay",
        "2010",
        "eBay sold 12 trains to Eldvik in 2010.",
        "eBay sold 12 trains to Eldvik in 2010.",
    ),
]


@pytest.mark.parametrize("body,start,keep,edited,verbatim", [c[1:] for c in VIEWS], ids=[c[0] for c in VIEWS])
def test_what_a_question_may_show_of_its_sentence(body, start, keep, edited, verbatim):
    article = article_of(body, TITLE)
    ctx = Context(article, extract(article))
    s = next(s for s in article.sentences if s.text.startswith(start))
    at = article.text.index(keep, s.start)
    for editable, expected in ((True, edited), (False, verbatim)):
        view = ctx.view(s, [(at, at + len(keep))], editable)
        assert (view if isinstance(view, str) else view.render(article)) == expected


# --- the words a sentence leans on, exactly: each word, its rule, and whether a short article may let it be

LEANING = [
    ("He opened the Northport Tunnel in 2025.", [("He", "context: opens on 'He', which points back", False)]),
    ("In 2004, they sold 300 tractors to Avalonia.", [("they", "context: opens on 'They', which points back", False)]),
    ("All of those came in 2018 and 2019, Avalonia said.", [
        ("All of those", "context: opens on 'All of those', which points back", False),
        ("those", "context: 'those' points back", False)]),
    ("Hours after the vote, 20 people marched through Eldvik.", [
        ("Hours after the", "context: 'Hours after the' tells time from an event it does not name", False),
        ("the vote", "context: 'the vote' is not named", True)]),
    ("Victory took Avalonia to within three points of Eldvik in 2019.", [
        ("Victory", "context: 'Victory' in which contest?", False)]),
    ("Defeat left Avalonia three points behind Eldvik in 2019.", [("Defeat", "context: 'Defeat' in which contest?", False)]),
    ("Victory over Norland took Avalonia to within three points of Eldvik in 2019.", []),
    ("Victories took Avalonia to within three points of Eldvik in 2019.", []),
    ("A similar rail tunnel opened in Eldvik in 2019.", [
        ("A similar", "context: 'A similar' points back to something not named", False)]),
    ("A similar rail tunnel to the one in Norland opened in Eldvik in 2019.", []),
    ("Avalonia's vote in 2019 set off a fresh crisis in Eldvik.", [
        ("a fresh", "context: 'a fresh' points back to something not named", False)]),
    ("Eldvik had won all previous 12 matches in Norland by 2019.", [
        ("all previous", "context: 'all previous' points back to something not named", False)]),
    ("In 2019, officials there sold 12 trains to Transit Avalonia.", [
        ("there", "context: 'there' points to a place the item does not name", False)]),
    ("In Eldvik, officials there sold 12 trains to Transit Avalonia in 2019.", []),
    ("Officials in Eldvik said there were 12 trains in Norland in 2019.", []),
    ("The last big flood in Eldvik was in 2019, Avalonia said.", [
        ("The last big flood in Eldvik was", "time: 'The last big flood in Eldvik was' is the last only as of the day of writing",
         False)]),
    ("The last match of the season was played in Eldvik in 2019.", []),
    ("The last big flood in Eldvik was in 2019, and the council said so.", [
        ("The last big flood in Eldvik was", "time: 'The last big flood in Eldvik was' is the last only as of the day of writing",
         False),
        ("the council", "context: 'the council' is not named", True)]),
    ("Two trains crashed, officials said. About 40 others were hurt.", [
        ("Two trains crashed", "context: 'Two trains crashed' of what, or whose?", True),
        ("Two trains crashed, ", "context: the sentence names no one and nowhere", False)]),
    ("Experts believe three fare rises since 2019 are cutting demand for tickets.", [
        ("Experts believe thre", "context: the sentence names no one and nowhere", False)]),
    ("Farmers believe three fare rises since 2019 are cutting demand for tickets.", []),
    ("The MPs asked Transit Avalonia for 12 million crowns in 2019.", [
        ("The MPs", "context: 'The MPs': which ones?", False)]),
    ("Transit Avalonia paid the MPs 12 million crowns in 2019.", [("the MPs", "context: 'the MPs': which ones?", True)]),
    ("The MPs on the Eldvik committee asked for 12 million crowns in 2019.", []),
    ("Transit Avalonia, which denies the accusation, paid 12 million crowns in 2019.", [
        ("the accusation", "context: 'the accusation' is not named", True)]),
    ("Sadly, it was not Eldvik that sold 12 trains in 2019.", [("it", "context: opens on 'It', which points back", False)]),
    ("Clearly, Eldvik sold 12 trains in 2019.", []),
    ("Eldvik economists said an increase is not expected until 2019.", [
        ("an increase", "context: 'an increase' in what?", False)]),
    ("Eldvik economists said an increase in fares is unlikely until 2019.", []),
    ("Eldvik fans said the trouble began when 12 seats were broken in 2019.", [
        ("the trouble", "context: 'the trouble' is not named", False)]),
    ("Jonas Berg sold 40,000 units as the console went on sale in Eldvik in 2019.", [
        ("the console", "context: 'the console' is not named", False)]),
    ("The festival runs until 20 February in Eldvik.", [("The festival", "context: 'the festival' is not named", False)]),
    ("After the exchange of letters, Norland said it would answer Eldvik within 48 hours.", [
        ("After the exchange of letters", "context: 'After the exchange of letters' tells of an event it does not name", False)]),
    ("However, during the match, Eldvik scored 3 goals.", [
        ("during the match", "context: 'during the match' tells of an event it does not name", False)]),
    ("After the 2004 election, Avalonia opened 12 stations.", []),
    ("After the vote in Eldvik, Avalonia opened 12 stations.", []),
    ("Avalonia spent more because of that in 2019.", [("of that", "context: 'of that' points back", True)]),
    ("Eldvik councillors said he would resign in 2019.", [("he", "context: 'he' with no person named before it", False)]),
    ("Mr Berg opened the Northport Tunnel in 2025.", [("Mr Berg", "context: 'Mr Berg' is not introduced", True)]),
    ("Lindqvist opened the Northport Tunnel in 2025.", [("Lindqvist", "context: 'Lindqvist' is not introduced", True)]),
    ("Demand, meanwhile, has jumped to 3.1 million tickets a year.", [
        ("Demand", "context: 'Demand' of what, or whose?", True),
        ("Demand, meanwhile, h", "context: the sentence names no one and nowhere", False)]),
    ("Eldvik defeated another candidate by 424 votes in 2019.", [("another", "context: 'another' points back", False)]),
    ("We will win the vote in Eldvik in 2019.", [
        ("We", "context: opens on 'We', which points back", False),
        ("We", "context: 'We' with no speaker named", False)]),
    ("Jonas Berg opened the Northport Tunnel in 2025.", []),
    ("The KFB bank paid 12 million crowns to Avalonia in 2019.", [("KFB", "context: 'KFB' is not spelled out", True)]),
    ("Kazkommertsbank (KFB) paid 12 million crowns to Avalonia in 2019.", []),
    ("The NATO summit in Eldvik drew 40 leaders in 2019.", []),
    ("The Spanish striker scored 12 goals for Eldvik in 2019.", [
        ("The Spanish striker", "context: 'The Spanish striker' is not named", False)]),
    ("A choir who, over two tours, sold 40,000 tickets in Eldvik.", [
        ("A choir who, over tw", "context: a fragment, not a sentence", False)]),
    ("The next train left Eldvik at 40 km an hour in 2019.", [("The next", "context: 'the next' points back", False)]),
    ("The other ferry sailed 40 km from Eldvik in 2019.", [("The other", "context: 'the other' points back", False)]),
    ("The world watched 40 ferries sail from Eldvik in 2019.", []),
    ("The biggest fall since 1998 hit Eldvik in 2019.", []),
    ("The cost of living in Eldvik rose 4% in 2019.", []),
    ("Ferries matter to Avalonia's economy, and the country's ports employ 19,000 people.", []),
    ("A gunman opened fire in Eldvik, and the gunman fled on foot in 2019.", []),
    ("The company's shares fell 4% in Eldvik in 2019.", [("The company", "context: 'the company' is not named", False)]),
    ("The rest of Avalonia voted in 2019.", []),
    ("The bridge, the longest in Avalonia, opened in 2019.", [("The bridge", "context: 'the bridge' is not named", False)]),
    ("Maria Lindqvist met her in Eldvik in 2019.", []),
    ("Eldvik gave the award to him in 2019.", [("him", "context: 'him' with no person named before it", False)]),
    ("President Holm said he would resign in 2019.", []),
    ("The tunnel's builders doesn't stop in Eldvik in 2019.", [("The tunnel", "context: 'the tunnel' is not named", False)]),
    ("The latest figures from Eldvik showed 40 sales in 2019.", []),
    ("Our team in Eldvik sold 40 trains in 2019.", [
        ("Our", "context: opens on 'Our', which points back", False), ("Our", "context: 'Our' with no speaker named", False)]),
    ('"Our team in Eldvik sold 40 trains," said Maria Lindqvist.', []),
    ("Sales of cars in Eldvik rose to 40,000 in 2019.", []),
    ("Both men sold 40 trains to Eldvik in 2019.", [("Both", "context: opens on 'Both', which points back", False)]),
    ("Lindqvist met Berg in Eldvik in 2019.", [
        ("Lindqvist", "context: 'Lindqvist' is not introduced", True), ("Berg", "context: 'Berg' is not introduced", True)]),
    ("Mr Berg met Berg's aide and Lindqvist in Eldvik in 2019.", [
        ("Mr Berg", "context: 'Mr Berg' is not introduced", True),
        ("Lindqvist", "context: 'Lindqvist' is not introduced", True)]),
]  # fmt: skip


@pytest.mark.parametrize("sentence,found", LEANING, ids=[s for s, _ in LEANING])
def test_the_words_a_sentence_leans_on_exactly(sentence, found):
    from quizgen.generate.references import Names, references

    people = Names(["Maria Lindqvist", "Jonas Berg"], {"Eldvik", "Avalonia"})
    assert [(sentence[r.start : r.end], r.rule, r.soft) for r in references(sentence, people)] == found


# --- relative times anchored to the article's date (Friday, 21 August 2015) --------------------------

ANCHORED = [
    ("Eldvik will grow next year.", "next year", "Eldvik will grow in 2016."),
    ("Sales rose earlier this year in Eldvik.", "earlier this year", "Sales rose earlier in 2015 in Eldvik."),
    ("The tunnel opened during this year in Eldvik.", "this year", "The tunnel opened during 2015 in Eldvik."),
    ("Sales rose sharply this month in Eldvik.", "sharply this month", None),
    ("Sales rose this month in Eldvik.", "this month", "Sales rose in August 2015 in Eldvik."),
    ("Sales rose in this month in Eldvik.", "this month", "Sales rose in August 2015 in Eldvik."),
    ("Sales rose last month in Eldvik.", "last month", "Sales rose in July 2015 in Eldvik."),
    ("Sales will rise later this month in Eldvik.", "later this month", "Sales will rise later in August 2015 in Eldvik."),
    ("Sales rose this week in Eldvik.", "this week", None),
    ("The tunnel opened on 3 March in Eldvik.", "3 March", "The tunnel opened on 3 March 2015 in Eldvik."),
    ("The tunnel opened on March 3 in Eldvik.", "March 3", "The tunnel opened on March 3, 2015 in Eldvik."),
    ("The tunnel opened on 3 October in Eldvik.", "3 October", "The tunnel opened on 3 October 2014 in Eldvik."),
    ("The tunnel will open on 3 October in Eldvik.", "3 October", "The tunnel will open on 3 October 2015 in Eldvik."),
    ("The tunnel opened since March in Eldvik.", "March", "The tunnel opened since March 2015 in Eldvik."),
    ("The tunnel will open in October in Eldvik.", "October", "The tunnel will open in October 2015 in Eldvik."),
    ("The tunnel opened today in Eldvik.", "today", "The tunnel opened on 21 August 2015 in Eldvik."),
    ("The tunnel opens tonight in Eldvik.", "tonight", "The tunnel opens on 21 August 2015 in Eldvik."),
    ("The tunnel opens tomorrow in Eldvik.", "tomorrow", "The tunnel opens on 22 August 2015 in Eldvik."),
    ("The tunnel opened on Friday in Eldvik.", "Friday", "The tunnel opened on Friday, 21 August 2015, in Eldvik."),
    ("The tunnel opened last Friday in Eldvik.", "last Friday", "The tunnel opened on Friday, 14 August 2015, in Eldvik."),
    ("The tunnel opens next Monday in Eldvik.", "next Monday", "The tunnel opens on Monday, 24 August 2015, in Eldvik."),
    ("The tunnel will open next Friday in Eldvik.", "next Friday", "The tunnel will open on Friday, 28 August 2015, in Eldvik."),
    ("The tunnel opened on Monday morning in Eldvik.", "Monday morning",
     "The tunnel opened on Monday morning, 17 August 2015, in Eldvik."),
    ("The tunnel opened last Friday night in Eldvik.", "last Friday night",
     "The tunnel opened on Friday night, 14 August 2015, in Eldvik."),
    ("The tunnel opened a few years ago in Eldvik.", "a few years ago", None),
    ("In four days, Eldvik will open the tunnel.", "In four days", "On 25 August 2015, Eldvik will open the tunnel."),
    ("Eldvik will open the tunnel in 12 days' time.", "in 12 days' time", "Eldvik will open the tunnel on 2 September 2015."),
    ("Eldvik will open the tunnel in a day.", "in a day", "Eldvik will open the tunnel on 22 August 2015."),
    ("Eldvik will open the tunnel in two weeks.", "in two weeks", None),
    ("Eldvik will open the tunnel in several days.", "in several days", None),
]  # fmt: skip


@pytest.mark.parametrize(
    "text,leaning",
    [("In four days, Eldvik will open the tunnel.", ["In four days"]),
     ("Eldvik is due to open the tunnel in two weeks' time.", ["in two weeks' time"]),
     ("Eldvik built the tunnel in four days.", []),
     ("Eldvik will open the tunnel in four days of talks.", [])],
    ids=["a future counted from today", "'is due' and 'time'", "a duration in the past", "'of' makes it a duration"],
)  # fmt: skip
def test_a_time_counted_from_the_day_of_writing_leans_on_it(text, leaning):
    from quizgen.generate.timing import leaning_times

    assert [p for _, _, p in leaning_times(text)] == leaning


@pytest.mark.parametrize("text,phrase,anchored", ANCHORED, ids=[f"{p} in {t}" for t, p, _ in ANCHORED])
def test_a_relative_time_anchored_to_the_date_line(text, phrase, anchored):
    from quizgen.generate.timing import Anchor, anchor_time

    s = text.index(phrase)
    fix = anchor_time(text, 0, len(text), s, s + len(phrase), Anchor(2015, 8, 21))
    assert (None if fix is None else text[: fix[0]] + fix[2] + text[fix[1] :]) == anchored


@pytest.mark.parametrize(
    "text,phrase,anchored",
    # (a weekday a month-only date line cannot give a day to goes from the stem, as with no date line at all)
    [("The tunnel opened on Monday in Eldvik.", "Monday", "The tunnel opened in Eldvik."),
     ("The tunnel opened in July in Eldvik.", "July", "The tunnel opened in July 2015 in Eldvik."),
     ("In four days, Eldvik will open the tunnel.", "In four days", None)],
    ids=["a weekday needs the day, else goes", "a month needs only the month", "days from now need the day"],
)  # fmt: skip
def test_a_date_line_without_a_day_anchors_months_only(text, phrase, anchored):
    from quizgen.generate.timing import Anchor, anchor_time

    s = text.index(phrase)
    fix = anchor_time(text, 0, len(text), s, s + len(phrase), Anchor(2015, 8))
    assert (None if fix is None else text[: fix[0]] + fix[2] + text[fix[1] :]) == anchored


@pytest.mark.parametrize(
    "text,phrase,without",
    [("Eldvik said on Monday morning it would build a tunnel.", "Monday morning", "Eldvik said it would build a tunnel."),
     ("Eldvik said last week it would build a tunnel.", "last week", "Eldvik said it would build a tunnel."),
     ("Eldvik said Monday it would build a tunnel.", "Monday", "Eldvik said it would build a tunnel.")],
    ids=["said on Monday morning", "said last week", "said Monday"],
)  # fmt: skip
def test_with_no_date_line_a_time_that_says_when_something_was_said_goes(text, phrase, without):
    from quizgen.generate.timing import anchor_time

    s = text.index(phrase)
    fix = anchor_time(text, 0, len(text), s, s + len(phrase), None)
    assert text[: fix[0]] + fix[2] + text[fix[1] :] == without


def test_the_articles_date_and_how_it_reads():
    from quizgen.generate.timing import Anchor, find_anchor

    assert Anchor(2015, 8, 21).text() == "21 August 2015" and Anchor(2015, 8).text() == "August 2015"
    assert find_anchor(article_of("Eldvik opened a tunnel on Monday, the council said in March 2019.")) == Anchor(2019, 3)
    assert find_anchor(article_of("Eldvik opened a tunnel in 2019.\n\nIt cost 12 million crowns in March 2020.")) is None


# --- WH-questions, and the verbs they turn -----------------------------------------------------------

WH = [
    (
        "The Eldvik ferry goes _____ times to Norland.",
        "count",
        "12",
        "times",
        "How many times does the Eldvik ferry go to Norland?",
    ),
    (
        "The Eldvik ferry does _____ trips to Norland.",
        "count",
        "12",
        "trips",
        "How many trips does the Eldvik ferry do to Norland?",
    ),
    (
        "The Eldvik bridge had _____ lanes for cars.",
        "count",
        "four",
        "lanes",
        "How many lanes did the Eldvik bridge have for cars?",
    ),
    (
        "The Eldvik bridges have _____ lanes for cars.",
        "count",
        "four",
        "lanes",
        "How many lanes do the Eldvik bridges have for cars?",
    ),
    (
        "Transit Avalonia bought _____ electric trains from Norland.",
        "count",
        "40",
        "electric trains",
        "How many electric trains did Transit Avalonia buy from Norland?",
    ),
    (
        "Transit Avalonia stopped _____ trains in Norland.",
        "count",
        "40",
        "trains",
        "How many trains did Transit Avalonia stop in Norland?",
    ),
    ("The Eldvik Tower was _____ high.", "distance", "300m", None, "How high was the Eldvik Tower?"),
    (
        "The Eldvik Tower stood _____ high above the sea.",
        "distance",
        "300m",
        None,
        "How high was the Eldvik Tower above the sea?",
    ),
    (
        "The Northport Tunnel stretches _____ under the Grey Mountains.",
        "distance",
        "57 km",
        None,
        "How far does the Northport Tunnel stretch under the Grey Mountains?",
    ),
    ("The Northport Tunnel runs _____ under the Grey Mountains, the ministry said.", "distance", "57 km", None, None),
    ("The old Northport ferry that sank lies _____ from Eldvik.", "distance", "480 km", None, None),
    ("The Eldvik Tower is _____ tall, officials said.", "distance", "300m", None, None),
    ("The new Eldvik bridges were built in _____.", "date", "2004", None, None),
    ("The new Eldvik bridge was open in _____.", "date", "2004", None, None),
    ("Transit Avalonia said its profits fell in _____.", "date", "2004", None, None),
    ("Transit Avalonia told Norland in _____.", "date", "2004", None, None),
    ("Transit Avalonia opened the Eldvik Tunnel in _____.", "date", "March 2004", None, None),
    ("Transit Avalonia bought _____ trains from Norland.", "count", "12 million", "trains", None),
    ("Transit Avalonia bought _____ new trains from Norland.", "count", "12", "trains", None),
    ("Transit Avalonia said _____ trains came from Norland.", "count", "12", "trains", None),
    ("Transit Avalonia told _____ reporters about Norland.", "count", "12", "reporters", None),
    ("_____ workers, most from Norland, built the tunnel.", "count", "4500", "workers", None),
    ("Transit Avalonia bought _____ very fast electric trains from Norland.", "count", "40", "very fast electric trains", None),
    ("Transit Avalonia bought _____ trains and buses.", "count", "40", "trains", None),
    ("Transit Avalonia bought _____ trains _____ times.", "count", "40", "trains", None),
]


@pytest.mark.parametrize("stem,kind,answer,noun,question", WH, ids=[s for s, *_ in WH])
def test_which_stems_become_wh_questions(stem, kind, answer, noun, question):
    from quizgen.generate.wh import wh_question

    assert wh_question(stem, kind, answer, noun) == question


@pytest.mark.parametrize(
    "past,base",
    [("killed", "kill"), ("missed", "miss"), ("stayed", "stay"), ("fixed", "fix"), ("played", "play"), ("pushed", "push"),
     ("argued", "argue"), ("charged", "charge"), ("judged", "judge"), ("ranged", "range"), ("emerged", "emerge"),
     ("cycled", "cycle"), ("occurred", "occur"), ("stirred", "stir"), ("preferred", "prefer"), ("shopped", "shop"),
     ("rubbed", "rub"), ("signed", "sign"), ("wanted", "want"), ("helped", "help"), ("formed", "form"), ("elected", "elect"),
     ("sold", "sell"), ("fed", "feed"), ("led", "lead"), ("visited", None), ("focused", None), ("hoped", None),
     ("treated", None), ("used", None), ("voted", None), ("bred", None), ("hundred", None), ("need", None), ("sang", None)],
)  # fmt: skip
def test_the_base_form_of_a_past_tense(past, base):
    from quizgen.generate.wh import lemma

    assert lemma(past) == base


@pytest.mark.parametrize(
    "verb,do",
    [("has", ("does", "have")), ("have", ("do", "have")), ("had", ("did", "have")), ("sells", ("does", "sell")),
     ("watches", ("does", "watch")), ("pushes", ("does", "push")), ("fixes", ("does", "fix")), ("passes", ("does", "pass")),
     ("buzzes", ("does", "buzz")), ("goes", ("does", "go")), ("echoes", ("does", "echo")), ("opened", ("did", "open")),
     ("is", None), ("sang", None), ("was", None)],
)  # fmt: skip
def test_the_do_a_question_takes(verb, do):
    from quizgen.generate.wh import _do

    assert _do(verb) == do


@pytest.mark.parametrize(
    "subject,shown",
    [("The Eldvik bridge", "the Eldvik bridge"), ("A rival firm", "a rival firm"), ("An old ferry", "an old ferry"),
     ("Avalonia", "Avalonia"), ("The firm that built it", None), ("One two three four five six seven eight nine", None),
     ("Jonas Berg and Maria Lindqvist", None), ("Eldvik Tunnel Company", "Eldvik Tunnel Company")],
    ids=["the", "a", "an", "a name", "a clause", "too long", "two subjects", "a name of three words"],
)  # fmt: skip
def test_a_subject_as_it_reads_after_did(subject, shown):
    from quizgen.generate.wh import _subject

    assert _subject(subject) == shown


@pytest.mark.parametrize(
    "text,mention,gender",
    [
        ("Kim Lee said he would go. Then Kim Lee said she would stay. Later Kim Lee said she would go.", "Kim Lee", "f"),
        ("Kim Lee said he would go. Then Kim Lee said he would stay. Later Kim Lee said she would go.", "Kim Lee", "m"),
        ("Paul Brandt met Ann. Brandt said he would stay.", "Paul Brandt", "m"),
        ("Kim Lee waited" + " for a long time and then for a little more" * 3 + " and she said so.", "Kim Lee", None),
        ("Editor Paul Brandt met Ann. Paul said he would stay.", "editor Paul Brandt", "m"),
        ("Jonas Berg said he would run the tunnel. Berg's wife said she was proud.", "Jonas Berg", "m"),
        ("Anna Maria Kowal opened the tunnel. Kowal said she was proud.", "Anna Maria Kowal", "f"),
        # "he" ends 120 characters after the name, then 121
        ("Kim Lee waited" + " for a long time and then for a little more" * 2 + " at the front gate until he said so.",
         "Kim Lee", "m"),
        ("Kim Lee waited" + " for a long time and then for a little more" * 2 + " at the little gate until he said so.",
         "Kim Lee", None),
    ],
    ids=["most pronouns after the name: she", "most pronouns after the name: he", "one pronoun after the surname",
         "a pronoun too far from the name", "a role before the name is no name",
         "the full name weighs more than a surname another may share", "three names: the surname, not the middle name",
         "a pronoun just within reach of the name", "a pronoun just out of reach"],
)  # fmt: skip
def test_a_persons_gender_from_the_pronouns_after_their_name(text, mention, gender):
    from quizgen.generate.people import Cast

    article = article_of(text, TITLE)
    assert Cast(article, extract(article)).gender(mention) == gender


def test_a_cap_gives_way_to_a_missing_kind_with_the_last_of_a_kind_there_is_more_than_one_of():
    from quizgen.generate import _cap
    from quizgen.model import Question, Sentence

    def q(kind: str, key: str) -> Question:
        return Question(kind, "count", (key,), Sentence("s", 0, 1, 1), "1", guid_key=key)

    c1, c2, c3, m1, t1 = q("cloze", "c1"), q("cloze", "c2"), q("cloze", "c3"), q("mcq", "m1"), q("true_false", "t1")
    assert _cap([c1, c2, c3, m1], 3) == [c1, c2, m1]
    assert _cap([c1, c2, t1, m1], 3) == [c1, t1, m1]  # the single statement stays; the second card gives way
    assert _cap([m1, c1, c2], 2) == [m1, c1]
    assert _cap([c1, c2, c3], 2) == [c1, c2]  # no multiple choice to bring in
    assert _cap([c1, m1, c2], 1) == [c1]  # one question: the best, whatever its kind


@pytest.mark.parametrize(
    "n,ordinal",
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (10, "10th"), (11, "11th"), (12, "12th"), (13, "13th"), (20, "20th"),
     (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th"), (112, "112th"), (113, "113th"), (121, "121st")],
)  # fmt: skip
def test_an_ordinal_option_is_written_as_english_writes_it(n, ordinal):
    from quizgen.generate.distractors import _ordinal

    assert _ordinal(n) == ordinal


def test_plain_questions_once_a_fact_and_form_of_the_body_only():
    from quizgen.generate import plan
    from quizgen.generate.plain import plain_questions
    from quizgen.model import Dropped

    title = "Avalonia paid 12 billion crowns for the tunnel"
    article = article_of(PEOPLE + SPOKE + '"It was fine," he said.', title)
    facts = extract(article)
    made = plan(article, facts)
    twice = made.dropped + made.dropped  # the same rule listed again, and by form
    plain = plain_questions(article, facts, twice)
    assert len(plain) == len({(q.fact_ids, q.type) for q, _ in plain}) == len(plain_questions(article, facts, made.dropped))
    headline = next(f for f in facts if not f.sentence.body)
    ordered = [Dropped(headline, "not asked: the headline or a heading"), Dropped(facts[-1], "timeline: …", "order")]
    assert plain_questions(article, facts, ordered) == []  # no headline, no form a plain question has no shape for


def test_generate_is_the_plans_questions_with_its_defaults():
    from quizgen.generate import generate, plan

    article = article_of(FIRM + "A rival firm in Norland sold 400 buses to Eldvik in 2011.", TITLE)
    facts = extract(article)
    assert generate(article, facts) == plan(article, facts, seed=0, stems="auto").questions
    assert generate(article, facts, stems="blank") == plan(article, facts, stems="blank").questions
    assert [q.prompt for q in generate(article, facts, stems="blank") if q.type == "mcq"] != [
        q.prompt for q in generate(article, facts) if q.type == "mcq"
    ]


# --- "Who said ...?": the words shown, the speaker as the key, the text that names them ------------

HOLM = '"Northport will double its freight traffic by 2026," said Peter Holm.\n\n'
EIGHT = "We drilled for eight long years in Eldvik."  # a sentence of eight words


def asked_who(body: str, slug: str | None = None):
    """The "Who said ...?" of the article's last quote: the question, or the rule that leaves it out."""
    from dataclasses import replace

    article = article_of(body, TITLE)
    article = replace(article, slug=slug) if slug else article
    facts = extract(article)
    last = [f for f in facts if f.kind == "quote"][-1]
    return article, multiple_choice(Context(article, facts), last, _speakers(facts), random.Random(0))


@pytest.mark.parametrize(
    "quote,shown",
    [
        ("We drilled for nine years under the mountains", "We drilled for nine years under the mountains"),
        (": We drilled 57 km under the mountains of Avalonia,", "We drilled 57 km under the mountains of Avalonia"),
        ("Xavier Holm drilled the tunnel in Eldvik for nine years", "Xavier Holm drilled the tunnel in Eldvik for nine years"),
        ("The trains from Eldvik will run on the new Line X", "The trains from Eldvik will run on the new Line X"),
        ("We won the vote in Eldvik.", "We won the vote in Eldvik."),
        ("We won the Eldvik vote", None),
        ("We won the vote.", None),
        (" ".join(["We won the vote in Eldvik."] * 5), " ".join(["We won the vote in Eldvik."] * 5)),
        (" ".join(["We won the vote in Eldvik."] * 5) + " We did.", " ".join(["We won the vote in Eldvik."] * 5)),
        (EIGHT + " The trains from Eldvik now run to Norland every day, and the trains from Northport will run there"
         " every day from the spring of 2027 on.", EIGHT),
        (LONG, None),
    ],
    ids=["whole", "punctuation around it goes", "a capital X opening it stays", "a capital X ending it stays", "six words",
         "five words", "three words", "thirty words", "thirty words and a sentence more",
         "the first sentence of a long quote", "one sentence of thirty-one words"],
)  # fmt: skip
def test_the_words_a_who_said_shows_of_a_quote(quote, shown):
    from quizgen.generate.mcq import quote_shown

    assert quote_shown(quote) == shown


@pytest.mark.parametrize(
    "said,date,stem",
    [
        ("in November", "November", "The Eldvik ferry opened in _____ 2014 after long delays in Avalonia."),
        ("in August", "August", "The Eldvik ferry opened in _____ 2015 after long delays in Avalonia."),
        ("on March 10", "March 10", "The Eldvik ferry opened on _____, 2015 after long delays in Avalonia."),
        ("on 10 December", "10 December", "The Eldvik ferry opened on _____ 2014 after long delays in Avalonia."),
    ],
    ids=["a month after the date line's: the year before", "the date line's own month: its year", "a month and day",
         "a day and month after the date line's"],
)  # fmt: skip
def test_a_date_without_a_year_is_shown_with_the_year_the_date_line_gives_it(said, date, stem):
    q, _ = made(f"Friday, 21 August 2015\n\nThe Eldvik ferry opened {said} after long delays in Avalonia.", "date", date)
    assert q[0] == stem
    assert q[2] == date and q[1].count(date) == 1


KOWAL = 'Kowal spoke to the workers in Eldvik. "Eldvik will run trains to Norland from 2026," she said.'
NAMED_BEFORE = [
    ("the full name", PEOPLE + SPOKE + HOLM + "Anna " + KOWAL, "Anna Kowal", 6, "Anna " + KOWAL),
    ("the surname", PEOPLE + SPOKE + HOLM + KOWAL, "Anna Kowal", 6, KOWAL),
    ("the surname of a name of three words", PEOPLE + SPOKE.replace("Anna Kowal", "Anna Lena Kowal") + HOLM + KOWAL,
     "Anna Lena Kowal", 6, KOWAL),
    ("the speaker's own sentence names them first", PEOPLE + SPOKE + 'Peter Holm said: "Northport will double its freight'
     ' traffic by 2026."', "Peter Holm", 5, 'Peter Holm said: "Northport will double its freight traffic by 2026."'),
]  # fmt: skip


@pytest.mark.parametrize("body,key,paragraph,source", [c[1:] for c in NAMED_BEFORE], ids=[c[0] for c in NAMED_BEFORE])
def test_a_who_said_shows_the_text_that_names_its_speaker(body, key, paragraph, source):
    # "she said" stands for the name the sentence before gives: the answer's source is both sentences
    from quizgen.export.targets import quote_pairs

    article, q = asked_who(body)
    quote = q.prompt.removeprefix("Who said “").removesuffix("”?")
    assert (q.answer, q.options.count(key)) == (key, 1)
    kowal = "Anna Lena Kowal" if "Lena" in body else "Anna Kowal"
    assert set(q.options) == {"Maria Lindqvist", "Jonas Berg", "Peter Holm", kowal}  # the four quoted
    assert (q.sentence.text, q.sentence.paragraph, article.text[q.sentence.start : q.sentence.end]) == (source, paragraph, source)
    assert quote_pairs([q]) == [(quote, key, paragraph)]  # as a "Who said it?" matching pairs it


NOT_NAMED = [
    ("the sentence before gives only a first name", PEOPLE + SPOKE + HOLM + KOWAL.replace("Kowal spoke", "Anna spoke")),
    ("a heading stands before", PEOPLE + SPOKE + HOLM + 'On freight\n\n"Eldvik will run trains to Norland from 2026," he said.'),
    ("a quote that goes on in a paragraph of its own", PEOPLE + SPOKE + HOLM
     + '"Eldvik will run trains to Norland from 2026 and to Northport from 2027."'),
]  # fmt: skip


@pytest.mark.parametrize("body", [c[1] for c in NOT_NAMED], ids=[c[0] for c in NOT_NAMED])
def test_no_who_said_where_no_text_before_the_quote_names_its_speaker(body):
    assert asked_who(body)[1] == "who: the sentence does not name who spoke"


@pytest.mark.parametrize(
    "body,key,options",
    [
        # Erik Sund is named with his title, not quoted: an option all the same
        (PEOPLE + SPOKE.rsplit("\n\n", 2)[0] + "\n\nTransport minister Erik Sund opened the Eldvik line in 2025.\n\n" + HOLM,
         "Peter Holm", {"Maria Lindqvist", "Jonas Berg", "Erik Sund", "Peter Holm"}),
        # "... to Jonas and ...": not Jonas Berg
        (PEOPLE + SPOKE + HOLM + '"Avalonia owes its freight line to Jonas and the rail crews of Eldvik," said Erik Sund.',
         "Erik Sund", {"Maria Lindqvist", "Anna Kowal", "Peter Holm", "Erik Sund"}),
    ],
    ids=["a person the article names in full", "no one the quote names"],
)  # fmt: skip
def test_the_options_of_a_who_said(body, key, options):
    _, q = asked_who(body)
    assert (q.answer, set(q.options), len(q.options)) == (key, options, 4)


def test_a_who_said_whose_quote_names_its_speaker_without_his_rank_is_not_asked():
    quote = '"Alexander Brandt and his crews will finish the Eldvik line by 2026,"'
    body = PEOPLE + SPOKE + HOLM + quote + " said Lt. Col. Alexander Brandt."
    assert asked_who(body)[1] == "giveaway: the quote names its speaker"  # the option reads "Alexander Brandt"


@pytest.mark.parametrize("pronoun", ["he", "she", "they", "it", "we", "I"])
def test_a_speaker_left_as_a_pronoun_is_no_option(pronoun):
    # the extractor names who "he" is; where it could not, the pronoun is no answer among names
    from dataclasses import replace

    article, facts, fact = fact_of(PEOPLE + SPOKE + HOLM, "quote", "Peter Holm")
    kind = "person" if pronoun in ("he", "she", "I") else "organisation"
    fact = replace(fact, speaker=pronoun, speaker_type=kind)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0))
    assert q == "who: the speaker is a pronoun the sentence does not name"


def test_each_who_said_is_an_item_of_its_own_in_the_review_file():
    # two quotes of one sentence, and the same quote in another article: their ticks and Anki notes are their own
    from quizgen.review.items import item_id

    said = '"Northport will double its freight traffic by 2026," Peter Holm said,'
    both = PEOPLE + SPOKE + said + ' "Eldvik will run its first trains to Norland in 2027."'
    article = article_of(both, TITLE)
    facts = extract(article)
    holm = [f for f in facts if f.kind == "quote" and f.speaker == "Peter Holm"]
    first, second = (multiple_choice(Context(article, facts), f, _speakers(facts), random.Random(0)) for f in holm)
    assert (first.prompt, second.prompt) == (
        "Who said “Northport will double its freight traffic by 2026”?",
        "Who said “Eldvik will run its first trains to Norland in 2027.”?",
    )
    assert item_id(first) != item_id(second)
    assert item_id(asked_who(PEOPLE + SPOKE + HOLM)[1]) != item_id(asked_who(PEOPLE + SPOKE + HOLM, slug="another")[1])
    assert item_id(asked_who(PEOPLE + SPOKE + HOLM)[1]) == item_id(asked_who(PEOPLE + SPOKE + HOLM)[1])


FLEET = (
    "Transit Avalonia bought 80 trains from Norland in Eldvik.\n\nTransit Avalonia bought 70 buses from Norland in Eldvik.\n\n"
    "Transit Avalonia bought 90 ferries from Norland in Eldvik.\n\nTransit Avalonia bought 60 trams from Norland in Eldvik."
)


@pytest.mark.parametrize("seed", range(4))
def test_an_articles_keys_take_each_place_among_the_options_in_turn(seed, monkeypatch):
    # ascending options put the key where its distractors fall; four questions put it once in each
    # place, in an order the seed shuffles, so "the key is usually last" is no pattern to learn
    import quizgen.generate as generate

    monkeypatch.setattr(generate, "STATEMENT_EVERY", 100)  # every sentence asked as multiple choice
    made = plan_of(FLEET, seed=seed)
    places = [q.options.index(q.answer) for q in made.questions if q.type == "mcq"]
    assert len(places) == 4 and sorted(places) == [0, 1, 2, 3]
