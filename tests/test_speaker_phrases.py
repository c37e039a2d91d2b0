"""Candidates: the speaker phrase before a speech verb, the name inside it, and its kind."""

from __future__ import annotations

import pytest

from quizgen.extract.speakers.phrases import mask, name_of, phrase_before, speaker_type

BEFORE = [
    ("White House adviser Tom Hale said", "White House adviser Tom Hale"),
    ("Mr. R. Patel said", "Mr. R. Patel"),
    ("Tom Reid, 26, from Leeds, said", "Tom Reid"),
    ("The charity's director, Ann Cole, said", "Ann Cole"),
    ("Ann Cole, a prospective candidate said", "Ann Cole"),
    ("In London, the mayor, Sam Reid, said", "Sam Reid"),
    ("Dr Ann Lee, of the Centre for Transport, said", "Dr Ann Lee"),
    ("The band - whose album sold best - thanked", "The band"),
    ("Mr Blair, who has described", "Mr Blair"),
    ("Tom Reid, whose album is out next week, has said", "Tom Reid"),
    ("Mr Lee meanwhile told", "Mr Lee"),
    ("Sure Tom Reid said", "Tom Reid"),
    ("one local commenter said", "one local commenter"),
    ("organisers said", "organisers"),
    ("The Acme survey concluded", "The Acme survey"),
    ("the report said", "the report"),
    ("he said", "he"),
    ("what he said", None),
    ("the document, which media reports said", None),
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
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("Dr Ann Lee from the Institute of Economics", "Ann Lee"),
    ("The head of the agency, Pascal Roux", "Pascal Roux"),
    ("Mr R. Patel, head of research at Acme", "R. Patel"),
    ("a spokesman for Mr Lee", ""),
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
    ("Tom Reid", "person"),
    ("the ministry", "organisation"),
    ("the Chinese CDC", "organisation"),
    ("the New York Times", "organisation"),
    ("BBC reporter Ann Cole", "person"),
    ("The Royal College of Surgeons", "organisation"),
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
