"""Who said what: direct quotations with their speaker, and reported speech as a lower tier."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Article, Fact, Sentence
from ..words import word_starts
from .spans import Spans
from .speakers import (
    PERSON_WORDS,
    PRONOUNS,
    VERB,
    genders_of,
    known_speakers,
    mask,
    phrase_after,
    phrase_before,
    resolve,
    sentence_subject,
)

QUOTE_MARK = re.compile(r"[\"“”„]")
QUOTE_SPAN = re.compile(r"[\"“„][^\"“”„]*[\"”]")
# "described as "heartbreaking" by the department": the speaker follows the quote
PASSIVE_BEFORE = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|termed)\s+(?:as\s+)?$")
BY_AFTER = re.compile(r"[.,]?\s*by\s+")
# "according to X"
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:!?\"“”]{1,100})", re.I)
# Reported speech: "X said (that) ..." with no quote marks
REPORTED = re.compile(
    r"\b(?:said|says|warned|argued|claimed|insisted|added|stated|testified|told (?:\w+ ){0,3}?)"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+that\s+"
)


@dataclass
class _Span:
    open: int  # offset of the opening mark in the article text
    close: int  # offset of the closing mark
    paragraph_start: int

    @property
    def words(self) -> tuple[int, int]:
        return self.open + 1, self.close


def find_quotes(article: Article) -> Iterator[Fact]:
    """Yield who-said-what facts: direct quotes first-tier, reported speech lower-tier."""
    masked = mask(article.text)
    items = []
    for span in _quote_spans(article):
        sentence = article.sentence_at(span.open) or article.sentence_at(span.close - 1)
        if sentence is None or not sentence.body:
            continue
        words = article.text[span.open + 1 : span.close].strip().strip(" ,")
        if len(words) < 2:
            continue
        end_sentence = article.sentence_at(span.close) or sentence
        items.append((span, sentence, end_sentence, words, _attribution(article, masked, span, sentence, end_sentence)))
    # '"very useful" and "we will meet again," said X': a partial quote shares the attribution
    # of the quote after it in the same sentence
    for i in range(len(items) - 2, -1, -1):
        span, sentence, end_sentence, words, found = items[i]
        nxt = items[i + 1]
        if found is None and nxt[4] is not None and nxt[1] is end_sentence and not _is_full_quote(article, span, sentence):
            items[i] = (span, sentence, nxt[2], words, nxt[4])
    # every named speaker, so "he said" can be resolved to the one last mentioned
    named = [article.text[f[0] : f[1]] for *_, f in items if f and article.text[f[0] : f[1]].lower() not in PRONOUNS]
    known = known_speakers(named)
    inside = Spans((sp.open, sp.close) for sp, *_ in items)
    events = _speech_subjects(article, masked, inside) + [(f[0], article.text[f[0] : f[1]]) for *_, f in items if f]
    for key, (full, stype) in known.items():
        if stype == "person":
            for start in word_starts(article.text, key):
                if not inside.holds(start):
                    events.append((start, full))
    for sent in article.sentences:
        if sent.body:
            subject = sentence_subject(masked, sent.start, sent.end)
            if subject and re.fullmatch(r"(?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*", masked[subject[0] : subject[1]]):
                events.append((subject[0], article.text[subject[0] : subject[1]]))
    events = sorted({(o, m) for o, m in events if m.lower() not in PRONOUNS})
    genders = genders_of(article.text, known, events, inside)
    speakers: list[tuple[str, str, str]] = []  # (mention, resolved speaker, type) in reading order
    last: tuple[str, str, str] | None = None
    last_para = -1
    quoted_sentences: set[int] = set()
    for span, sentence, end_sentence, words, found in items:
        if found is None and _is_full_quote(article, span, sentence):
            # "She said she wished ... . "I always take them off ...": the speaker of the
            # sentence right before, when it reports speech
            prev = _previous_sentence(article, sentence)
            if prev is not None and prev.paragraph == sentence.paragraph and not QUOTE_MARK.search(prev.text):
                v = VERB.search(masked, prev.start, prev.end)
                np = phrase_before(masked, v.start(), prev.start) if v else None
                if np:
                    found = np
        if found is None:
            # an unattributed quote that opens its sentence goes on with the last speaker's words
            if last is not None and sentence.paragraph - last_para <= 1 and _is_full_quote(article, span, sentence):
                mention, speaker, stype = last
                start, end = span.open + 1, span.open + 1 + len(words)
                text = speaker
            else:
                continue
        else:
            start, end = found
            mention = article.text[start:end]
            resolved = resolve(mention, speakers, known, article.text, start, events, genders)
            if resolved is None:
                continue
            speaker, stype = resolved
            text = mention
        last = (mention, speaker, stype)
        last_para = end_sentence.paragraph
        speakers.append((mention, speaker, stype))
        whole = _join_sentences(article, sentence, end_sentence, start, end)
        for s in article.sentences_between(sentence.start, end_sentence.start + 1):
            quoted_sentences.add(s.start)
        yield Fact(
            kind="quote",
            text=text,
            start=start,
            end=end,
            sentence=whole,
            value=speaker,
            speaker=speaker,
            quote=words,
            quote_span=span.words,
            tier="direct",
            speaker_type=stype,
        )
    yield from _reported(article, masked, speakers, quoted_sentences, known, events, genders)


def _previous_sentence(article: Article, sentence: Sentence) -> Sentence | None:
    i = article.sentence_index(sentence.start)
    return article.sentences[i - 1] if i > 0 and article.sentences[i] == sentence else None


# Speech verbs looked at in one sentence: real sentences have a few; hostile text has thousands
MAX_VERBS_PER_SENTENCE = 8


def _speech_subjects(article: Article, masked: str, inside: Spans) -> list[tuple[int, str]]:
    """(offset, mention) of every named subject of a speech verb outside quotes, in order."""
    out = []
    for s in article.sentences:
        if not s.body:
            continue
        for i, v in enumerate(VERB.finditer(masked, s.start, s.end)):
            if i >= MAX_VERBS_PER_SENTENCE:
                break
            if inside.holds(v.start()):
                continue
            found = phrase_before(masked, v.start(), s.start)
            if found:
                out.append((found[0], article.text[found[0] : found[1]]))
    return out


def _quote_spans(article: Article) -> Iterator[_Span]:
    """Yield balanced double-quoted spans; a paragraph left open continues into the next one
    when that paragraph opens with a quote mark. Unbalanced paragraphs are skipped."""
    text = article.text
    pending: int | None = None
    for k, (p_start, p_end) in enumerate(article.paragraphs):
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
                end = pos  # where the open quote's words end: before the spaces (read once each)
                while end > opened and text[end - 1].isspace():
                    end -= 1
                if not re.search(r"[.!?,][\"'’”]?$", text[max(opened, end - 2) : end]):
                    # a quote inside a quote, written with the same marks ("he was the "Father of
                    # the House" and ..."): its closing mark is not the outer one's
                    nested = True
                    continue
                # a new quote opens while one is open: the writer left the first one to run on
                # to the end of its sentence ("... communities. "Many people ...")
                spans.append(_Span(opened, end, p_start))
                opened = pos
            elif nested:
                nested = False
            else:
                spans.append(_Span(opened, pos, p_start))
                opened = None
        yield from spans  # those before any unbalanced mark; nothing after it is guessed
        if not ok:
            continue
        if opened is not None:
            if re.search(r"[.!?,]\s*$", text[opened:p_end]):
                pending = opened  # may continue into the next paragraph
                # yield the part in this paragraph if the next paragraph continues it
                nxt = article.paragraphs[k + 1][0] if k + 1 < len(article.paragraphs) else None
                if nxt is not None and QUOTE_MARK.match(text, nxt):
                    yield _Span(opened, p_end, p_start)
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


def _is_full_quote(article: Article, span: _Span, sentence: Sentence) -> bool:
    """True when the quote starts its sentence (a continuation, not a phrase in someone's prose)."""
    return span.open <= sentence.start + 1


# ", saying:", "was quoted as saying": the speaker is the sentence's subject
PARTICIPLE = re.compile(
    r"(?:,\s*|\bas\s+)(?:saying|adding|telling|warning|insisting|claiming|noting|explaining|arguing|calling|stating)\b"
)
# "described by Sharon as": a passive with the speaker after "by"
PASSIVE_BY = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|quoted)\s+by\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+as\s*$")
COMMA_GAP = re.compile(r"\s*,?\s*")


def _attribution(article: Article, masked: str, span: _Span, first: Sentence, last: Sentence) -> tuple[int, int] | None:
    """Offsets of the speaker mention for a quote, or None when nothing attributes it."""
    text = article.text
    inner = text[span.open + 1 : span.close].rstrip()
    end = last.end
    if re.search(r"[?!][’']?$", inner):
        # '"... the investigation?" Holmes testified.': the splitter ends the sentence at "?"
        following = article.sentence_at(last.end + 1) or article.sentence_at(last.end + 2)
        if following is not None and following.paragraph == last.paragraph:
            end = following.end
    limit = min(max(end, span.close + 1), span.close + 200)
    after_pos = span.close + 1
    opens_attribution = inner.endswith((",", "?", "!", "—", "–", "-", "…")) or masked[
        after_pos : after_pos + 2
    ].lstrip().startswith(",")
    if opens_attribution or not inner.endswith("."):
        gap = COMMA_GAP.match(masked, after_pos, limit)
        m = VERB.match(masked, gap.end(), limit)  # '," said X'
        if m and masked[m.end() : m.end() + 1].isspace():
            found = phrase_after(masked, m.end() + 1, limit)
            if found:
                return found
        # '," X said' / '," X, a spokesman, said'
        window = masked[after_pos:limit]
        v = VERB.search(window)
        if (
            v
            and re.search(r",\s*$", window[: v.start()])
            and not re.search(r"[.;:!?]", window[: v.start()])
            and re.match(r"\s*[a-z]", window)
        ):
            # '"he was in charge of Ukraine" despite ..., said another witness, adviser Fiona Hill'
            found = phrase_after(masked, after_pos + v.end() + 1, limit)
            if found:
                return found
        if v and re.match(r"\s*:", window[v.end() :]):
            v = None  # '..., Wenger added: "..."' introduces the next quote, not this one
        if v and (v.start() < 90 or QUOTE_MARK.search(window, 0, v.start())):
            lead = window[: v.start()]
            another_quote = QUOTE_MARK.search(lead) is not None
            if (
                another_quote
                or not re.match(
                    r"\s*,?\s*(?:while|and|but|as|whereas|although|though|because|which|who|where|when|if|so|then)\b", lead
                )
            ) and not re.search(r"[.;:!?]", QUOTE_SPAN.sub("", lead)):
                found = phrase_before(masked, after_pos + v.start(), after_pos)
                if found:
                    if re.search(r",", lead[: found[0] - after_pos]) and not re.match(r"\s*,\s*$", lead[: found[0] - after_pos]):
                        # '" Smith, a spokesman, said': the name is the first chunk
                        first_chunk = re.match(r"\s*,?\s*([^,]+),", lead)
                        if first_chunk and first_chunk.group(1).strip()[0].isupper():
                            s = after_pos + first_chunk.start(1)
                            return s, s + len(first_chunk.group(1).rstrip())
                    return found
    # before the opening mark, in the opening sentence: 'X said: "', 'X warned that ... "'
    verbs = list(VERB.finditer(masked, first.start, span.open))
    if verbs and re.fullmatch(r"\s+[^,.;:!?\"“”]{2,80},\s*", masked[verbs[-1].end() : span.open]):
        # '..., said Mr Hopkins, "is part of the whole messy conversation."'
        found = phrase_after(masked, verbs[-1].end() + 1, span.open)
        if found:
            return found
    for v in reversed(verbs):
        found = phrase_before(masked, v.start(), first.start)
        if found:
            # 'Smith, a spokesman for the ministry, said': the name before the apposition
            words = text[found[0] : found[1]].split()
            if words[0].lower() in ("a", "an") or (words[-1].lower() in PERSON_WORDS and not any(w[0].isupper() for w in words)):
                prev = re.search(r"((?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*),\s*$", masked[first.start : found[0]])
                if prev:
                    s = first.start + prev.start(1)
                    return s, s + len(prev.group(1))
            return found
        break
    by = PASSIVE_BY.search(masked, first.start, span.open)
    if by:
        found = phrase_after(masked, by.start("who"), by.end("who"))
        if found:
            return found
    # 'has been described as "heartbreaking" by the conservation department'
    if PASSIVE_BEFORE.search(masked, first.start, span.open):
        by_after = BY_AFTER.match(masked, span.close + 1, limit)
        if by_after:
            found = phrase_after(masked, by_after.end(), limit)
            if found:
                return found
    # ", saying: "..."" or "Sunak defended the record: "..."": the sentence's subject speaks
    part = PARTICIPLE.search(masked, first.start, span.open)
    colon = re.search(r":\s*$", masked[first.start : span.open])
    if part or colon:
        found = sentence_subject(masked, first.start, part.start() if part else span.open)
        if found:
            return found
    m = ACCORDING.search(masked, span.close, limit) or ACCORDING.search(masked, first.start, span.open)
    if m:
        found = phrase_after(masked, m.start("who"), m.end("who") + 1)
        if found:
            return found
    return None


def _join_sentences(article: Article, first: Sentence, last: Sentence, start: int, end: int | None) -> Sentence:
    """The sentence or run of sentences that holds a quote and its attribution."""
    lo = min(first.start, start)
    hi = max(last.end, end or 0)
    sents = article.sentences_between(lo, hi)
    if not sents:
        return first
    a, b = sents[0].start, sents[-1].end
    return Sentence(article.text[a:b], a, b, sents[0].paragraph)


def _reported(
    article: Article,
    masked: str,
    speakers: list[tuple[str, str, str]],
    skip: set[int],
    known: dict[str, tuple[str, str]],
    events: list[tuple[int, str]],
    genders,
) -> Iterator[Fact]:
    """Reported speech: 'X said (that) ...' with no quote marks."""
    for sentence in article.sentences:
        if not sentence.body or sentence.start in skip or QUOTE_MARK.search(sentence.text):
            continue
        m = REPORTED.search(masked, sentence.start, sentence.end)
        if not m:
            continue
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", masked[sentence.start : m.start()]):
            continue  # "is said to": hearsay, not a speaker
        found = phrase_before(masked, m.start(), sentence.start)
        if not found:
            continue
        what = article.text[m.end() : sentence.end].strip().rstrip(".")
        if len(what.split()) < 4:
            continue
        mention = article.text[found[0] : found[1]]
        resolved = resolve(mention, speakers, known, article.text, found[0], events, genders)
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
