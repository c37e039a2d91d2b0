"""Who said what: direct quotations with their speaker, and reported speech as a lower tier."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Article, Fact, Sentence

# Verbs that attribute speech: "said", "warned", "told", "added", ...
_VERB = (
    r"(?:said|says|say|told|tells|added|adds|warned|warns|stated|states|explained|explains|noted|notes"
    r"|argued|argues|claimed|claims|insisted|insists|asked|asks|replied|replies|wrote|writes|announced"
    r"|declared|declares|urged|urges|testified|confirmed|confirms|acknowledged|admitted|admits|suggested"
    r"|suggests|predicted|commented|continued|recalled|recalls|remarked|responded|responds|described"
    r"|describes|called|calls|told reporters|tweeted|posted|reported|reports|believes|believed|thinks"
    r"|concluded|conceded|cautioned|stressed|emphasised|emphasized|observed|joked|pleaded|vowed|promised"
    r"|maintained|maintains|contended|contends|agreed|agrees|estimated|estimates|accused|criticised|criticized|branded)"
)
VERB = re.compile(rf"\b{_VERB}\b")
# Title words that belong to a speaker's description: "national security adviser", "spokesman"
PERSON_WORDS = frozenset(
    "adviser advisor spokesman spokeswoman spokesperson minister secretary president official officer"
    " director chief executive analyst professor leader chairman chairwoman chair head manager coach"
    " captain player economist researcher scientist expert lawyer attorney judge prosecutor senator"
    " governor mayor ambassador envoy commissioner editor reporter author founder ceo campaigner"
    " inspector detective sergeant colonel general commander consultant coordinator supervisor"
    " deputy member mp lord lady sir dr mr mrs ms miss prince king queen pope singer star rider"
    " actor actress writer witness doctor nurse teacher student resident fan spokesmen officials"
    " premier chancellor counsellor counselor diplomat president-elect vice".split()
)
ORG_WORDS = frozenset(
    "kremlin ministry department office council agency police company corporation corp inc ltd"
    " government committee commission authority association union party statement report bank"
    " group organisation organization institute service services court board federation foundation"
    " house army military embassy administration parliament congress senate newspaper agency's"
    " media tv channel network cdc who un nato fbi cia kcna bbc cnn ap reuters firm club team"
    " league university school hospital charity website".split()
)
PRONOUNS = {"he": "person", "she": "person", "they": None, "it": "organisation", "we": None, "i": None}
# The opening and closing marks of a double quotation, curly or straight
DOUBLE = "\"“”„"
QUOTE_MARK = re.compile(r"[\"“”„]")
# Speaker words after the quote: ", said X" or ", X said"
AFTER_VERB_FIRST = re.compile(rf"\s*,?\s*{_VERB}\s+(?P<who>[^,.;:!?\"“”]{{1,120}})")
AFTER_WHO_FIRST = re.compile(rf"\s*,?\s*(?P<who>[^,.;:!?\"“”]{{1,100}}?)\s+(?:\w+ly\s+|also\s+)?{_VERB}\b")
# "according to X"
ACCORDING = re.compile(r"\baccording to (?P<who>[^,.;:!?\"“”]{1,100})", re.I)
# Reported speech: "X said (that) ..." with no quote marks
REPORTED = re.compile(rf"^(?P<who>[^,;:\"“”]{{2,120}}?)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+)?(?P<verb>said|says|told \w+(?: \w+)?|warned|argued|claimed|insisted|believes|added|stated|testified)\s+(?:that\s+)?(?P<what>[^\"“”]{{12,}})$")


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
    speakers: list[tuple[str, str, str]] = []  # (mention, full description, type) in reading order
    last: tuple[str, str, str] | None = None
    last_para = -1
    quoted_sentences: set[int] = set()
    for span in _quote_spans(article):
        sentence = article.sentence_at(span.open) or article.sentence_at(span.close - 1)
        if sentence is None:
            continue
        words = article.text[span.open + 1 : span.close].strip()
        words = words.strip(" ,")
        if len(words) < 2:
            continue
        end_sentence = article.sentence_at(span.close) or sentence
        who = _attribution(article, span, sentence, end_sentence)
        if who is None:
            # an unattributed quote continues the last speaker's words in the same paragraph,
            # or the paragraph right after
            if last is not None and sentence.paragraph - last_para <= 1 and _is_full_quote(article, span, sentence):
                who = (last[0], last[1], last[2], None)
            else:
                continue
        mention, start, end = who[0], who[3] if who[3] is not None else span.open, None
        resolved = _resolve(mention, speakers)
        if resolved is None:
            continue
        speaker, stype = resolved
        if who[3] is not None:
            start = who[3]
            end = start + len(mention)
        else:
            start, end = span.open + 1, span.open + 1 + len(words)
            mention = speaker
        last = (mention, speaker, stype)
        last_para = end_sentence.paragraph
        speakers.append((mention, speaker, stype))
        whole = _join_sentences(article, sentence, end_sentence, start, end)
        for s in article.sentences:
            if sentence.start <= s.start <= end_sentence.start:
                quoted_sentences.add(s.start)
        yield Fact(
            kind="quote",
            text=article.text[start:end] if who[3] is not None else speaker,
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
    yield from _reported(article, speakers, quoted_sentences)


def _quote_spans(article: Article) -> Iterator[_Span]:
    """Yield balanced double-quoted spans; a paragraph left open continues into the next one
    when that paragraph opens with a quote mark. Unbalanced paragraphs are skipped."""
    text = article.text
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
        for pos in marks:
            ch = text[pos]
            if opened is None:
                if ch == "”" and not _looks_opening(text, pos):
                    ok = False
                    break
                opened = pos
            else:
                if ch in "“„" and not _looks_closing(text, pos):
                    ok = False  # a second opening before a close: unbalanced
                    break
                spans.append(_Span(opened, pos, p_start))
                opened = None
        if not ok:
            continue
        yield from spans
        if opened is not None:
            if re.search(r"[.!?,]\s*$", text[opened:p_end]):
                pending = opened  # may continue into the next paragraph
                # yield the part in this paragraph if the next paragraph continues it
                nxt = _next_paragraph(article, p_end)
                if nxt is not None and QUOTE_MARK.match(text, nxt):
                    yield _Span(opened, p_end, p_start)
                    pending = nxt
            # otherwise unbalanced: skipped, not guessed


def _next_paragraph(article: Article, p_end: int) -> int | None:
    for s, _ in article.paragraphs:
        if s > p_end:
            return s
    return None


def _looks_opening(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in " \n(—–-[" 


def _looks_closing(text: str, pos: int) -> bool:
    return pos > 0 and not text[pos - 1].isspace()


def _is_full_quote(article: Article, span: _Span, sentence: Sentence) -> bool:
    """True when the quote starts its sentence (a continuation, not a phrase in someone's prose)."""
    return span.open <= sentence.start + 1


def _attribution(article: Article, span: _Span, first: Sentence, last: Sentence):
    """Return (mention, None, None, offset) of the speaker for a quote, or None."""
    text = article.text
    # after the closing mark, within the closing sentence: '," said X' or '," X said'
    after_end = max(last.end, span.close + 1)
    after = text[span.close + 1 : min(after_end, span.close + 160)]
    if not re.match(r"\s*[A-Z“\"]", after) or re.match(r"\s*(?:he|she|they|it|we|I)\b", after, re.I):
        m = AFTER_VERB_FIRST.match(after)
        if m and not re.match(r"\s*(?:that|the\s+\w+\s+(?:was|is)|it\b)", m.group("who")) and m.group("who").strip():
            who = _clean_who(m.group("who"), after_verb=True)
            if who:
                rest = after[m.end("who") :]
                who = _prefer_named_apposition(who, rest)
                off = text.find(who, span.close + 1, span.close + 1 + len(after) + 1)
                return (who, None, None, off if off >= 0 else span.close + 1)
        m = AFTER_WHO_FIRST.match(after)
        if m and not re.match(r"\s*,?\s*(?:while|and|but|as|whereas|although|though|because|which|who|where|when|if|so)\b", after):
            who = _clean_who(m.group("who"))
            if who:
                off = text.find(who, span.close + 1)
                return (who, None, None, off)
    # before the opening mark, within the opening sentence: 'X said: "', 'X warned that ... "'
    before = text[first.start : span.open]
    verbs = list(VERB.finditer(before))
    if verbs:
        v = verbs[-1]
        subject = before[: v.start()]
        who = _subject(subject)
        if who:
            off = first.start + subject.rfind(who)
            return (who, None, None, off)
    m = ACCORDING.search(text, span.close, last.end) or ACCORDING.search(before)
    if m:
        who = _clean_who(m.group("who"), after_verb=True)
        if who:
            off = text.find(who, m.start())
            return (who, None, None, off)
    return None


def _clean_who(who: str, after_verb: bool = False) -> str | None:
    """Trim a speaker description to the words that name the speaker."""
    who = who.strip()
    who = re.sub(r"^(?:and|but|as|while|who|then)\s+", "", who)
    who = re.sub(r"\s+(?:on|in|at|during|after|before|last|this|yesterday|today|when|while|as|to|after)\b.*$", "", who) if after_verb and not _has_capital_after(who) else who
    who = re.sub(r"\s+(?:in a statement|in an interview|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on Twitter|yesterday|today|last \w+|this \w+)\b.*$", "", who)
    words = who.split()
    if not words or len(words) > 12:
        return None
    low = who.lower()
    if low in PRONOUNS:
        return who
    if not any(w[0].isupper() for w in words) and not any(w.lower().strip("'’s") in PERSON_WORDS | ORG_WORDS for w in words):
        return None
    if low.startswith(("the quote", "the statement said", "it ")):
        return None
    return who


def _has_capital_after(who: str) -> bool:
    return bool(re.search(r"\b(?:of|at|for|from)\s+(?:the\s+)?[A-Z]", who))


def _prefer_named_apposition(who: str, rest: str) -> str:
    """'said another witness, former adviser Fiona Hill' -> the named apposition."""
    if _has_name(who):
        return who
    m = re.match(r"\s*,\s*([^,.;:!?\"“”]{2,80})", rest)
    if m and _has_name(m.group(1)):
        return m.group(1).strip()
    return who


def _has_name(s: str) -> bool:
    words = s.split()
    return any(w[0].isupper() for w in words[1:]) or (bool(words) and words[0][0].isupper() and words[0].lower() not in ("the", "a", "an"))


def _subject(before_verb: str) -> str | None:
    """The noun phrase right before a speech verb: the speaker."""
    chunk = re.split(r"[,;:(—–]|\band\b|\bbut\b|\bwhile\b|\bthat\b|\bas\b|\bwhen\b", before_verb)[-1]
    chunk = re.sub(r"\s+(?:\w+ly|also|has|had|have|will|would|could|was|were|is|then|previously|once|had also|has also)\s*$", "", chunk.rstrip())
    chunk = re.sub(r"\s+(?:\w+ly|also|has|had|have)\s*$", "", chunk.rstrip())
    who = chunk.strip()
    if not who:
        return None
    return _clean_who(who)


def _resolve(mention: str, speakers: list[tuple[str, str, str]]) -> tuple[str, str] | None:
    """Return (speaker, type) for a mention: pronouns and short names resolved to earlier speakers."""
    low = mention.lower()
    if low in PRONOUNS:
        want = PRONOUNS[low]
        for _, full, stype in reversed(speakers):
            if want is None or stype == want:
                return full, stype
        return None
    stype = _speaker_type(mention)
    name = name_of(mention)
    if name:
        surname = name.split()[-1]
        for _, full, t in reversed(speakers):
            if full != mention and name_of(full).split()[-1:] == [surname] and len(name_of(full)) > len(name):
                return full, t
    return mention, stype


def name_of(speaker: str) -> str:
    """The proper name at the end of a description: 'Kremlin spokesman Dmitry Peskov' -> 'Dmitry Peskov'."""
    words = speaker.replace(",", " ").split()
    out: list[str] = []
    for w in reversed(words):
        if w[0].isupper() and w.lower().strip(".") not in PERSON_WORDS or re.fullmatch(r"[A-Z]\.", w):
            out.append(w)
        else:
            break
    return " ".join(reversed(out))


def _speaker_type(mention: str) -> str:
    words = [re.sub(r"(?:['’]s?|[.,])$", "", w.lower()) for w in mention.split()]
    if any(w in ORG_WORDS for w in words) or re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", mention.strip()):
        if not any(w in PERSON_WORDS for w in words):
            return "organisation"
    return "person"


def _join_sentences(article: Article, first: Sentence, last: Sentence, start: int, end: int | None) -> Sentence:
    """The sentence or run of sentences that holds a quote and its attribution."""
    lo = min(first.start, start)
    hi = max(last.end, end or 0)
    sents = [s for s in article.sentences if s.end > lo and s.start < hi]
    if not sents:
        return first
    a, b = sents[0].start, sents[-1].end
    return Sentence(article.text[a:b], a, b, sents[0].paragraph)


def _reported(article: Article, speakers: list[tuple[str, str, str]], skip: set[int]) -> Iterator[Fact]:
    """Reported speech: 'X said (that) ...' and '..., according to X' with no quote marks."""
    for sentence in article.sentences:
        if sentence.start in skip or QUOTE_MARK.search(sentence.text):
            continue
        m = REPORTED.match(sentence.text.rstrip(".!?"))
        if not m:
            continue
        if re.search(r"\b(?:is|are|was|were|be|been|being)\s*$", m.group("who")):
            continue  # "is said to": hearsay, not a speaker
        who = _subject(m.group("who"))
        if not who or len(m.group("who").split()) > 12:
            continue
        resolved = _resolve(who, speakers)
        if resolved is None:
            continue
        speaker, stype = resolved
        off = sentence.start + sentence.text.find(who)
        yield Fact(
            kind="quote",
            text=who,
            start=off,
            end=off + len(who),
            sentence=sentence,
            value=speaker,
            speaker=speaker,
            quote=re.sub(r"^[^,]{0,40}?\bthat\s+", "", m.group("what").strip()),
            quote_span=(sentence.start + m.start("what"), sentence.start + m.end("what")),
            tier="indirect",
            speaker_type=stype,
        )
