"""Who said it: each quote's speaker, from candidates (phrases), where they are written (cues)
and who a pronoun or a short name stands for (salience).

Input: an Article and its quote spans (from marks). Output: one Speaker or None per quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Article, Sentence
from ..marks import Quote
from .cues import Site, attribution, previous_sentence, share_with_next, site_of
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
        """Yield (quote, Speaker or None) in reading order."""
        text = self.article.text
        last: Speaker | None = None
        last_para = -1
        for quote, found, end_sentence in zip(self.quotes, self.found, self.lasts, strict=True):
            whole = quote.is_sentence(text)
            if found is None and whole and not self.salience.quoted(quote.first.start - 2):
                found = previous_sentence(self.article, self.masked, quote.first, self.salience.is_person)
            if found is None:
                # an unattributed quote that opens its sentence goes on with the last speaker's words
                if last is not None and quote.first.paragraph - last_para <= 1 and whole:
                    start = quote.span.open + 1
                    who = Speaker(start, start + len(quote.words), last.name, last.name, last.type, end_sentence)
                    last_para = end_sentence.paragraph
                    self.salience.heard(last.mention, last.name, last.type)
                    last = Speaker(who.start, who.end, last.mention, last.name, last.type, end_sentence)
                    yield quote, who
                    continue
                yield quote, None
                continue
            start, end = found
            mention = text[start:end]
            resolved = self.salience.resolve(mention, start)
            if resolved is None:
                yield quote, None
                continue
            name, stype = resolved
            last = Speaker(start, end, mention, name, stype, end_sentence)
            last_para = end_sentence.paragraph
            self.salience.heard(mention, name, stype)
            yield quote, last

    def resolve(self, mention: str, at: int) -> tuple[str, str] | None:
        """(name, type) for a speaker mention at an offset: pronouns and short names resolved."""
        return self.salience.resolve(mention, at)
