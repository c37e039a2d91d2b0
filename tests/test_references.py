"""Golden table: the words a sentence leans on, and the rule that finds each (none for a sentence that stands alone)."""

from __future__ import annotations

import pytest

from quizgen.generate.references import Names, references, subject_start

PEOPLE = Names(["Maria Lindqvist", "Jonas Berg"])

LEANS = [
    ("He opened the Northport Tunnel in 2025.", "opens on 'He'"),
    ("Its fleet grew to 40 ferries in 2019.", "opens on 'Its'"),
    ("That is enough to power 9,000 homes in Avalonia.", "opens on 'That'"),
    ("In 2004, they sold 300 tractors to Avalonia.", "opens on 'They'"),
    ("All of those came in 2018 and 2019, Avalonia said.", "opens on 'All of those'"),
    ("Hours after the vote, 20 people marched through Eldvik.", "'Hours after the' tells time"),
    ("Seven decades later, Avalonia built 14 bridges.", "'Seven decades later' tells time"),
    ("Transit Avalonia, which denies the accusation, paid 12 million crowns in 2019.", "'the accusation' is not named"),
    ("The festival runs until 20 February in Eldvik.", "'the festival' is not named"),
    ("Avalonia made four trips to Norland over those two years.", "'those' points back"),
    ("Avalonia spent more because of that in 2019.", "'of that' points back"),
    ("Eldvik councillors said he would resign in 2019.", "'he' with no person named"),
    ("It is only three points between Eldvik and us, the coach of Eldvik said.", "opens on 'It'"),
    ("Jonas Berg opened the Northport Tunnel in 2025.", None),
    ("Mr Berg opened the Northport Tunnel in 2025.", "'Mr Berg' is not introduced"),
    ("Lindqvist opened the Northport Tunnel in 2025.", "'Lindqvist' is not introduced"),
    ("Demand, meanwhile, has jumped to 3.1 million tickets a year.", "'Demand' of what"),
    ("Two climbers died, and three others were rescued, officials said.", "names no one and nowhere"),
    ("Eldvik defeated another candidate by 424 votes in 2019.", "'another' points back"),
    ("We will win the vote in Eldvik in 2019.", "'We' with no speaker named"),
]

STANDS_ALONE = [
    ("Vladivostok lies 130 km from the border with North Korea.", "a definite made specific by a name after it"),
    ("The Northport Tunnel runs 57 km under the Grey Mountains.", "a name after 'The'"),
    ("A gunman opened fire in Eldvik, and the gunman fled on foot.", "a definite named earlier in the sentence"),
    ("Maria Lindqvist said she would open the Northport Tunnel in 2025.", "'she' after a person's name"),
    ("The two largest cities of Avalonia lie 480 km apart.", "'the two' made specific by 'of Avalonia'"),
    (
        "Ferries matter to Avalonia's economy, and the country's ports employ 19,000 people.",
        "'the country' right after its name",
    ),
    ("The world's tallest building opened in Eldvik in 2004.", "a one-of-a-kind noun"),
    ('"We will win in Eldvik," said Jonas Berg.', "'we' with its speaker named"),
]


@pytest.mark.parametrize("sentence,rule", LEANS, ids=[r or "none" for _, r in LEANS])
def test_words_that_point_outside_the_sentence_are_found(sentence, rule):
    found = [r.rule for r in references(sentence, PEOPLE)]
    if rule is None:
        assert found == []
    else:
        assert any(rule in f for f in found), found


@pytest.mark.parametrize("sentence,why", STANDS_ALONE, ids=[w for _, w in STANDS_ALONE])
def test_a_sentence_that_stands_alone_leans_on_nothing(sentence, why):
    assert references(sentence, PEOPLE) == []


def test_each_reference_points_at_its_words():
    sentence = "Transit Avalonia, which denies the accusation, paid 12 million crowns in 2019."
    [ref] = references(sentence, PEOPLE)
    assert sentence[ref.start : ref.end] == "the accusation"


@pytest.mark.parametrize(
    "sentence,subject",
    [
        ("However, Avalonia grew.", "Avalonia grew."),
        ('"In 2004, he left," she said.', 'he left," she said.'),
        ("After the vote, Eldvik celebrated.", "Eldvik celebrated."),
        ("Eldvik, after the vote, celebrated.", "Eldvik, after the vote, celebrated."),
    ],
    ids=["after a connective", "after a quote mark and an adverbial", "after an opening adverbial", "no opening"],
)
def test_the_subject_starts_after_what_only_leads_into_it(sentence, subject):
    assert sentence[subject_start(sentence) :] == subject


def test_names_are_found_by_surname():
    assert PEOPLE.full("Berg") == "Jonas Berg"
    assert PEOPLE.full("Holm") is None
    assert PEOPLE.is_person("Lindqvist") and not PEOPLE.is_person("Eldvik")
