"""Cues: where a quote's speaker is written, one named rule per way of writing it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ...model import Article, Sentence
from ..marks import QUOTE_MARK, QUOTE_SPAN, Quote, QuoteSpan
from .phrases import (
    FINITE,
    PERSON_WORDS,
    VERB,
    name_of,
    phrase_after,
    phrase_before,
    sentence_subject,
    valid_np,
)

Span = tuple[int, int]


class People(Protocol):
    """What a cue may ask about the article's people: who is a person, what is quoted."""

    def is_person(self, mention: str) -> bool: ...

    def quoted(self, offset: int) -> bool: ...


# '"...," said X': only a comma (or nothing) between the closing mark and the verb
COMMA_GAP = re.compile(r"\s*,?\s*")
# What may open the words after a quote without attributing it: '"..." while X said ...'
CLAUSE_OPENER = re.compile(r"\s*,?\s*(?:while|and|but|as|whereas|although|though|because|which|who|where|when|if|so|then)\b")
# ", saying:", "was quoted as saying": the speaker is the sentence's subject
PARTICIPLE = re.compile(
    r"(?:,\s*|\bas\s+)(?:saying|adding|telling|warning|insisting|claiming|noting|explaining|arguing|calling|stating"
    r"|speaking|talking)\b"
    # without the comma when what was said follows: "quit claiming he was ...", "a letter stating that"
    r"|\b(?:saying|claiming|stating|insisting|warning|arguing)\s+(?=(?:that|he|she|they|it|the)\b)"
)
# "described by Odile as": a passive with the speaker after "by"
PASSIVE_BY = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|quoted)\s+by\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+as\s*$")
# "described as "heartbreaking" by the department": the speaker follows the quote
PASSIVE_BEFORE = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|termed)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$")
BY_AFTER = re.compile(r"[.,]?\s*by\s+")
# "according to X"
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:!?\"“”]{1,100})", re.I)
# '"...," AP quoted surveyor Rasmus Haldt as saying': the one quoted, not the one quoting
QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^,.;:!?\"“”]{2,80}?)\s+as\s+(?:saying|telling|adding|stating)\b")
# '"...," the agency was quoted as saying'
QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+quoted\s+as\s+(?:saying|telling|adding|stating)\b")
# '"...," is the verdict of Ilse Varga': a noun for what someone said, and whose it is
VERDICT_OF = re.compile(
    r"\s*,?\s*(?:is|was|were|are|came)\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:assessment|verdict|view|opinion|words"
    r"|message|warning|advice|response|reaction|conclusion|comment|judgement|judgment|summary|prediction)\s+(?:of|from)\s+"
)
# 'In the words of the prosecutor, Jane Doe, QC, "..."'
WORDS_OF = re.compile(r"\b[Ii]n\s+(?:the\s+)?words\s+of\s+")
# A passive verb: "he was called ...", "it has been described ...": its subject is not the speaker
PASSIVE_AUX = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?$")
# "described by ...": the verb is a passive, its agent comes after "by"
BY_NEXT = re.compile(r"\s+by\b")
# '"...," beamed Mr Quist.': any verb in the past between a quote's comma and a name
ANY_VERB_THEN_NAME = re.compile(r"\s*,?\s*[a-z]{3,}ed\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\b|[A-Z][a-z]+\s+[A-Z])")
# "Mr Quist is alleged to have said that ...": hearsay about what the subject said
ALLEGED = re.compile(r"\s+(?:is|was|are|were)\s+(?:alleged|reported|understood|believed|thought|said)\s+to\s+have\s+$")
# A verb whose subject is the sentence's: "Ms Varga listed the figures and spoke of ..."
SHARED_SUBJECT = re.compile(r"\b(?:and|but|then)\s+$")
# The first word of a sentence (two for "Points out")
FIRST_WORD = re.compile(r"\s*([A-Z][a-z]+(?:\s+(?:out|of))?)\b")
# The last clause of a sentence, after its last comma
LAST_CLAUSE = re.compile(r",([^,]{2,120})$")
# A quote that opens by talking about a third person: "He showed no remorse", "Her work was ..."
ABOUT_SOMEONE = re.compile(r"\s*[\"“„]\s*(?:He|She|His|Her|Him)\b")
# Speech verbs looked at in one sentence: real sentences have a few; hostile text has thousands
MAX_VERBS = 8
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
        # '"... the inquiry?" Haldt testified.': the splitter ends the sentence at "?"
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
    """'"We will win," said Coach Maria Vell.'"""
    gap = COMMA_GAP.match(site.masked, site.after, site.limit)
    m = VERB.match(site.masked, gap.end(), site.limit)
    if m and site.masked[m.end() : m.end() + 1].isspace():
        return phrase_after(site.masked, m.end() + 1, site.limit)
    return None


def clause_then_said_speaker(site: Site) -> Span | None:
    """'"It was his idea" despite the row, said another witness, adviser Nadia Tovar.'"""
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
    """'"We will win," Maria Vell said.' and '"...," Corro, a spokesman, said.'"""
    window = site.masked[site.after : site.limit]
    v = VERB.search(window)
    if not v or re.match(r"\s*:", window[v.end() :]):
        return None  # '..., Corro added: "..."' introduces the next quote, not this one
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
            # '" Corro, a spokesman, said': the name is the first chunk
            first_chunk = re.match(r"\s*,?\s*([^,]+),", lead)
            if first_chunk and first_chunk.group(1).strip()[0].isupper():
                s = site.after + first_chunk.start(1)
                return s, s + len(first_chunk.group(1).rstrip())
    return found


def verb_then_name(site: Site) -> Span | None:
    """'"The harbour is safe," beamed Mr Quist.': a verb the tables do not know, in the place of
    "said", before a name."""
    m = ANY_VERB_THEN_NAME.match(site.masked, site.after, site.limit)
    return phrase_after(site.masked, m.end(), site.limit) if m else None


def quoted_as_saying(site: Site) -> Span | None:
    """'"It was easy," AP quoted surveyor Rasmus Haldt as saying.' (Haldt, not AP) and
    '"It was easy," the agency was quoted as saying.'"""
    m = QUOTED_AS.search(site.masked, site.after, site.limit)
    if m and not re.search(r"[.;!?\"“”]", site.masked[site.after : m.start()]):
        return _quoted_one(site.masked, m)
    m = QUOTED_PASSIVE.search(site.masked, site.after, site.limit)
    if m and not re.search(r"[.;!?\"“”]", site.masked[site.after : m.start()]):
        return phrase_before(site.masked, m.start(), site.after)
    return None


def verdict_of(site: Site) -> Span | None:
    """'"Visitors care more than trustees," is the blunt verdict of Ilse Varga, a guide.'"""
    m = VERDICT_OF.match(site.masked, site.after, site.limit)
    return phrase_after(site.masked, m.end(), site.limit) if m else None


def closing_attribution(site: Site) -> Span | None:
    """'Commuters' "quiet fury" could sink the scheme, Marek Quist has said.': the speaker and the
    verb close the quote's sentence after a comma."""
    end = site.last.end
    tail = site.masked[site.after : end]
    if QUOTE_MARK.search(tail):
        return None
    clause = LAST_CLAUSE.search(tail.rstrip())
    if not clause:
        return None
    start = site.after + clause.start(1)
    words = site.masked[start : site.after + clause.end(1)].rstrip(' .!?"”’')
    v = VERB.search(words)
    if not v:
        return None
    if not words[: v.start()].strip():
        return phrase_after(site.masked, start + v.end() + 1, start + len(words))  # ", said Marek Quist."
    if len(words) - v.end() > 40:
        return None  # the verb does not close the sentence
    return phrase_before(site.masked, start + v.start(), start)  # ", Marek Quist has said."


AFTER: tuple[Callable[[Site], Span | None], ...] = (
    said_then_speaker,
    quoted_as_saying,
    verdict_of,
    clause_then_said_speaker,
    speaker_then_said,
    closing_attribution,
    verb_then_name,
)


# --- before the quote, in the sentence it opens in ---


def said_speaker_comma(site: Site) -> Span | None:
    """'"It is," said Mr Haldt, "part of a longer story."': the second half."""
    verbs = list(VERB.finditer(site.masked, site.first.start, site.open))
    if verbs and re.fullmatch(r"\s+[^,.;:!?\"“”]{2,80},\s*", site.masked[verbs[-1].end() : site.open]):
        return phrase_after(site.masked, verbs[-1].end() + 1, site.open)
    return None


def says_speaker_colon(site: Site) -> Span | None:
    """'Notes Dr Varga: "The river is rising."': the verb opens the sentence."""
    m = FIRST_WORD.match(site.masked, site.first.start, site.open)
    if m and VERB.fullmatch(m.group(1).lower()) and re.search(r":\s*$", site.masked[m.end() : site.open]):
        return phrase_after(site.masked, m.end() + 1, site.open)
    return None


def speaker_said_before(site: Site) -> Span | None:
    """'Maria Vell said: "We will win."' and 'Adviser Sam Ortiz warned that the firm will "pay a price".'
    Not a passive ("he was called ..."); hearsay names its subject ("Mr Quist is alleged to have said
    that ..."); a verb sharing its subject takes the sentence's ("Ms Varga paused and spoke of ...")."""
    verbs = list(VERB.finditer(site.masked, site.first.start, site.open))
    if not verbs:
        return None
    verb = verbs[-1].start()
    between = QUOTE_SPAN.search(site.masked, verbs[-1].end(), site.open)
    if between and FINITE.search(site.masked, between.end(), site.open):
        return None  # 'Varga thanked "the staff" and hummed "Blue Moon"': "thanked" governs the first quote only
    if PASSIVE_AUX.search(site.masked, max(site.first.start, verb - 20), verb) or BY_NEXT.match(site.masked, verbs[-1].end()):
        return None  # "he was called ...", "described by Jo as ...": the subject is not the speaker
    alleged = ALLEGED.search(site.masked, max(site.first.start, verb - 40), verb)
    if alleged:
        verb = alleged.start()
    found = phrase_before(site.masked, verb, site.first.start)
    if not found and SHARED_SUBJECT.search(site.masked, max(site.first.start, verb - 8), verb):
        return sentence_subject(site.masked, site.first.start, verb)
    if found:
        # 'Corro, a spokesman for the ministry, said': the name opening the sentence before the
        # apposition (not 'According to the Daily Courier, the minister said')
        words = site.text[found[0] : found[1]].split()
        if words[0].lower() in ("a", "an") or (words[-1].lower() in PERSON_WORDS and not any(w[0].isupper() for w in words)):
            prev = re.fullmatch(r"\s*((?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*),\s*", site.masked[site.first.start : found[0]])
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
    """'The mayor defended the record, saying: "..."' and 'The mayor defended the record: "..."'."""
    part = PARTICIPLE.search(site.masked, site.first.start, site.open)
    colon = re.search(r":\s*$", site.masked[site.first.start : site.open])
    if part or colon:
        return sentence_subject(site.masked, site.first.start, part.start() if part else site.open)
    return None


def in_the_words_of(site: Site) -> Span | None:
    """'In the words of the prosecutor, Jane Doe, "It was planned."'"""
    m = WORDS_OF.search(site.masked, site.first.start, site.open)
    return phrase_after(site.masked, m.end(), site.open) if m else None


def quoted_as_saying_before(site: Site) -> Span | None:
    """'A paper quoted Brenna Kessen as saying: "It was planned."' (Kessen, not the paper)."""
    m = QUOTED_AS.search(site.masked, site.first.start, site.open)
    return _quoted_one(site.masked, m) if m else None


def _quoted_one(masked: str, m: re.Match) -> Span | None:
    """The whole phrase between "quoted" and "as saying" when it is a speaker: "an insider in the talks"."""
    words = m.group("who").split()
    if len(words) <= 8 and valid_np(re.split(r"\s(?:in|at|of|from|for|with|on)\s", m.group("who"))[0].split()):
        return m.start("who"), m.end("who")
    return phrase_after(masked, m.start("who"), m.end("who"))


def according_to(site: Site) -> Span | None:
    """'"Prices will rise," according to the central bank.'"""
    m = ACCORDING.search(site.masked, site.close, site.limit) or ACCORDING.search(site.masked, site.first.start, site.open)
    return phrase_after(site.masked, m.start("who"), m.end("who") + 1) if m else None


BEFORE: tuple[Callable[[Site], Span | None], ...] = (
    says_speaker_colon,
    quoted_as_saying_before,
    said_speaker_comma,
    speaker_said_before,
    in_the_words_of,
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


# --- across quotes and sentences: a quote with no cue of its own ---


def share_with_next(text: str, quotes: list[Quote], found: list[Span | None], lasts: list[Sentence]) -> None:
    """Give an unattributed quote the attribution of the quote right after it: a partial quote in
    the same sentence ('"very useful" and "we will meet again," said X'), or a quote the writer
    ran on into the next without closing it ('"A. "B," said X')."""
    for i in range(len(quotes) - 2, -1, -1):
        if found[i] is not None or found[i + 1] is None:
            continue
        here, nxt = quotes[i], quotes[i + 1]
        partial = nxt.first is lasts[i] and not here.opens_sentence
        run_on = here.opens_sentence and not text[here.span.close : nxt.span.open].strip(' \n"”')
        if partial or run_on:
            found[i] = found[i + 1]
            lasts[i] = lasts[i + 1]


def previous_sentence(article: Article, masked: str, sentence: Sentence, people: People) -> Span | None:
    """A quote that opens its sentence, with no cue of its own, is spoken by whoever the sentence
    right before (in the same paragraph, outside any quote) reports or is about: 'She said she
    regretted the sale. "I loved that house."'; 'Her colleague, Nadia Tovar, blames the council.
    "We warned them twice."'; 'The trouble, according to Mr Quist, is the weather. "It never stops."'
    ("according to" a paper or an agency that only reported it does not make it the speaker)."""
    before = sentence.start - 1
    while before > 0 and article.text[before].isspace():
        before -= 1
    prev = article.sentence_at(before)
    if prev is None or prev.paragraph != sentence.paragraph or QUOTE_MARK.search(prev.text) or people.quoted(prev.start):
        return None  # another paragraph, or a sentence inside a quote that runs on
    v = VERB.search(masked, prev.start, prev.end)
    found = phrase_before(masked, v.start(), prev.start) if v else None
    if found:
        return found
    found = sentence_subject(masked, prev.start, prev.end)
    about_someone = ABOUT_SOMEONE.match(masked, sentence.start)
    if found and people.is_person(masked[found[0] : found[1]]) and not about_someone:
        return found  # (not 'Reed was jailed. "He showed no remorse."': words about him, not his)
    m = ACCORDING.search(masked, prev.start, prev.end)
    found = phrase_after(masked, m.start("who"), m.end("who") + 1) if m else None
    return found if found and people.is_person(masked[found[0] : found[1]]) else None


def between_mentions(article: Article, masked: str, quote: Quote, people: People) -> Span | None:
    """A quote with no cue of its own, in a sentence with no speech verb, between a sentence that
    names someone and one that says they spoke: 'said Brenna Kessen. The port is a "sleeping giant". It
    will need workers, Ms Kessen explained.' (the same paragraph throughout)."""
    if VERB.search(masked, quote.first.start, quote.last.end):
        return None
    after = quote.last.end
    while after < len(article.text) and article.text[after].isspace():
        after += 1
    nxt = article.sentence_at(after)
    before = quote.first.start - 1
    while before > 0 and article.text[before].isspace():
        before -= 1
    prev = article.sentence_at(before)
    if nxt is None or prev is None or not (prev.paragraph == quote.first.paragraph == nxt.paragraph):
        return None
    if QUOTE_MARK.search(nxt.text) or people.quoted(nxt.start):
        return None
    for i, v in enumerate(VERB.finditer(masked, nxt.start, nxt.end)):
        found = phrase_before(masked, v.start(), nxt.start)
        if i >= MAX_VERBS:
            break
        if not found:
            continue
        mention = masked[found[0] : found[1]]
        said = re.sub(r"^(?:the|a|an)\s+", "", name_of(mention) or mention, flags=re.I)
        for m in re.finditer(rf"\b{re.escape(said)}\b", masked[prev.start : prev.end], re.I):
            if not people.quoted(prev.start + m.start()):
                return found  # named before the quote in the writer's words, not inside someone's quote
    return None
