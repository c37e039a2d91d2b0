"""Quotation marks: the balanced double-quoted spans of an article, in reading order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Article, Sentence

QUOTE_MARK = re.compile(r"[\"“”„]")
# A quoted stretch with no mark inside it: '"a liar"', '“pay a price”'
QUOTE_SPAN = re.compile(r"[\"“„][^\"“”„]*[\"”]")


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: offsets of its opening mark and of its closing mark (or of where it stops)."""

    open: int
    close: int
    paragraph_start: int
    run_on: bool = False  # no closing mark: the writer went straight on to another quote

    @property
    def words(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass(frozen=True)
class Quote:
    """A quotation with the sentences it opens and closes in, and its words without the marks."""

    span: QuoteSpan
    first: Sentence
    last: Sentence
    words: str

    @property
    def opens_sentence(self) -> bool:
        """True when the quote starts its sentence (a continuation, not a phrase in someone's prose)."""
        return self.span.open <= self.first.start + 1

    def is_sentence(self, text: str) -> bool:
        """True when the quote is a sentence of its own: it opens its sentence and nothing but
        punctuation or an attribution after a comma follows it ('"Blue Moon" is a fine song' is not)."""
        inner = text[self.span.open + 1 : self.span.close].rstrip()
        after = text[self.span.close + 1 : self.last.end]
        ends = self.span.run_on or inner.endswith((",", ".", "!", "?", "…", "-", "—", "–"))
        return self.opens_sentence and (ends or not re.match(r"\s*[\w(]", after))


def quote_spans(article: Article) -> Iterator[QuoteSpan]:
    """Yield balanced double-quoted spans; a paragraph left open continues into the next one
    when that paragraph opens with a quote mark. Unbalanced paragraphs are skipped."""
    text = article.text
    starts = [s for s, _ in article.paragraphs]
    pending: int | None = None
    for p_start, p_end in article.paragraphs:
        marks = [m.start() for m in QUOTE_MARK.finditer(text, p_start, p_end)]
        if pending is not None:
            if marks and marks[0] == p_start:
                marks = marks[1:]  # the continuation mark; the quote goes on
                opened: int | None = pending
            else:
                opened = None
            pending = None
        else:
            opened = None
        spans = []
        ok = True
        nested = False
        for pos in marks:
            role = _role(text, pos)
            if opened is None:
                if role == "close":
                    ok = False  # a closing mark with nothing open: unbalanced
                    break
                opened = pos
            elif role == "open":
                before = text[opened:pos].rstrip()
                if not re.search(r"[.!?,][\"'’”]?$", before):
                    # a quote inside a quote, written with the same marks ("she was the "Queen of
                    # the House" and ..."): its closing mark is not the outer one's
                    nested = True
                    continue
                # a new quote opens while one is open: the writer left the first one to run on
                # to the end of its sentence ("... communities. "Many people ...")
                spans.append(QuoteSpan(opened, opened + len(before), p_start, run_on=True))
                opened = pos
            elif nested:
                nested = False
            else:
                spans.append(QuoteSpan(opened, pos, p_start))
                opened = None
        yield from spans  # those before any unbalanced mark; nothing after it is guessed
        if not ok:
            continue
        if opened is not None:
            if re.search(r"[.!?,]\s*$", text[opened:p_end]):
                pending = opened  # may continue into the next paragraph
                # yield the part in this paragraph if the next paragraph continues it
                nxt = _next_paragraph(starts, p_end)
                if nxt is not None and QUOTE_MARK.match(text, nxt):
                    yield QuoteSpan(opened, p_end, p_start, run_on=True)
                    pending = nxt


def _role(text: str, pos: int) -> str:
    """Whether a quote mark opens or closes, from the characters around it."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    ch = text[pos]
    return "open" if ch in "“„" else "close" if ch == "”" else "either"


def _next_paragraph(starts: list[int], p_end: int) -> int | None:
    i = bisect_right(starts, p_end)
    return starts[i] if i < len(starts) else None
