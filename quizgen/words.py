"""Whole-word search without building a regular expression for every word searched for."""

from __future__ import annotations

from collections.abc import Iterator


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_starts(text: str, word: str) -> Iterator[int]:
    """Yield each offset where ``word`` stands in ``text`` as a whole word (as regex \\b would)."""
    if not word:
        return
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        before_ok = start == 0 or not (_is_word_char(text[start - 1]) and _is_word_char(word[0]))
        after_ok = end == len(text) or not (_is_word_char(text[end]) and _is_word_char(word[-1]))
        if before_ok and after_ok:
            yield start
        start = text.find(word, start + 1)


def has_word(text: str, word: str) -> bool:
    """True when ``word`` stands in ``text`` as a whole word."""
    return next(word_starts(text, word), None) is not None
