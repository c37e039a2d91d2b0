"""What a learner sees in the options (ordinals, speakers) and which facts are asked at all."""

from __future__ import annotations

import random

import pytest

from quizgen.generate.distractors import count_options, quote_options, same_speaker
from quizgen.model import Fact, Sentence


def fact(kind: str, text: str, value, sentence: str | None = None, **more) -> Fact:
    sentence = sentence or f"It came to {text} in the end."
    i = sentence.index(text)
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind=kind, text=text, start=i, end=i + len(text), sentence=s, value=value, **more)


def quote(speaker: str) -> Fact:
    return fact("quote", "said", None, f"“We are ready,” said {speaker}.", speaker=speaker, speaker_type="person")


# --- ordinals written as English writes them ------------------------------------------------------

ORDINAL_OPTIONS = [
    ("14th", 14, 0, ["10th", "11th", "13th", "14th"]),
    ("14th", 14, 1, ["10th", "14th", "15th", "17th"]),
    ("14th", 14, 5, ["12th", "13th", "14th", "19th"]),
    ("12th", 12, 0, ["8th", "9th", "11th", "12th"]),
    ("12th", 12, 7, ["9th", "11th", "12th", "13th"]),
    ("23rd", 23, 0, ["19th", "20th", "22nd", "23rd"]),
    ("23rd", 23, 4, ["21st", "23rd", "24th", "27th"]),
    ("112th", 112, 7, ["109th", "111th", "112th", "113th"]),
]


@pytest.mark.parametrize(
    "key,value,seed,expected",
    ORDINAL_OPTIONS,
    ids=["10th and 11th", "10th", "12th and 13th", "11th", "11th, 13th", "20th and 22nd", "21st", "111th and 113th"],
)
def test_ordinal_options_take_the_suffix_english_gives_them(key, value, seed, expected):
    assert count_options(fact("count", key, value), random.Random(seed)) == expected


# --- speakers -------------------------------------------------------------------------------------

OTHERS = [("Maria Lindqvist", "person"), ("Jonas Berg", "person"), ("Peter Holm", "person")]


@pytest.mark.parametrize("seed", range(8))
def test_someone_with_the_surname_of_a_speaker_of_three_names_is_no_wrong_option(seed):
    # "Peter Kowal" may be the speaker "Anna Lindqvist Kowal": offering him as wrong would make two keys
    options = quote_options(quote("Anna Lindqvist Kowal"), [*OTHERS, ("Peter Kowal", "person")], random.Random(seed))
    assert sorted(options) == ["Anna Lindqvist Kowal", "Jonas Berg", "Maria Lindqvist", "Peter Holm"]


def test_a_speaker_of_three_names_and_someone_with_the_same_surname_are_one_speaker():
    assert same_speaker("Peter Kowal", "Anna Lindqvist Kowal") is True
    assert same_speaker("Peter Holm", "Anna Lindqvist Kowal") is False
