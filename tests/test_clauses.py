"""Golden table: the clauses a sentence can do without, and what it reads as without each."""

from __future__ import annotations

import pytest

from quizgen.generate.clauses import cuttable

CUTS = [
    ("Hours after the vote, a crowd marched through Eldvik.", "opening", "A crowd marched through Eldvik."),
    ("Berg, who denies the charge, left Eldvik in 2012.", "between commas", "Berg left Eldvik in 2012."),
    ("Avalonia paid 12 million crowns, the ministry said.", "to the end", "Avalonia paid 12 million crowns."),
    ("Avalonia paid 12 million crowns, according to the ministry.", "to the end", "Avalonia paid 12 million crowns."),
    ("Eldvik opened a tunnel, which cost 12 million crowns.", "to the end", "Eldvik opened a tunnel."),
    ("The council (the WTTC) met in Eldvik in 2019.", "aside", "The council met in Eldvik in 2019."),
]


@pytest.mark.parametrize("sentence,kind,without", CUTS, ids=[k + ": " + w for _, k, w in CUTS])
def test_a_clause_can_go_and_the_sentence_still_reads(sentence, kind, without):
    spans = [(a, b) for a, b, k in cuttable(sentence) if k == kind]
    assert spans, list(cuttable(sentence))
    a, b = spans[0]
    rest = sentence[:a] + sentence[b:]
    assert rest[:1].upper() + rest[1:] == without


@pytest.mark.parametrize(
    "sentence",
    ["Eldvik, Norland and Avalonia signed the treaty in 2019.", "The tunnel runs 57 km under the Grey Mountains."],
    ids=["a list is not an apposition", "a sentence with no side clause"],
)
def test_nothing_is_cut_from_a_sentence_without_side_clauses(sentence):
    assert [k for _, _, k in cuttable(sentence) if k != "opening"] == []
