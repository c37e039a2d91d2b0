"""Who said each quote: an Article and its quotes in, a Speaker (or None) per quote out."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Article, Sentence
from ..marks import Quote
from .cues import Site, attribution, between_mentions, previous_sentence, share_with_next, site_of
from .phrases import mask, name_of
from .salience import Salience

__all__ = ["Speaker", "Speakers", "name_of"]


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the mention as written (offsets into the article), the person or body
    it names, and whether that is a person or an organisation."""

    start: int
    end: int
    mention: str
    name: str
    type: str
    last: Sentence  # the last sentence of the quote with its attribution


class Speakers:
    """The speakers of one article's quotes, found in reading order."""

    def __init__(self, article: Article, quotes: list[Quote]):
        self.article = article
        self.masked = mask(article.text)
        found = [attribution(self._site(q)) for q in quotes]
        lasts = [q.last for q in quotes]
        share_with_next(article.text, quotes, found, lasts)
        self.found = found
        self.lasts = lasts
        named = [(f[0], article.text[f[0] : f[1]]) for f in found if f]
        self.salience = Salience(article, self.masked, [(q.span.open, q.span.close) for q in quotes], named)
        self.quotes = quotes

    def _site(self, quote: Quote) -> Site:
        return site_of(self.article, self.masked, quote.span, quote.first, quote.last)

    def __iter__(self):
        """Yield (quote, Speaker or None) in reading order. A quote's own cue comes first; a quote
        that is a sentence of its own and has none takes the sentence before it, else goes on with
        the last speaker's words (in the same or the next paragraph)."""
        text = self.article.text
        last: Speaker | None = None
        for quote, found, end_sentence in zip(self.quotes, self.found, self.lasts, strict=True):
            whole = quote.is_sentence(text)
            if found is None and whole:
                found = previous_sentence(self.article, self.masked, quote.first, self.salience)
            if found is None and not whole:
                found = between_mentions(self.article, self.masked, quote, self.salience)
            if found is not None:
                who = self._named(found, end_sentence)
            elif whole and last is not None and quote.first.paragraph - last.last.paragraph <= 1:
                start = quote.span.open + 1  # the answer is the name, shown on the quote's words
                who = Speaker(start, start + len(quote.words), last.name, last.name, last.type, end_sentence)
            else:
                who = None
            if who is not None:
                self.salience.heard(who.mention, who.name, who.type)
                last = who
            yield quote, who

    def _named(self, found: tuple[int, int], end_sentence: Sentence) -> Speaker | None:
        """The Speaker a mention names, or None when it names nobody the article resolves."""
        mention = self.article.text[found[0] : found[1]]
        resolved = self.salience.resolve(mention, found[0])
        if resolved is None:
            return None
        return Speaker(found[0], found[1], mention, resolved[0], resolved[1], end_sentence)

    def resolve(self, mention: str, at: int) -> tuple[str, str] | None:
        """(name, type) for a speaker mention at an offset: pronouns and short names resolved."""
        return self.salience.resolve(mention, at)
