"""Golden table: which facts are worth asking, and the rule that leaves each of the others out."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.select import named_who, screen, select

TITLE = "Avalonia opens the Northport rail tunnel"


def rule_for(sentence: str, kind: str, text: str, title: str = TITLE) -> str | None:
    article = article_of(sentence, title)
    [fact] = [f for f in extract(article) if f.kind == kind and (f.text == text or (f.speaker or "").endswith(text))]
    return screen(fact, article)


SCREEN = [
    ("Avalonia sold four trains to Norland in 2019.", "count", "four", None),
    ("Avalonia built the tunnel seven years ago in Eldvik.", "count", "seven years", "span of time"),
    ("Eldvik closed the Northport rail tunnel for seven years in Avalonia.", "count", "seven years", None),
    ("Eldvik and Norland opened one tunnel in Avalonia.", "count", "one", "'one' or 'first'"),
    ("The council of Eldvik met any two ministers in Avalonia.", "count", "two", "turn of phrase"),
    ("Avalonia reported 3,200 cases in Eldvik in 2019.", "count", "3,200", "of what"),
    # a rule a second pass lets go comes last: a rule of substance is not hidden behind it
    ("Avalonia reported 3,248 cases in Eldvik in 2019.", "count", "3,248", "exact large figure"),
    ("Eldvik opened the Northport rail tunnel on 11 September 2001.", "date", "11 September 2001", "everyone knows"),
    ("Avalonia sold 4,000 tickets for the Northport rail tunnel, as of March 2019.", "date", "March 2019", "side detail"),
    ("Avalonia won the men's 800 metres final in Eldvik in 2019.", "distance", "800 metres", "race or event"),
    ('"We sold 4,000 tickets," said Maria Lindqvist of Transit Avalonia.', "count", "4,000", "quoted words"),
]


@pytest.mark.parametrize("sentence,kind,text,rule", SCREEN, ids=[f"{t}: {r or 'asked'}" for _, _, t, r in SCREEN])
def test_facts_worth_asking_and_the_rule_that_leaves_the_rest_out(sentence, kind, text, rule):
    found = rule_for(sentence, kind, text)
    if rule is None:
        assert found is None
    else:
        assert found is not None and rule in found, found


@pytest.mark.parametrize(
    "mention,kind,named",
    [
        ("Jake Sullivan", "person", True),
        ("a Defense Ministry official", "person", True),
        ("A spokeswoman for Northport Post", "person", True),
        ("the Kremlin", "organisation", True),
        ("he", "person", False),
        ("the police", "organisation", False),
        ("one online commenter", "person", False),
        ("the doctors", "person", False),
    ],
)
def test_who_is_a_name_a_named_body_or_a_titled_official(mention, kind, named):
    assert named_who(mention, kind) is named


def test_the_headline_and_the_lead_rank_first():
    article = article_of(
        "Avalonia opened the Northport rail tunnel in 2025.\n\nLater paragraphs follow.\n\n"
        "A rival firm in Norland sold 400 buses to Eldvik in 2011.",
        TITLE,
    )
    good, dropped = select(extract(article), article)
    assert [f.text for f in good if f.kind == "date"][0] == "2025"
    assert all(d.rule for d in dropped)
