"""Spans of text asked whether they hold an offset, and the sentences between two offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.extract.spans import Spans

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(SPANS, st.integers(-2, 90))
def test_holds_is_the_plain_test_over_every_span(spans, pos):
    assert Spans(spans).holds(pos) == any(a < pos < b for a, b in spans)


@given(st.lists(st.sampled_from(["One.", "Two words.", "Three little words!"]), min_size=1, max_size=6), st.data())
def test_sentences_between_are_those_that_overlap(sentences, data):
    from conftest import article_of

    article = article_of(" ".join(sentences))
    lo = data.draw(st.integers(0, len(article.text)))
    hi = data.draw(st.integers(lo, len(article.text) + 1))
    expected = tuple(s for s in article.sentences if s.end > lo and s.start < hi)
    assert article.sentences_between(lo, hi) == expected
