"""Who said it, and the plan around it: what a teacher sees asked, left out, and kept under one id."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.context import Context
from quizgen.generate.mcq import multiple_choice

TITLE = "Avalonia opens the Northport rail tunnel"
PEOPLE = "Maria Lindqvist of Avalonia opened the Northport rail tunnel with Jonas Berg, Peter Holm and Anna Kowal.\n\n"
# three others who spoke: the options of a "Who said ...?" whose speaker is a person
OTHERS = (
    '"Passengers will pay less for the trip than for the ferry," Peter Holm said.\n\n'
    '"The rail workers of Avalonia built it in 2025," said Anna Kowal.\n\n'
)
# three other bodies that spoke: the options of a "Who said ...?" whose speaker is a body
BODIES = (
    "Transit Avalonia opened the Northport rail tunnel in Eldvik.\n\n"
    '"Freight trains will carry coal and timber every hour," said the Eldvik Council.\n\n'
    '"Freight trains will carry coal and timber every hour," said the Norland Rail Agency.\n\n'
    '"Freight trains will carry coal and timber every hour," said the Eldvik Harbour Board.\n\n'
)


def who_said(body: str, speaker: str):
    """The "Who said ...?" of the first quote of ``speaker``: (prompt, options, answer), or the rule that left it out."""
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "quote" and f.speaker == speaker)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0), "auto")
    return q if isinstance(q, str) else (q.prompt, q.options, q.answer)


WHO_SAID = [
    ("a person's quote", PEOPLE + '"Freight trains from Northport will reach Eldvik in two hours," said Maria Lindqvist.\n\n'
     + '"Freight trains will run every hour," said Jonas Berg.\n\n' + OTHERS, "Maria Lindqvist",
     ("Who said “Freight trains from Northport will reach Eldvik in two hours”?",
      ("Jonas Berg", "Peter Holm", "Maria Lindqvist", "Anna Kowal"), "Maria Lindqvist")),
    ("a quote that leans on words it does not explain", PEOPLE + '"The tunnel is the longest in the world," said Jonas Berg.\n\n'
     + OTHERS, "Jonas Berg", "who: the quote leans on words it does not explain: 'the tunnel' is not named"),
    # the option is the body as the article describes it; the quote gives away the name inside it
    ("a body whose quote names it", BODIES + '"Transit Avalonia will run freight trains every hour of every day from Northport,"'
     " said rail firm Transit Avalonia.", "rail firm Transit Avalonia", "giveaway: the quote names its speaker"),
    ("a body whose quote does not", BODIES + '"Freight trains will run every hour of every day and every night from Northport,"'
     " said rail firm Transit Avalonia.", "rail firm Transit Avalonia",
     ("Who said “Freight trains will run every hour of every day and every night from Northport”?",
      ("Eldvik Harbour Board", "Norland Rail Agency", "Rail firm Transit Avalonia", "Eldvik Council"),
      "Rail firm Transit Avalonia")),
]  # fmt: skip


@pytest.mark.parametrize("body,speaker,expected", [w[1:] for w in WHO_SAID], ids=[w[0] for w in WHO_SAID])
def test_who_said_it_or_the_rule_that_leaves_it_out(body, speaker, expected):
    assert who_said(body, speaker) == expected


def said_by(first: str, second: str) -> str:
    return (
        PEOPLE + f'"Freight trains from Northport will reach Eldvik in two hours," said {first}.\n\n'
        f'"Freight trains will run every hour," said {second}.\n\n' + OTHERS
    )


@pytest.mark.parametrize(
    "first,second", [("Maria Lindqvist", "Jonas Berg"), ("Jonas Berg", "Maria Lindqvist")], ids=["as first written", "corrected"]
)
def test_a_who_said_it_keeps_its_id_when_its_speaker_is_corrected_and_from_release_to_release(first, second):
    # the id is the Anki note's and the review file's: a student's progress and a teacher's tick carry over, so
    # the ids earlier releases wrote stay the same; the speaker is masked in it, so a corrected speaker keeps it
    from quizgen.generate import plan

    article = article_of(said_by(first, second), TITLE)
    asked = [(q.prompt, q.answer, q.guid_key) for q in plan(article, extract(article)).questions if q.type == "mcq"]
    assert asked == [
        ("Who said “Freight trains from Northport will reach Eldvik in two hours”?", first, "9f1133db1c689d15e93e"),
        ("Who said “The rail workers of Avalonia built it in 2025”?", "Anna Kowal", "1571b04ed3ef8ffebed9"),
    ]
