"""WH-questions from blank stems: golden tables of what a rule turns, and what it leaves alone."""

from __future__ import annotations

import pytest

from quizgen.generate.wh import lemma, wh_question

TURNED = [
    ("Northport lies _____ from Eldvik, the capital of Avalonia.", "distance", "480 km", None,
     "How far does Northport lie from Eldvik, the capital of Avalonia?"),
    ("Vladivostok is _____ from the border with North Korea.", "distance", "130 km", None,
     "How far is Vladivostok from the border with North Korea?"),
    ("The Eldvik Tower is _____ tall.", "distance", "508m", None, "How tall is the Eldvik Tower?"),
    ("_____ workers built the Northport Tunnel.", "count", "4500", "workers", "How many workers built the Northport Tunnel?"),
    ("The Northport Tunnel has _____ emergency exits.", "count", "14", "emergency exits",
     "How many emergency exits does the Northport Tunnel have?"),
    ("Avalonia sold _____ trains to Norland.", "count", "four", "trains", "How many trains did Avalonia sell to Norland?"),
    ("Transit Avalonia opened the Eldvik Tunnel in _____.", "date", "1998", None,
     "In which year did Transit Avalonia open the Eldvik Tunnel?"),
    ("In _____, Eldvik elected a council run by the Norland Unity party.", "date", "2011", None,
     "In which year did Eldvik elect a council run by the Norland Unity party?"),
    ("In _____, Eldvik had elected a council run by the Norland Unity party.", "date", "2011", None,
     "In which year did Eldvik elect a council run by the Norland Unity party?"),
    ("In _____, Transit Avalonia had won the Eldvik cup.", "date", "2011", None,
     "In which year did Transit Avalonia win the Eldvik cup?"),
    ("In _____, Transit Avalonia had taken the Eldvik cup.", "date", "2011", None, None),
    ("In _____, Transit Avalonia had 40 trains.", "date", "2011", None, "In which year did Transit Avalonia have 40 trains?"),
    ("Transit Avalonia has sold 45 trains since it was founded in _____.", "date", "1952", None, None),
    ("Transit Avalonia had sold 45 trains since it was founded in _____.", "date", "1952", None, None),
    ("Lord Brandt was born in _____.", "date", "1912", None, "In which year was Lord Brandt born?"),
    ("The Northport Tunnel was built in _____.", "date", "1912", None, "In which year was the Northport Tunnel built?"),
    ("Avalonia's trade grew by a third during _____, helped by new routes.", "date", "2004",
     None, "In which year did Avalonia's trade grow by a third?"),
    ("Transit Avalonia opened the Eldvik Tunnel in _____, according to the council.", "date", "1998", None,
     "In which year did Transit Avalonia open the Eldvik Tunnel?"),
    ("Transit Avalonia opened the Eldvik Tunnel in _____, and Norland Rail followed.", "date", "1998", None, None),
    ("Avalonia's rail firm opened the Eldvik Tunnel in _____.", "date", "1998", None, None),
    ("The Northport Tunnel was build in _____.", "date", "1912", None, None),
]  # fmt: skip

LEFT = [
    ("The Northport Tunnel runs _____ under the Grey Mountains and is the longest tunnel.", "distance", "57 km", None),
    ("Paul Brandt said 12,000 people voted in _____.", "date", "2003", None),
    ("Police evacuated _____ people from Norland Street.", "count", "about 80", "people"),
    ("Avalonia developed its network in _____.", "date", "2004", None),
    ('"We sold _____ trains," said Jonas Berg.', "count", "four", "trains"),
]


@pytest.mark.parametrize("stem,kind,answer,noun,question", TURNED, ids=[q for *_, q in TURNED])
def test_a_simple_sentence_becomes_a_wh_question(stem, kind, answer, noun, question):
    assert wh_question(stem, kind, answer, noun) == question


@pytest.mark.parametrize(
    "stem,kind,answer,noun",
    LEFT,
    ids=[
        "two clauses",
        "a date of what was said",
        "a hedged count",
        "a verb whose base form spelling cannot tell",
        "a quotation",
    ],
)
def test_a_sentence_no_rule_is_sure_of_keeps_its_blank(stem, kind, answer, noun):
    assert wh_question(stem, kind, answer, noun) is None


@pytest.mark.parametrize(
    "past,base",
    [("opened", "open"), ("decided", "decide"), ("planned", "plan"), ("carried", "carry"), ("travelled", "travel"),
     ("released", "release"), ("changed", "change"), ("built", "build"), ("developed", None), ("created", None)],
)  # fmt: skip
def test_past_tenses_lose_their_ending_or_are_left_alone(past, base):
    assert lemma(past) == base
