"""Cues: where a quote's speaker is written, one named rule per way of writing it; each returns
the offsets of the speaker mention, or None."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Article, Sentence
from ..marks import QUOTE_MARK, QUOTE_SPAN, QuoteSpan
from .phrases import PERSON_WORDS, VERB, phrase_after, phrase_before, sentence_subject

Span = tuple[int, int]

# '"...," said X': only a comma (or nothing) between the closing mark and the verb
COMMA_GAP = re.compile(r"\s*,?\s*")
# What may open the words after a quote without attributing it: '"..." while X said ...'
CLAUSE_OPENER = re.compile(r"\s*,?\s*(?:while|and|but|as|whereas|although|though|because|which|who|where|when|if|so|then)\b")
# ", saying:", "was quoted as saying": the speaker is the sentence's subject
PARTICIPLE = re.compile(
    r"(?:,\s*|\bas\s+)(?:saying|adding|telling|warning|insisting|claiming|noting|explaining|arguing|calling|stating)\b"
)
# "described by Sharon as": a passive with the speaker after "by"
PASSIVE_BY = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|quoted)\s+by\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+as\s*$")
# "described as "heartbreaking" by the department": the speaker follows the quote
PASSIVE_BEFORE = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|termed)\s+(?:as\s+)?$")
BY_AFTER = re.compile(r"[.,]?\s*by\s+")
# "according to X"
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:!?\"“”]{1,100})", re.I)
# How far after its closing mark a quote's attribution may be read
REACH = 200


@dataclass(frozen=True)
class Site:
    """A quote with the text around it: what every cue reads."""

    text: str
    masked: str  # the text with abbreviation periods masked, so "Mr. R. Patel" stays one name
    open: int  # the opening mark
    close: int  # the closing mark
    first: Sentence  # the sentence the quote opens in
    last: Sentence  # the sentence it closes in
    limit: int  # how far after the quote its attribution may reach

    @property
    def after(self) -> int:
        return self.close + 1

    @property
    def inner(self) -> str:
        return self.text[self.open + 1 : self.close].rstrip()


def site_of(article: Article, masked: str, span: QuoteSpan, first: Sentence, last: Sentence) -> Site:
    """The site of a quote; after a '?' or '!' the attribution may sit in the next "sentence"."""
    inner = article.text[span.open + 1 : span.close].rstrip()
    end = last.end
    if re.search(r"[?!][’']?$", inner):
        # '"... the investigation?" Holmes testified.': the splitter ends the sentence at "?"
        following = article.sentence_at(last.end + 1) or article.sentence_at(last.end + 2)
        if following is not None and following.paragraph == last.paragraph:
            end = following.end
    limit = min(max(end, span.close + 1), span.close + REACH)
    return Site(article.text, masked, span.open, span.close, first, last, limit)


# --- after the quote: it ends with a comma (or ?, !, a dash) and the attribution follows ---


def _opens_attribution(site: Site) -> bool:
    """True when the quote's last mark leaves room for an attribution after it ('...,"')."""
    inner = site.inner
    comma_after = site.masked[site.after : site.after + 2].lstrip().startswith(",")
    return inner.endswith((",", "?", "!", "—", "–", "-", "…")) or comma_after or not inner.endswith(".")


def said_then_speaker(site: Site) -> Span | None:
    """'"We will win," said Coach Maria Lopez.'"""
    gap = COMMA_GAP.match(site.masked, site.after, site.limit)
    m = VERB.match(site.masked, gap.end(), site.limit)
    if m and site.masked[m.end() : m.end() + 1].isspace():
        return phrase_after(site.masked, m.end() + 1, site.limit)
    return None


def clause_then_said_speaker(site: Site) -> Span | None:
    """'"It was his idea" despite the row, said another witness, adviser Fiona Hill.'"""
    window = site.masked[site.after : site.limit]
    v = VERB.search(window)
    if (
        v
        and re.search(r",\s*$", window[: v.start()])
        and not re.search(r"[.;:!?]", window[: v.start()])
        and re.match(r"\s*[a-z]", window)
    ):
        return phrase_after(site.masked, site.after + v.end() + 1, site.limit)
    return None


def speaker_then_said(site: Site) -> Span | None:
    """'"We will win," Maria Lopez said.' and '"...," Smith, a spokesman, said.'"""
    window = site.masked[site.after : site.limit]
    v = VERB.search(window)
    if not v or re.match(r"\s*:", window[v.end() :]):
        return None  # '..., Wenger added: "..."' introduces the next quote, not this one
    if not (v.start() < 90 or QUOTE_MARK.search(window, 0, v.start())):
        return None
    lead = window[: v.start()]
    if not (QUOTE_MARK.search(lead) or not CLAUSE_OPENER.match(lead)):
        return None
    if re.search(r"[.;:!?]", QUOTE_SPAN.sub("", lead)):
        return None
    found = phrase_before(site.masked, site.after + v.start(), site.after)
    if found:
        before = lead[: found[0] - site.after]
        if re.search(r",", before) and not re.match(r"\s*,\s*$", before):
            # '" Smith, a spokesman, said': the name is the first chunk
            first_chunk = re.match(r"\s*,?\s*([^,]+),", lead)
            if first_chunk and first_chunk.group(1).strip()[0].isupper():
                s = site.after + first_chunk.start(1)
                return s, s + len(first_chunk.group(1).rstrip())
    return found


AFTER: tuple[Callable[[Site], Span | None], ...] = (said_then_speaker, clause_then_said_speaker, speaker_then_said)


# --- before the quote, in the sentence it opens in ---


def said_speaker_comma(site: Site) -> Span | None:
    """'"It is," said Mr Hopkins, "part of the whole conversation."': the second half."""
    verbs = list(VERB.finditer(site.masked, site.first.start, site.open))
    if verbs and re.fullmatch(r"\s+[^,.;:!?\"“”]{2,80},\s*", site.masked[verbs[-1].end() : site.open]):
        return phrase_after(site.masked, verbs[-1].end() + 1, site.open)
    return None


def speaker_said_before(site: Site) -> Span | None:
    """'Maria Lopez said: "We will win."' and 'Adviser Tom Hale warned that the firm will "pay a price".'"""
    verbs = list(VERB.finditer(site.masked, site.first.start, site.open))
    if not verbs:
        return None
    found = phrase_before(site.masked, verbs[-1].start(), site.first.start)
    if found:
        # 'Smith, a spokesman for the ministry, said': the name before the apposition
        words = site.text[found[0] : found[1]].split()
        if words[0].lower() in ("a", "an") or (words[-1].lower() in PERSON_WORDS and not any(w[0].isupper() for w in words)):
            prev = re.search(r"((?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*),\s*$", site.masked[site.first.start : found[0]])
            if prev:
                s = site.first.start + prev.start(1)
                return s, s + len(prev.group(1))
    return found


def described_by_as(site: Site) -> Span | None:
    """'The necklace, described by Jo as "one of a kind", was taken.'"""
    by = PASSIVE_BY.search(site.masked, site.first.start, site.open)
    return phrase_after(site.masked, by.start("who"), by.end("who")) if by else None


def described_as_by(site: Site) -> Span | None:
    """'The flooding was described as "the worst in decades" by the weather service.'"""
    if PASSIVE_BEFORE.search(site.masked, site.first.start, site.open):
        by_after = BY_AFTER.match(site.masked, site.after, site.limit)
        if by_after:
            return phrase_after(site.masked, by_after.end(), site.limit)
    return None


def subject_with_participle_or_colon(site: Site) -> Span | None:
    """'Sunak defended the record, saying: "..."' and 'Sunak defended the record: "..."'."""
    part = PARTICIPLE.search(site.masked, site.first.start, site.open)
    colon = re.search(r":\s*$", site.masked[site.first.start : site.open])
    if part or colon:
        return sentence_subject(site.masked, site.first.start, part.start() if part else site.open)
    return None


def according_to(site: Site) -> Span | None:
    """'"Prices will rise," according to the central bank.'"""
    m = ACCORDING.search(site.masked, site.close, site.limit) or ACCORDING.search(site.masked, site.first.start, site.open)
    return phrase_after(site.masked, m.start("who"), m.end("who") + 1) if m else None


BEFORE: tuple[Callable[[Site], Span | None], ...] = (
    said_speaker_comma,
    speaker_said_before,
    described_by_as,
    described_as_by,
    subject_with_participle_or_colon,
    according_to,
)


def attribution(site: Site) -> Span | None:
    """The speaker mention of one quote, by the first cue that finds one."""
    if _opens_attribution(site):
        for cue in AFTER:
            found = cue(site)
            if found:
                return found
    for cue in BEFORE:
        found = cue(site)
        if found:
            return found
    return None
