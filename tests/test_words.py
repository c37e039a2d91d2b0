"""Whole-word search: the index that long texts are searched through finds what str.find does."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

import quizgen.words as words

# letters, digits, marks and spaces, a combining accent and a non-Latin digit among them
ALPHABET = st.sampled_from(list("ab _-.'Éé1²ⅫΣ٣\u0301"))


@settings(max_examples=300)
@given(st.text(ALPHABET, max_size=40), st.text(ALPHABET, min_size=1, max_size=4))
def test_the_word_index_finds_exactly_what_a_search_finds(text, word):
    searched = list(words.word_starts(text, word))  # a short text: str.find
    with patch.object(words, "INDEX_FROM", 0):
        indexed = list(words.word_starts(text, word))
    assert indexed == searched


def test_whole_words_only():
    assert list(words.word_starts("Ortiz met Ortizes and Ortiz.", "Ortiz")) == [0, 22]
    assert words.has_word("Mr Sam Ortiz-Lund said", "Sam Ortiz")
    assert not words.has_word("Samuel Ortiz", "Sam")


def test_long_texts_are_searched_through_the_index():
    text = "Sam Ortiz said so. " * 2000
    assert len(text) >= words.INDEX_FROM
    with patch.object(words, "_finds", side_effect=AssertionError("read the whole text again")):
        assert len(list(words.word_starts(text, "Ortiz"))) == 2000
