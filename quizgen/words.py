"""Whole-word search without building a regular expression for every word searched for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Texts at least this long are searched through an index of their words, built once: a long
# article with thousands of names would otherwise be read once for every name looked up
INDEX_FROM = 20_000
WORD_RUN = re.compile(r"\w+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_starts(text: str, word: str) -> Iterator[int]:
    """Yield each offset where ``word`` stands in ``text`` as a whole word (as regex \\b would)."""
    if not word:
        return
    first = WORD_RUN.search(word)
    if len(text) >= INDEX_FROM and first:
        # every match has the word's first run of letters as a whole word of the text
        candidates = (at - first.start() for at in _word_index(text).get(first.group(), ()))
    else:
        candidates = _finds(text, word)
    for start in candidates:
        end = start + len(word)
        if start < 0 or not text.startswith(word, start):
            continue
        before_ok = start == 0 or not (_is_word_char(text[start - 1]) and _is_word_char(word[0]))
        after_ok = end == len(text) or not (_is_word_char(text[end]) and _is_word_char(word[-1]))
        if before_ok and after_ok:
            yield start


def _finds(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start != -1:
        yield start
        start = text.find(word, start + 1)


@lru_cache(maxsize=2)
def _word_index(text: str) -> dict[str, list[int]]:
    """Where each word of a long text starts (an article is searched many times while it is read)."""
    index: dict[str, list[int]] = {}
    for m in WORD_RUN.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


def has_word(text: str, word: str) -> bool:
    """True when ``word`` stands in ``text`` as a whole word."""
    return next(word_starts(text, word), None) is not None
