from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.quotes import find_quotes

GOLDEN = [
    ('"We will win," said Coach Maria Vell.', [("Coach Maria Vell", "We will win")]),
    ('"We will win," Maria Vell said.', [("Maria Vell", "We will win")]),
    ('Maria Vell said: "We will win."', [("Maria Vell", "We will win.")]),
    (
        "Last Tuesday, White House adviser Tom Hale warned that the firm will “pay a price” if it cheats.",
        [("White House adviser Tom Hale", "pay a price")],
    ),
    ("“The plan is sound,” said Mr R. Patel, head of research at Acme.", [("Mr R. Patel", "The plan is sound")]),
    ('The ministry said the river was "unsafe" for swimmers.', [("The ministry", "unsafe")]),
    ('Tamsin Vell, a spokeswoman for the council, said: "The road will reopen."', [("Tamsin Vell", "The road will reopen.")]),
    ('He said "this is broken and nobody cares', []),
    ("“Did you see the report?” Haldt asked the panel.", [("Haldt", "Did you see the report?")]),
    (
        "The flooding was described as “the worst in decades” by the weather service.",
        [("the weather service", "the worst in decades")],
    ),
    ('The study\'s authors say the dye is "a hidden danger" for pets.', [("The study's authors", "a hidden danger")]),
    ("“Keep the gates open,” one local commenter said.", [("one local commenter", "Keep the gates open")]),
    (
        'Told that Quist had called him "a cheat", Haldt added: "I have nothing to say."',
        [("Quist", "a cheat"), ("Haldt", "I have nothing to say.")],
    ),
    (
        'Ortiz said: "She was the "Queen of the Quay" and a friend."',
        [("Ortiz", 'She was the "Queen of the Quay" and a friend.')],
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    GOLDEN,
    ids=[
        "said after the quote, then the speaker",
        "speaker then said after the quote",
        "speaker said colon quote",
        "partial quote inside reported speech keeps the title",
        "initials and abbreviations stay in the name",
        "an organisation as speaker",
        "the name before an apposition",
        "unbalanced quote marks are skipped",
        "a question mark ends the sentence before the speaker",
        "a passive names the speaker after the quote",
        "a plural of people speaks",
        "someone named by what they do",
        "a verb with a colon introduces the next quote, not the one before",
        "a quote inside a quote with the same marks",
    ],
)
def test_quotes(text, expected):
    found = [(f.text, f.quote) for f in find_quotes(article_of(text)) if f.tier == "direct"]
    assert found == expected


def test_he_is_the_last_named_speaker():
    text = '"The bridge is closed," said engineer Sam Ortiz.\n\n"It will reopen in May," he said.'
    facts = [f for f in find_quotes(article_of(text)) if f.tier == "direct"]
    assert [(f.text, f.speaker) for f in facts] == [("engineer Sam Ortiz", "engineer Sam Ortiz"), ("he", "Sam Ortiz")]


def test_reported_speech_is_a_lower_tier():
    facts = list(find_quotes(article_of("The mayor said that the bridge would reopen next spring.")))
    assert [(f.tier, f.speaker, f.quote) for f in facts] == [("indirect", "The mayor", "the bridge would reopen next spring")]


def test_the_speaker_is_the_person_without_the_affiliation():
    [fact] = [f for f in find_quotes(article_of('"Rates will rise," said Dr Petra Varga from the Institute of Economics.'))]
    assert fact.text == "Dr Petra Varga from the Institute of Economics" and fact.speaker == "Dr Petra Varga"
