"""What a sentence leans on, word by word: the pronouns, quotations and names that keep it from standing alone."""

from __future__ import annotations

import pytest

from quizgen.generate.references import Names, references

PEOPLE = Names(["Jonas Berg", "Maria Lindqvist"])


def leans(sentence: str, people: Names = PEOPLE) -> list[tuple[str, str, bool]]:
    """Each word the sentence leans on, the rule's reason, and whether a short article may do without it."""
    return [(sentence[r.start : r.end], r.rule, r.soft) for r in references(sentence, people)]


HE = ("he", "context: 'he' with no person named before it", False)
WE = ("we", "context: 'we' with no speaker named", False)
BERG_UNINTRODUCED = ("Berg", "context: 'Berg' is not introduced", True)

PRONOUNS = [
    ("Eldvik said he would resign before Mayor Holm arrived in 2019.", [HE]),
    ("Eldvik said Mayor Holm would resign before he arrived in 2019.", []),
    ("Berg's office said he would resign in 2019.", [BERG_UNINTRODUCED]),
    ("Berg’s office said he would resign in 2019.", [BERG_UNINTRODUCED]),
    ("Eldvik's office said he would resign in 2019.", [HE]),
]


@pytest.mark.parametrize(
    "sentence,expected",
    PRONOUNS,
    ids=[
        "a titled name after 'he' does not count",
        "a titled name before 'he' does",
        "a person's name with 's before 'he'",
        "a person's name with ’s before 'he'",
        "a place with 's is no person",
    ],
)
def test_he_needs_a_person_named_before_it(sentence, expected):
    assert leans(sentence) == expected


SPEAKERS = [
    ('Eldvik fans sang "we said we would win" in 2019.', [WE]),
    ('"We will win in Eldvik," said Jonas Berg.', []),
    ('"We will win in Eldvik,"said Jonas Berg.', []),
    ("Jonas Berg said“we will win in Eldvik” in 2019.", []),
]


@pytest.mark.parametrize(
    "sentence,expected",
    SPEAKERS,
    ids=[
        "a speech verb inside the quotation names no speaker",
        "a speech verb after the quotation",
        "a speech verb right after the closing mark (a missing space)",
        "a speech verb right before the opening mark (a missing space)",
    ],
)
def test_we_needs_a_speaker_named_outside_the_quotation(sentence, expected):
    assert leans(sentence) == expected
