"""Candidates: the speaker phrase before a speech verb, the name inside it, and its kind."""

from __future__ import annotations

import pytest

from quizgen.extract.speakers.phrases import mask, name_of, phrase_before, speaker_type

BEFORE = [
    ("Port Authority adviser Sam Ortiz said", "Port Authority adviser Sam Ortiz"),
    ("Mr. R. Patel said", "Mr. R. Patel"),
    ("Dale Reed, 41, from Marlow, said", "Dale Reed"),
    ("The museum's director, Odile Corro, said", "Odile Corro"),
    ("Odile Corro, a prospective candidate said", "Odile Corro"),
    ("In Marlow, the mayor, Sam Ortiz, said", "Sam Ortiz"),
    ("Dr Petra Varga, of the Calder Institute, said", "Dr Petra Varga"),
    ("The club - whose ground flooded - thanked", "The club"),
    ("Ms Tovar, who has described", "Ms Tovar"),
    ("Dale Reed, whose book is out next week, has said", "Dale Reed"),
    ("Mr Quist meanwhile told", "Mr Quist"),
    ("Sure Dale Reed said", "Dale Reed"),
    ("one local commenter said", "one local commenter"),
    ("organisers said", "organisers"),
    ("The Varga review concluded", "The Varga review"),
    ("the ferry operator said", "the ferry operator"),
    ("the report said", "the report"),
    ("he said", "he"),
    ("what he said", None),
    ("the letter, which local papers said", None),
    ("the rain said", None),
    ("others said", None),
]


@pytest.mark.parametrize(
    "text,expected",
    BEFORE,
    ids=[
        "a title and a name",
        "initials stay in the name",
        "a name with its age and town set off by commas",
        "a description, then the name between commas",
        "a description left without its closing comma",
        "a clause first, then a description and a name",
        "a name with its affiliation",
        "an aside between dashes",
        "a relative clause after the name",
        "a relative clause and a helper verb",
        "an adverb before the verb",
        "a sentence opener is no part of a name",
        "someone named by what they do",
        "a plural of people named by what they do",
        "a document that names its issuer",
        "a noun before the head after an article",
        "a document alone",
        "a pronoun",
        "a pronoun in a question word's clause",
        "a clause about something else",
        "a thing",
        "a plural that is not people",
    ],
)
def test_phrase_before(text, expected):
    masked = mask(text)
    verb = masked.rindex(" ")
    found = phrase_before(masked, verb, 0)
    assert (text[found[0] : found[1]] if found else None) == expected


NAMES = [
    ("Norland Rail spokesman Peter Holm", "Peter Holm"),
    ("Dr Petra Varga from the Institute of Economics", "Petra Varga"),
    ("The head of the agency, Rasmus Haldt", "Rasmus Haldt"),
    ("Mr R. Patel, head of research at Acme", "R. Patel"),
    ("a spokesman for Mr Quist", ""),
    ("the minister", ""),
]


@pytest.mark.parametrize(
    "mention,expected",
    NAMES,
    ids=[
        "the name after a title",
        "the name before an affiliation",
        "the name after a description set off by a comma",
        "initials and an apposition",
        "a role named by whom it serves is not that person",
        "a description has no name",
    ],
)
def test_name_of(mention, expected):
    assert name_of(mention) == expected


KINDS = [
    ("Dale Reed", "person"),
    ("the ministry", "organisation"),
    ("the Calder DPA", "organisation"),
    ("the Calder Times", "organisation"),
    ("BBC reporter Odile Corro", "person"),
    ("The Royal College of Pipers", "organisation"),
    ("The Mayor's Office of Housing", "organisation"),
]


@pytest.mark.parametrize(
    "mention,expected",
    KINDS,
    ids=[
        "a name",
        "a body",
        "an acronym",
        "a paper",
        "a person at a body",
        "a name after the is a body's",
        "a person's office is a body",
    ],
)
def test_speaker_type(mention, expected):
    assert speaker_type(mention) == expected
