"""Who said what: direct quotations with their speaker, and reported speech as a lower tier."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..model import Article, Fact, Sentence
from .marks import QUOTE_MARK, Quote, quote_spans
from .speakers import Speakers
from .speakers.phrases import phrase_before

# Reported speech: "X said (that) ..." with no quote marks
REPORTED = re.compile(
    r"\b(?:said|says|warned|argued|claimed|insisted|added|stated|testified|told (?:\w+ ){0,3}?)"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+that\s+"
)
# "is said to": hearsay, not a speaker
HEARSAY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")


def find_quotes(article: Article) -> Iterator[Fact]:
    """Yield who-said-what facts: direct quotes first-tier, reported speech lower-tier."""
    quotes = []
    for span in quote_spans(article):
        sentence = article.sentence_at(span.open) or article.sentence_at(span.close - 1)
        if sentence is None or not sentence.body:
            continue
        words = article.text[span.open + 1 : span.close].strip().strip(" ,")
        if len(words) < 2:
            continue
        quotes.append(Quote(span, sentence, article.sentence_at(span.close) or sentence, words))
    speakers = Speakers(article, quotes)
    starts = [s.start for s in article.sentences]
    quoted_sentences: set[int] = set()
    for quote, who in speakers:
        if who is None:
            continue
        lo, hi = bisect_left(starts, quote.first.start), bisect_right(starts, who.last.start)
        quoted_sentences.update(starts[lo:hi])
        yield Fact(
            kind="quote",
            text=who.mention,
            start=who.start,
            end=who.end,
            sentence=_join_sentences(article, starts, quote.first, who.last, who.start, who.end),
            value=who.name,
            speaker=who.name,
            quote=quote.words,
            quote_span=quote.span.words,
            tier="direct",
            speaker_type=who.type,
        )
    yield from _reported(article, speakers, quoted_sentences)


def _join_sentences(article: Article, starts: list[int], first: Sentence, last: Sentence, start: int, end: int) -> Sentence:
    """The sentence or run of sentences that holds a quote and its attribution."""
    lo = min(first.start, start)
    hi = max(last.end, end)
    i = max(0, bisect_right(starts, lo) - 1)
    sents = [s for s in article.sentences[i : bisect_left(starts, hi)] if s.end > lo and s.start < hi]
    if not sents:
        return first
    a, b = sents[0].start, sents[-1].end
    return Sentence(article.text[a:b], a, b, sents[0].paragraph)


def _reported(article: Article, speakers: Speakers, skip: set[int]) -> Iterator[Fact]:
    """Reported speech: 'X said (that) ...' with no quote marks."""
    masked = speakers.masked
    for sentence in article.sentences:
        if not sentence.body or sentence.start in skip or QUOTE_MARK.search(sentence.text):
            continue
        m = REPORTED.search(masked, sentence.start, sentence.end)
        if not m:
            continue
        if HEARSAY_BEFORE.search(masked[sentence.start : m.start()]):
            continue
        found = phrase_before(masked, m.start(), sentence.start)
        if not found:
            continue
        what = article.text[m.end() : sentence.end].strip().rstrip(".")
        if len(what.split()) < 4:
            continue
        mention = article.text[found[0] : found[1]]
        resolved = speakers.resolve(mention, found[0])
        if resolved is None:
            continue
        speaker, stype = resolved
        yield Fact(
            kind="quote",
            text=mention,
            start=found[0],
            end=found[1],
            sentence=sentence,
            value=speaker,
            speaker=speaker,
            quote=what,
            quote_span=(m.end(), sentence.end),
            tier="indirect",
            speaker_type=stype,
        )
