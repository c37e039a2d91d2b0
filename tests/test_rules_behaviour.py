"""Rules a teacher sees: ordinals given away, whose jobs, options below a rise, what a cloze hides, what a sentence leans on."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.cloze import cloze
from quizgen.generate.context import Context
from quizgen.generate.mcq import multiple_choice
from quizgen.generate.references import Names, references
from quizgen.generate.select import _rules

TITLE = "Avalonia opens the Northport rail tunnel"
MEASLES = "Avalonia finds measles cases.\n\nLater paragraphs follow.\n\n"  # a story about cases
JOBS = "Transit Avalonia is to cut jobs in Eldvik, the UK and the US.\n\nLater paragraphs follow.\n\n"  # a story about jobs
CUTS = (
    "Transit Avalonia is to cut jobs in Norland.\n\nLater paragraphs follow.\n\n"  # ... with Norland, the employer a quote names
)


def fact_of(body: str, kind: str, text: str, title: str = TITLE):
    article = article_of(body, title)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and (f.speaker if kind == "quote" else f.text) == text)
    return article, facts, fact


# --- the rules that leave a fact out ---------------------------------------------------------------

RULES = [
    ("a second after one earlier", MEASLES + "Doctors in Eldvik found the second case of measles in Avalonia in 2019, "
     "after one earlier case in Norland.", "count", "second", ["giveaway: 'the earlier two' tells which one this is"]),
    ("an eleventh after ten earlier", MEASLES + "Doctors in Eldvik found the eleventh case of measles in Avalonia in 2019, "
     "after ten earlier cases in Norland.", "count", "eleventh", ["giveaway: 'the earlier two' tells which one this is"]),
    ("a 12th after 11 earlier", MEASLES + "Doctors in Eldvik found the 12th case of measles in Avalonia in 2019, "
     "after 11 earlier cases in Norland.", "count", "12th", ["giveaway: 'the earlier two' tells which one this is"]),
    ("jobs in a place with 's", JOBS + "Some 700 jobs will be lost in the UK's ticket offices and 120 in IT.", "count",
     "Some 700", ["count: whose jobs? The sentence names no employer"]),
    ("jobs in a place, then at an employer", JOBS + "Some 700 jobs will go in the UK at Transit Avalonia's ticket offices.",
     "count", "Some 700", []),
    ("an employer right after the opening quote mark", CUTS + '"Norland will cut 700 jobs in its ticket offices," she said.',
     "count", "700", ["not asked: a figure inside someone's quoted words (an opinion, not a fact)"]),
    ("where a place lies, about so far", "The Eldvik valley, about 80 km north of the capital Northport, grows rice.",
     "distance", "80 km", ["distance: where a place lies, said in passing (', 80 km north of the capital,')"]),
    ("where a place lies, roughly so far, in brackets", "The Eldvik valley (roughly 80 km from Northport) grows rice for "
     "Avalonia.", "distance", "80 km", ["distance: where a place lies, said in passing (', 80 km north of the capital,')"]),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,rules", [c[1:] for c in RULES], ids=[c[0] for c in RULES])
def test_the_rules_that_leave_a_fact_out(body, kind, text, rules):
    article, _, fact = fact_of(body, kind, text)
    assert _rules(fact, article) == rules


# --- the multiple-choice question and the cloze of a fact ------------------------------------------


def made(body: str, kind: str, text: str, seed: int = 0):
    """The multiple-choice question and the cloze made of one fact, each as its text or its rule."""
    article, facts, fact = fact_of(body, kind, text)
    ctx = Context(article, facts)
    q = multiple_choice(ctx, fact, _speakers(facts), random.Random(seed), "auto")
    c = cloze(ctx, fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    return (q if isinstance(q, str) else (q.prompt, q.options, q.answer)), (c if isinstance(c, str) else c[0].cloze)


RIDERS = "Ridership on the Northport rail tunnel rose from 600,000 in 2019 to 1.2 million in 2023."
WAIT = "The wait for the Northport rail tunnel grew from 6 weeks in 2019 to 9 weeks in 2023."
ABOUT = "Ridership on the Northport rail tunnel rose from about 600 in 2019 to 900 in 2023."
BAND = 'Almost Norland played in Avalonia.\n\n"The Northport rail tunnel cost 12 billion crowns in Eldvik," said Almost Norland.'
MADE = [
    ("a rise to millions keeps the options below it", RIDERS, "count", "600,000", 2,
     ("Ridership on the Northport rail tunnel rose from _____ in 2019 to 1.2 million in 2023.",
      ("600,000", "700,000", "800,000", "1,000,000"), "600,000"),
     "Ridership on the Northport rail tunnel rose from {{c1::600,000::number}} in 2019 to 1.2 million in 2023."),
    ("a span of weeks keeps below where it grew to", WAIT, "count", "6 weeks", 0,
     ("The wait for the Northport rail tunnel grew from _____ in 2019 to 9 weeks in 2023.",
      ("2 weeks", "5 weeks", "6 weeks", "8 weeks"), "6 weeks"),
     "The wait for the Northport rail tunnel grew from {{c1::6 weeks::how long}} in 2019 to 9 weeks in 2023."),
    ("a hedged figure keeps below where it rose to", ABOUT, "count", "about 600", 0,
     ("Ridership on the Northport rail tunnel rose from _____ in 2019 to 900 in 2023.",
      ("about 300", "about 400", "about 600", "about 800"), "about 600"),
     "Ridership on the Northport rail tunnel rose from about {{c1::600::number}} in 2019 to 900 in 2023."),
    ("a speaker whose name opens on a hedge word", BAND, "quote", "Almost Norland", 0,
     "options: fewer than three other speakers of the same kind",
     '"The Northport rail tunnel cost 12 billion crowns in Eldvik," said {{c1::Almost Norland::who}}.'),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,seed,question,card", [c[1:] for c in MADE], ids=[c[0] for c in MADE])
def test_the_question_and_the_card_of_a_fact(body, kind, text, seed, question, card):
    assert made(body, kind, text, seed) == (question, card)


# --- what a sentence leans on ------------------------------------------------------------------------

PEOPLE = Names(["Jonas Berg", "Maria Lindqvist"])


def leans(sentence: str, people: Names = PEOPLE) -> list[tuple[str, str, bool]]:
    """Each word the sentence leans on, the rule's reason, and whether a short article may do without it."""
    return [(sentence[r.start : r.end], r.rule, r.soft) for r in references(sentence, people)]


def whose(phrase: str) -> tuple[str, str, bool]:
    return (phrase, f"context: '{phrase}' of what, or whose?", True)


def contest(phrase: str) -> tuple[str, str, bool]:
    return (phrase, f"context: '{phrase}' in which contest?", False)


def introduced(surname: str) -> tuple[str, str, bool]:
    return (surname, f"context: '{surname}' is not introduced", True)


LEANS = [
    ("a bare subject", "Sales rose 12% in 2019.", [whose("Sales")]),
    ("a bare subject with an 'of' phrase", "Sales of cars rose 12% in 2019.", [whose("Sales of cars")]),
    ("a bare subject after an opening quote mark", "'Sales rose 12% in 2019,' said a report.", [whose("Sales")]),
    ("a name after the subject says whose", "Sales rose 12% in Eldvik in 2019.", []),
    ("a person's name is no bare subject", "Berg has left the firm after 12 years in 2019.",
     [introduced("Berg"), ("the firm", "context: 'the firm' is not named", True)]),
    ("a bare outcome", "Victory took Eldvik to 40 points in 2019.", [contest("Victory")]),
    ("a bare outcome after an opening quote mark", '"Victory took Eldvik to 40 points in 2019," said Jonas Berg.',
     [contest("Victory")]),
    ("an outcome that says when it came", "Victory in extra time took Eldvik to 40 points in 2019.", []),
    ("a surname on its first mention only", "Berg told Eldvik that Berg would resign in 2019.", [introduced("Berg")]),
]  # fmt: skip


@pytest.mark.parametrize("sentence,expected", [c[1:] for c in LEANS], ids=[c[0] for c in LEANS])
def test_what_a_sentence_leans_on(sentence, expected):
    assert leans(sentence) == expected
