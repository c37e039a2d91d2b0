"""Speakers: the grammar of a speaker phrase ("White House national security adviser Jake Sullivan"),
organisation or person, and who "he", "she" or "the statement" stands for."""

from __future__ import annotations

import bisect
import re

from ..words import word_starts
from .spans import Spans

# Verbs that attribute speech: "said", "warned", "told", "added", ...
VERB_WORDS = (
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
VERB = re.compile(rf"\b{VERB_WORDS}\b")
# Title words that belong to a speaker's description: "national security adviser", "spokesman"
PERSON_WORDS = frozenset(
    "adviser advisor spokesman spokeswoman spokesperson minister secretary president official officer"
    " director chief executive analyst professor leader chairman chairwoman chair head manager coach"
    " captain player economist researcher scientist expert lawyer attorney judge prosecutor senator"
    " governor mayor ambassador envoy commissioner editor reporter author founder ceo campaigner"
    " inspector detective sergeant colonel general commander consultant coordinator supervisor"
    " deputy member mp lord lady sir dr mr mrs ms miss prince king queen pope singer star rider"
    " actor actress writer witness doctor nurse teacher student resident fan spokesmen officials"
    " researcher investigator organiser organizer critic"
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
# Periods that do not end anything: "Mr.", "Dr.", "R.", "U.S.", "Lt. Col." -> masked as "·"
ABBREV_DOT = re.compile(r"\b(Mr|Ms|Dr|Lt|St|Jr|Sr|Mt|Rev|Gov|Sen|Rep|Col|Gen|Sgt|Capt|Prof|Mrs|Cmdr|Adm|No|[A-Z])\.")
TOKEN = re.compile(r"[\w·'’&-]+|[^\w\s]")
TRAILING = re.compile(
    r"(?:\s+(?:also|later|earlier|then|now|previously|once|again|recently|separately|further|had|has|have|will|would|could|did|was|is|\w+ly))+\s*$"
)
RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom|whose)\s+$", re.I)
REJECT_PRONOUN_BEFORE = re.compile(r"\b(?:what|which|that|who|whom|where|when|if|because)\s+$", re.I)
# How far back a speaker phrase may reach: bounds the work on hostile, unpunctuated text
MAX_PHRASE = 300
NP_AFTER = re.compile(r"[^,.;:!?\"“”()]{1,120}")
NP_AFTER_CUT = re.compile(
    r"\s+(?:in|on|at|during|after|before|last|this|yesterday|today|when|while|as|to|who|which|adding|according|earlier|later|told|said)\b.*$"
)
OPENING_ADVERBIAL = re.compile(
    r"(?:(?:During|In|At|After|Before|On|Last|This|However|Meanwhile|Later|Earlier|Asked|Speaking|Following)\b[^,]{0,80},\s*)+"
)
MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
CAPITALISED = re.compile(r"\b[A-Z][a-z]")
PRONOUN_ANY = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)


def mask(text: str) -> str:
    """The text with abbreviation periods replaced, so names like "Mr R. Sridharan" stay whole."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + "·", text)


AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?")


def valid_np(words: list[str]) -> bool:
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
    # "one Weibo commenter", "a local resident": a noun for someone who does something
    return len(words) >= 2 and bool(AGENT_NOUN.fullmatch(head.lower()))


def phrase_before(masked: str, end: int, floor: int) -> tuple[int, int] | None:
    """The speaker phrase that ends right before a speech verb at ``end`` (offsets), or None."""
    floor = max(floor, end - MAX_PHRASE)
    chunk = masked[floor:end]
    appos = re.search(r",\s*([^,]{2,120}?),\s*$", chunk)
    if appos:
        # 'A, B, said': one is the name, the other its description ("Jessica Caldwell, Edmunds'
        # executive director, said"; "The charity's director, Barbara Stocking, said")
        b = phrase_before(masked, floor + appos.end(1), floor + appos.start(1))
        a = phrase_before(masked, floor + appos.start(), floor)
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
            or (low.endswith("s") and low[:-1] in PERSON_WORDS)  # "researchers", "authors"
            or (not picked and AGENT_NOUN.fullmatch(low) is not None)  # "one Weibo commenter"
            or low in ORG_WORDS
            or low in DESCRIPTION_WORDS
            or (low in LINKS and picked and picked[-1][2][0].isupper() and low != "to")
            or (low in ("the", "a", "an", "one") and picked)
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
        found = phrase_before(masked, floor + comma, floor)
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
    if not valid_np(words):
        return None
    if not any(w[0].isupper() for w in words) and RELATIVE_BEFORE.search(chunk[: picked[0][0]]):
        return None  # "the document, which media reports ...": a clause about something else
    return floor + picked[0][0], floor + picked[-1][1]


def phrase_after(masked: str, pos: int, limit: int) -> tuple[int, int] | None:
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
    if not words or len(words) > 12 or not valid_np(words) or words[0].lower() in LINKS:
        return None
    start, end = pos, pos + len(phrase)
    # 'said another witness in the probe, former adviser Fiona Hill': prefer the named apposition
    if not any(w[0].isupper() for w in words[1:]) and not words[0][0].isupper():
        rest = re.compile(r"[^,.;:!?\"“”]{0,80},\s*([^,.;:!?\"“”]{2,80})").match(masked, end, limit)
        if rest and any(w[0].isupper() for w in rest.group(1).split()):
            start = rest.start(1)
            end = start + len(rest.group(1).rstrip())
    return start, end


def sentence_subject(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence: the phrase before its first verb ("Sunak defended ...")."""
    lead = OPENING_ADVERBIAL.match(masked, start, limit)
    pos = lead.end() if lead else start
    verb = re.compile(
        r"\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|s)|had|has|was|is|will|would|gave|took|told|made|said|went|came|spoke|wrote|went)\b"
    )
    for m in verb.finditer(masked, pos, limit):
        found = phrase_before(masked, m.start(), pos)
        # the phrase opens the sentence, or is the name in "The EU's commissioner, Louis Michel, was"
        if found and re.fullmatch(r"\s*|[^.;:!?]*,\s*", masked[pos : found[0]]):
            return found
        break
    return None


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


# Last words that name a body, not a person: "... Intelligence System", "the New York Times"
ORG_HEADS = frozenset("system times news post journal herald gazette tribune telegraph guardian institute agency".split())


def speaker_type(mention: str) -> str:
    """ "person" or "organisation", from the words of the speaker phrase."""
    words = [re.sub(r"(?:['’]s?|[.,])$", "", w.lower()) for w in mention.split()]
    if words and words[-1] in ORG_HEADS:
        return "organisation"
    if any(w in ORG_WORDS for w in words) or re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", mention.strip()):
        if not any(w in PERSON_WORDS for w in words):
            return "organisation"
    return "person"


def known_speakers(mentions: list[str]) -> dict[str, tuple[str, str]]:
    """Surname (or organisation) -> (fullest description, type) for every named speaker."""
    known: dict[str, tuple[str, str]] = {}
    for m in mentions:
        stype = speaker_type(m)
        name = name_of(m) if stype == "person" else re.sub(r"^(?:the|a|an)\s+", "", m, flags=re.I)
        if not name:
            continue
        key = name.split()[-1] if stype == "person" else name
        prev = known.get(key)
        if prev is None or len(name_of(prev[0]) or prev[0]) < len(name):
            known[key] = (m, stype)
    return known


def genders_of(text: str, known: dict[str, tuple[str, str]], events: list[tuple[int, str]], inside: list[tuple[int, int]] = ()):
    """A function from a speaker mention to "m", "f" or None: from a title, or from the pronoun
    that follows each mention of the person's first name (or surname) in the article."""
    cache: dict[str, str | None] = {}
    inside = Spans(inside)

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
                for start in word_starts(text, probe):
                    end = start + len(probe)
                    p = PRONOUN_ANY.search(text, end, end + 120)
                    # a pronoun with another name between it and the mention is not about this person
                    if p and not inside.holds(p.start()) and not CAPITALISED.search(text, end, p.start()):
                        votes += 1 if MALE.fullmatch(p.group()) else -1
            result = "m" if votes > 0 else "f" if votes < 0 else None
        cache[mention] = result
        return result

    return gender


# A person's name followed by an affiliation: "X of Argus Research", "X, vice president of ..."
PERSON_TAIL = re.compile(r"(.*?[A-Z][\w'’·.-]*)(?:,\s|\s(?:of|from|at|for|with)\s).*$")


def _titled_name(text: str) -> bool:
    """True when the text holds a title or role word right before a name ("campaigner Caitlin")."""
    words = text.split()
    return any(
        (w in PERSON_WORDS or AGENT_NOUN.fullmatch(w)) and nxt[:1].isupper() for w, nxt in zip(words, words[1:], strict=False)
    )


def resolve(
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
        # the events (sorted by offset) of the 3,000 characters before the pronoun
        recent = events[bisect.bisect_left(events, (at - 2999,)) : bisect.bisect_left(events, (at,))] if events else []
        for _, m in reversed(recent):
            stype = speaker_type(m)
            if want is not None and stype != want:
                continue
            if gender and stype == "person" and genders is not None and genders(m) not in (None, gender):
                continue
            return resolve(m, speakers, known)
        for _, full, stype in reversed(speakers):
            if want is None or stype == want:
                return full, stype
        return None
    stype = speaker_type(mention)
    name = name_of(mention)
    if name and stype == "person":
        full = known.get(name.split()[-1])
        if full and len(name_of(full[0])) > len(name):
            return name_of(full[0]), full[1]
        # "Dr David Gillingwater from the Transport Studies Group": the person, without the affiliation
        head = PERSON_TAIL.match(mention)
        tail = mention[head.end(1) :] if head else ""
        # cut only an affiliation, not the title before a name ("... campaigner Caitlin Boswell")
        if head and not _titled_name(tail) and len(head.group(1).split()) >= 2:
            return head.group(1), stype
    return mention, stype
