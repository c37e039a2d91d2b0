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
    r"|maintained|maintains|contended|contends|agreed|agrees|estimated|estimates|accused|criticised|criticized|branded"
    r"|instructed|shouted|yelled|whispered|quipped|answered|countered|retorted|boasted|complained|lamented|mused"
    r"|stating|explaining|adding|saying|telling|writing|assured|reiterated|pledged|informed|reassured|alleged"
    r"|revealed|disclosed|denied|demanded|questioned|recounted|explained|points out|pointed out)"
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
    " media tv channel network cdc un nato fbi cia kcna bbc cnn ap reuters firm club team"
    " league university school hospital charity website".split()
)
# A document standing in for whoever issued it: "The statement said", "the report added"
DOCUMENT = re.compile(r"(?:the|a|its|their)\s+(?:\w+\s+)?(?:statement|report|letter|release|post|tweet|announcement|communique)")
PRONOUNS = {"he": "person", "she": "person", "they": None, "it": "organisation", "we": None, "i": None}
# The opening and closing marks of a double quotation, curly or straight
DOUBLE = '"“”„'
QUOTE_MARK = re.compile(r"[\"“”„]")
QUOTE_SPAN = re.compile(r"[\"“„][^\"“”„]*[\"”]")
# Speaker words after the quote: ", said X" or ", X said"
# ", saying:", "was quoted as saying": the speaker is the sentence's subject
PARTICIPLE = re.compile(
    r"(?:,\s*|\bas\s+)(?:saying|adding|telling|warning|insisting|claiming|noting|explaining|arguing|calling|stating)\b"
)
# "described by Sharon as": a passive with the speaker after "by"
PASSIVE_BY = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|quoted)\s+by\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+as\s*$")
# A sentence that opens with its subject: "Wenger initially refused ...", "The group said ..."
SUBJECT = re.compile(r"((?:(?:the|a|an)\s+)?(?:[A-Z][\w·'’-]*\s+){0,4}[A-Z][\w·'’-]*|[Hh]e|[Ss]he|[Tt]hey)\b(?!\s*,)")
AFTER_VERB_FIRST = re.compile(rf"\s*,?\s*{_VERB}\s+(?P<who>[^,.;:!?\"“”]{{1,120}})")
AFTER_WHO_FIRST = re.compile(rf"\s*,?\s*(?P<who>[^,.;:!?\"“”]{{1,100}}?)\s+(?:\w+ly\s+|also\s+)?{_VERB}\b")
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
    known = _known_speakers(named)
    inside = [(sp.open, sp.close) for sp, *_ in items]
    events = _speech_subjects(article, masked, inside) + [(f[0], article.text[f[0] : f[1]]) for *_, f in items if f]
    for key, (full, stype) in known.items():
        if stype == "person":
            for m in re.finditer(r"\b" + re.escape(key) + r"\b", article.text):
                if not any(a < m.start() < b for a, b in inside):
                    events.append((m.start(), full))
    for sent in article.sentences:
        if sent.body:
            subject = _sentence_subject(masked, sent.start, sent.end)
            if subject and re.fullmatch(r"(?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*", masked[subject[0] : subject[1]]):
                events.append((subject[0], article.text[subject[0] : subject[1]]))
    events = sorted({(o, m) for o, m in events if m.lower() not in PRONOUNS})
    genders = _genders(article.text, known, events, inside)
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
                np = _np_before(masked, v.start(), prev.start) if v else None
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
            resolved = _resolve(mention, speakers, known, article.text, start, events, genders)
            if resolved is None:
                continue
            speaker, stype = resolved
            text = mention
        last = (mention, speaker, stype)
        last_para = end_sentence.paragraph
        speakers.append((mention, speaker, stype))
        whole = _join_sentences(article, sentence, end_sentence, start, end)
        for s in article.sentences:
            if sentence.start <= s.start <= end_sentence.start:
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
    i = article.sentences.index(sentence) if sentence in article.sentences else -1
    return article.sentences[i - 1] if i > 0 else None


def _speech_subjects(article: Article, masked: str, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, mention) of every named subject of a speech verb outside quotes, in order."""
    out = []
    for v in VERB.finditer(masked):
        if any(a < v.start() < b for a, b in inside):
            continue
        s = article.sentence_at(v.start())
        if s is None or not s.body:
            continue
        found = _np_before(masked, v.start(), s.start)
        if found:
            out.append((found[0], article.text[found[0] : found[1]]))
    return out


MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
PRONOUN_ANY = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)


def _genders(text: str, known: dict[str, tuple[str, str]], events: list[tuple[int, str]], inside: list[tuple[int, int]] = ()):
    """A function from a speaker mention to "m", "f" or None: from a title, or from the pronoun
    that follows each mention of the person's first name (or surname) in the article."""
    cache: dict[str, str | None] = {}

    def gender(mention: str) -> str | None:
        if mention in cache:
            return cache[mention]
        result = None
        if re.search(r"\b(?:Mr|Sir|Lord|King|Prince|Father|Brother)\b", mention):
            result = "m"
        elif re.search(r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister)\b", mention):
            result = "f"
        else:
            name = (name_of(mention) or mention).split()
            probes = {" ".join(name), name[0], name[-1]}
            votes = 0
            for probe in probes:
                for m in re.finditer(r"\b" + re.escape(probe) + r"\b", text):
                    p = PRONOUN_ANY.search(text, m.end(), m.end() + 120)
                    if (
                        p
                        and not any(a < p.start() < b for a, b in inside)
                        and not re.search(r"\b[A-Z][a-z]", text[m.end() : p.start()])
                    ):
                        votes += 1 if MALE.fullmatch(p.group()) else -1
            result = "m" if votes > 0 else "f" if votes < 0 else None
        cache[mention] = result
        return result

    return gender


def _known_speakers(mentions: list[str]) -> dict[str, tuple[str, str]]:
    """Surname (or organisation) -> (fullest description, type) for every named speaker."""
    known: dict[str, tuple[str, str]] = {}
    for m in mentions:
        stype = _speaker_type(m)
        name = name_of(m) if stype == "person" else re.sub(r"^(?:the|a|an)\s+", "", m, flags=re.I)
        if not name:
            continue
        key = name.split()[-1] if stype == "person" else name
        prev = known.get(key)
        if prev is None or len(name_of(prev[0]) or prev[0]) < len(name):
            known[key] = (m, stype)
    return known


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
            role = _role(text, pos)
            if opened is None:
                if role == "close":
                    ok = False  # a closing mark with nothing open: unbalanced
                    break
                opened = pos
            elif role == "open":
                # a new quote opens while one is open: the writer left the first one to run on
                # to the end of its sentence ("... communities. "Many people ...")
                before = text[opened:pos].rstrip()
                if not re.search(r"[.!?,][\"'’”]?$", before):
                    ok = False
                    break
                spans.append(_Span(opened, opened + len(before), p_start))
                opened = pos
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
                nxt = _next_paragraph(article, p_end)
                if nxt is not None and QUOTE_MARK.match(text, nxt):
                    yield _Span(opened, p_end, p_start)
                    pending = nxt
            # otherwise unbalanced: skipped, not guessed


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


# Periods that do not end anything: "Mr.", "Dr.", "R.", "U.S.", "Lt. Col." -> masked as "·"
ABBREV_DOT = re.compile(r"\b(Mr|Ms|Dr|Lt|St|Jr|Sr|Mt|Rev|Gov|Sen|Rep|Col|Gen|Sgt|Capt|Prof|Mrs|Cmdr|Adm|No|[A-Z])\.")
TOKEN = re.compile(r"[\w·'’&-]+|[^\w\s]")
# Words that may sit inside a speaker's description besides names and titles
DESCRIPTION_WORDS = frozenset(
    "former then acting interim senior junior deputy assistant vice chief general national international"
    " foreign defence defense security health finance foreign home interior state federal local regional"
    " public press political economic legal military technical managing executive special shadow"
    " conservation research aid relief emergency campaign development networks operations safety"
    " environmental planning water sewer electrical engineering district department intelligence"
    " police football tennis sports sport world government industry news state-run official top"
    " team club party company firm agency's group's".split()
)
DETERMINERS = frozenset("the a an one another its his her their".split())
LINKS = frozenset("of for at from to and in on".split())
TRAILING = re.compile(
    r"(?:\s+(?:also|later|earlier|then|now|previously|once|again|recently|separately|further|had|has|have|will|would|could|did|was|is|\w+ly))+\s*$"
)
REJECT_PRONOUN_BEFORE = re.compile(r"\b(?:what|which|that|who|whom|where|when|if|because)\s+$", re.I)


def mask(text: str) -> str:
    """The text with abbreviation periods replaced, so names like "Mr R. Sridharan" stay whole."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + "·", text)


def _valid_np(words: list[str]) -> bool:
    """A speaker: a pronoun, or a phrase whose head is a name, a title or an organisation."""
    if not words:
        return False
    head = words[-1]
    low = [w.lower().replace("·", ".") for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return low[0] in ("he", "she", "they", "it")
    if len(words) == 1 and low[0] in DETERMINERS:
        return False
    if low[0] in ("no", "which", "who", "what", "this", "that", "these", "those", "we", "i", "you", "some", "many"):
        return False
    if head[0].isupper() or head.lower().rstrip("s") in PERSON_WORDS or head.lower() in PERSON_WORDS | ORG_WORDS:
        return True
    return False


# How far back a speaker phrase may reach: bounds the work on hostile, unpunctuated text
MAX_PHRASE = 300


def _np_before(masked: str, end: int, floor: int) -> tuple[int, int] | None:
    """The speaker phrase that ends right before a speech verb at ``end`` (offsets), or None."""
    floor = max(floor, end - MAX_PHRASE)
    chunk = masked[floor:end]
    appos = re.search(r",\s*([^,]{2,120}?),\s*$", chunk)
    if appos:
        # 'A, B, said': one is the name, the other its description ("Jessica Caldwell, Edmunds'
        # executive director, said"; "The charity's director, Barbara Stocking, said")
        b = _np_before(masked, floor + appos.end(1), floor + appos.start(1))
        a = _np_before(masked, floor + appos.start(), floor)
        b_words = masked[b[0] : b[1]].split() if b else []
        if (
            b
            and b_words[-1][0].isupper()
            and not b_words[0][0].islower()
            and b_words[-1].lower() not in PERSON_WORDS | ORG_WORDS
            and not re.search(r"['’]s?$", b_words[0])
            and len(b_words) <= 4
        ):
            return b
        return a or b
    trail = TRAILING.search(chunk)
    if trail:
        chunk = chunk[: trail.start()]
    stop = len(chunk.rstrip())
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(chunk, 0, stop)]
    picked: list[tuple[int, int, str]] = []
    for s, e, w in reversed(tokens):
        low = w.lower()
        if not picked and low in PRONOUNS:
            if REJECT_PRONOUN_BEFORE.search(chunk[:s]):
                return None
            picked.append((s, e, w))
            break
        if low in PRONOUNS:
            break
        ok = (
            w[0].isupper()
            or low in PERSON_WORDS
            or low in ORG_WORDS
            or low in DESCRIPTION_WORDS
            or (low in LINKS and picked and picked[-1][2][0].isupper() and low != "to")
            or (low in ("the",) and picked)
            or (w in ("'s", "’s") and picked)
            or re.fullmatch(r"[a-z]+[’']s", w) is not None
            and picked
        )
        if not ok:
            break
        picked.append((s, e, w))
        if low in DETERMINERS:
            break
    if not picked:
        return None
    picked.reverse()
    # 'Dr Erel Avineri, of the Centre for Transport ... said': the name before the apposition
    comma = chunk.rfind(",", 0, picked[0][0])
    if comma > 0 and re.match(r"\s*(?:of|from|at|with|for)\s", chunk[comma + 1 :]) and "," not in chunk[comma + 1 : picked[0][0]]:
        found = _np_before(masked, floor + comma, floor)
        if found:
            return found
    # trim from the left to a word that can open a description
    while picked and not (
        picked[0][2][0].isupper()
        or picked[0][2].lower() in DETERMINERS | PERSON_WORDS | ORG_WORDS | DESCRIPTION_WORDS
        or picked[0][2].lower() in PRONOUNS
    ):
        picked.pop(0)
    while picked and picked[0][2].lower() in LINKS | {"but", "yet", "so", "however", "meanwhile", "still"}:
        picked.pop(0)
    words = [w for _, _, w in picked]
    if not _valid_np(words):
        return None
    return floor + picked[0][0], floor + picked[-1][1]


# ", saying:", "was quoted as saying": the speaker is the sentence's subject
PARTICIPLE = re.compile(
    r"(?:,\s*|\bas\s+)(?:saying|adding|telling|warning|insisting|claiming|noting|explaining|arguing|calling|stating)\b"
)
# "described by Sharon as": a passive with the speaker after "by"
PASSIVE_BY = re.compile(r"\b(?:described|called|branded|dubbed|labell?ed|quoted)\s+by\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+as\s*$")
# A sentence that opens with its subject: "Wenger initially refused ...", "The group said ..."
SUBJECT = re.compile(r"((?:(?:the|a|an)\s+)?(?:[A-Z][\w·'’-]*\s+){0,4}[A-Z][\w·'’-]*|[Hh]e|[Ss]he|[Tt]hey)\b(?!\s*,)")
AFTER_VERB_FIRST = re.compile(rf"\s*,?\s*{_VERB}\s+")
NP_AFTER = re.compile(r"[^,.;:!?\"“”()]{1,120}")
NP_AFTER_CUT = re.compile(
    r"\s+(?:in|on|at|during|after|before|last|this|yesterday|today|when|while|as|to|who|which|adding|according|earlier|later|told|said)\b.*$"
)


def _np_after(masked: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The speaker phrase right after a speech verb: 'said Mr R. Sridharan, vice president ...'."""
    m = NP_AFTER.match(masked, pos, limit)
    if not m:
        return None
    phrase = m.group()
    cut = NP_AFTER_CUT.search(phrase)
    if cut and not re.match(r"\s+(?:at|of|for)\s+(?:the\s+)?[A-Z]", phrase[cut.start() :]):
        phrase = phrase[: cut.start()]
    phrase = phrase.rstrip()
    words = phrase.split()
    if not words or len(words) > 12 or not _valid_np(words) or words[0].lower() in LINKS:
        return None
    start, end = pos, pos + len(phrase)
    # 'said another witness in the probe, former adviser Fiona Hill': prefer the named apposition
    if not any(w[0].isupper() for w in words[1:]) and not words[0][0].isupper():
        rest = re.compile(r"[^,.;:!?\"“”]{0,80},\s*([^,.;:!?\"“”]{2,80})").match(masked, end, limit)
        if rest and any(w[0].isupper() for w in rest.group(1).split()):
            start = rest.start(1)
            end = start + len(rest.group(1).rstrip())
    return start, end


OPENING_ADVERBIAL = re.compile(
    r"(?:(?:During|In|At|After|Before|On|Last|This|However|Meanwhile|Later|Earlier|Asked|Speaking|Following)\b[^,]{0,80},\s*)+"
)


def _sentence_subject(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence: the phrase before its first verb ("Sunak defended ...")."""
    lead = OPENING_ADVERBIAL.match(masked, start, limit)
    pos = lead.end() if lead else start
    verb = re.compile(
        r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|had|has|was|is|will|would|gave|took|told|made|said|went|came|spoke|wrote|went)\b"
    )
    for m in verb.finditer(masked, pos, limit):
        found = _np_before(masked, m.start(), pos)
        # the phrase opens the sentence, or is the name in "The EU's commissioner, Louis Michel, was"
        if found and re.fullmatch(r"\s*|[^.;:!?]*,\s*", masked[pos : found[0]]):
            return found
        break
    return None


def _attribution(article: Article, masked: str, span: _Span, first: Sentence, last: Sentence) -> tuple[int, int] | None:
    """Offsets of the speaker mention for a quote, or None when nothing attributes it."""
    text = article.text
    inner = text[span.open + 1 : span.close].rstrip()
    limit = min(max(last.end, span.close + 1), span.close + 200)
    after_pos = span.close + 1
    opens_attribution = inner.endswith((",", "?", "!", "—", "–", "-", "…")) or masked[
        after_pos : after_pos + 2
    ].lstrip().startswith(",")
    if opens_attribution or not inner.endswith("."):
        m = AFTER_VERB_FIRST.match(masked, after_pos, limit)
        if m:
            found = _np_after(masked, m.end(), limit)
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
            found = _np_after(masked, after_pos + v.end() + 1, limit)
            if found:
                return found
        if v and (v.start() < 90 or QUOTE_MARK.search(window, 0, v.start())):
            lead = window[: v.start()]
            another_quote = QUOTE_MARK.search(lead) is not None
            if (
                another_quote
                or not re.match(
                    r"\s*,?\s*(?:while|and|but|as|whereas|although|though|because|which|who|where|when|if|so|then)\b", lead
                )
            ) and not re.search(r"[.;:!?]", QUOTE_SPAN.sub("", lead)):
                found = _np_before(masked, after_pos + v.start(), after_pos)
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
        found = _np_after(masked, verbs[-1].end() + 1, span.open)
        if found:
            return found
    for v in reversed(verbs):
        found = _np_before(masked, v.start(), first.start)
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
        found = _np_after(masked, by.start("who"), by.end("who"))
        if found:
            return found
    # ", saying: "..."" or "Sunak defended the record: "..."": the sentence's subject speaks
    part = PARTICIPLE.search(masked, first.start, span.open)
    colon = re.search(r":\s*$", masked[first.start : span.open])
    if part or colon:
        found = _sentence_subject(masked, first.start, part.start() if part else span.open)
        if found:
            return found
    m = ACCORDING.search(masked, span.close, limit) or ACCORDING.search(masked, first.start, span.open)
    if m:
        found = _np_after(masked, m.start("who"), m.end("who") + 1)
        if found:
            return found
    return None


def _resolve(
    mention: str,
    speakers: list[tuple[str, str, str]],
    known: dict[str, tuple[str, str]],
    text: str = "",
    at: int = 0,
    events: list[tuple[int, str]] | None = None,
    genders=None,
) -> tuple[str, str] | None:
    """Return (speaker, type): a pronoun is the named speaker who spoke last before it (of the
    pronoun's gender where the article shows it); a short name is that person's full name."""
    low = mention.lower()
    if DOCUMENT.fullmatch(low):
        low = "it"  # "The statement also urged ...": the organisation that issued it
    if low in PRONOUNS:
        want = PRONOUNS[low]
        gender = {"he": "m", "she": "f"}.get(low)
        for _, m in reversed([e for e in (events or []) if e[0] < at and at - e[0] < 3000]):
            stype = _speaker_type(m)
            if want is not None and stype != want:
                continue
            if gender and stype == "person" and genders is not None and genders(m) not in (None, gender):
                continue
            return _resolve(m, speakers, known)
        for _, full, stype in reversed(speakers):
            if want is None or stype == want:
                return full, stype
        return None
    stype = _speaker_type(mention)
    name = name_of(mention)
    if name and stype == "person":
        full = known.get(name.split()[-1])
        if full and len(name_of(full[0])) > len(name):
            return name_of(full[0]), full[1]
    return mention, stype


def name_of(speaker: str) -> str:
    """The proper name at the end of a description: 'Kremlin spokesman Dmitry Peskov' -> 'Dmitry Peskov'."""
    head = re.split(r",|\s(?:of|from|at|for)\s", speaker)[0]
    if re.search(r"[A-Z][\w'’-]*$", head.strip()):
        speaker = head
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
        found = _np_before(masked, m.start(), sentence.start)
        if not found:
            continue
        what = article.text[m.end() : sentence.end].strip().rstrip(".")
        if len(what.split()) < 4:
            continue
        mention = article.text[found[0] : found[1]]
        resolved = _resolve(mention, speakers, known, article.text, found[0], events, genders)
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
