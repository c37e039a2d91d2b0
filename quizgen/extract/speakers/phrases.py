"""Candidates: the speaker phrase by a speech verb, the name inside it, and whether it is a person's."""

from __future__ import annotations

import re

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
    r"|revealed|disclosed|denied|demanded|questioned|recounted|explained|points out|pointed out"
    r"|observes|concedes|reckons|reckoned|asserts|asserted|stresses|jokes|quips|predicts|cautions|acknowledges"
    r"|counters|retorts|laments|complains|boasts|pleads|vows"
    # verbs that judge out loud, with the words they quote: 'thanked "all the members"'
    r"|thanked|praised|hailed|welcomed|condemned|blamed|slammed|spoke of|speaking of|talked of|talking of"
    r"|ruled|call for|reads|expressed)"
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
    " premier chancellor counsellor counselor diplomat president-elect vice"
    " frontman frontwoman businessman businesswoman sportsman sportswoman congressman congresswoman councillor"
    " candidate activist veteran boss striker midfielder defender goalkeeper winner champion guitarist drummer"
    " rapper musician artist producer presenter comedian chef designer owner".split()
)
ORG_WORDS = frozenset(
    "kremlin ministry department office council agency police company corporation corp inc ltd"
    " government committee commission authority association union party statement report bank"
    " group organisation organization institute service services court board federation foundation"
    " house army military embassy administration parliament congress senate newspaper agency's"
    " media tv channel network firm club team band squad crew panel"
    " league university school hospital charity website college society trust centre center academy alliance"
    " coalition movement forum chamber bureau".split()
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
# Words that open a sentence and never a name: "The previous day", "If Quist wins"
FUNCTION_WORDS = frozenset(
    "the a an if but and or in on at as so yet when while after before this that these those it he she they we i"
    " you his her its their our my your there here what which who how why where for with from by to of".split()
)
# Words that open a sentence, capitalised there, and are no part of a name after them: "Sure Rasmus is"
OPENERS = frozenset(
    "but yet so however meanwhile still sure yes now then also even only just perhaps maybe well thus indeed"
    " although though while when after before since as if once because and or nor instead again today"
    " yesterday here there obviously clearly personally hopefully unfortunately fortunately ultimately finally".split()
)
LINKS = frozenset("of for at from to and in on".split())
# Periods that do not end anything: "Mr.", "Dr.", "R.", "U.S.", "Lt. Col." -> masked as "·"
ABBREV_DOT = re.compile(r"\b(Mr|Ms|Dr|Lt|St|Jr|Sr|Mt|Rev|Gov|Sen|Rep|Col|Gen|Sgt|Capt|Prof|Mrs|Cmdr|Adm|No|[A-Z])\.")
# A word of a speaker phrase ("Mr·", "O'Neill", "Jean-Luc"), or one mark
TOKEN = re.compile(r"[\w·'’&-]+|[^\w\s]")
# Helpers and adverbs between a speaker and the verb: "Lee has also said", "Lee meanwhile told"
TRAILING = re.compile(
    r"(?:\s+(?:also|later|earlier|then|now|previously|once|again|recently|separately|further|meanwhile|however|instead"
    r"|had|has|have|will|would|could|did|was|is|\w+ly))+\s*$"
)
# A clause about something else before a lower-case phrase: "the letter, which local papers said"
RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom|whose)\s+$", re.I)
# A pronoun that is not the speaker: "what he said", "because she said"
REJECT_PRONOUN_BEFORE = re.compile(r"\b(?:what|which|that|who|whom|where|when|if|because)\s+$", re.I)
# How far back a speaker phrase may reach: bounds the work on hostile, unpunctuated text
MAX_PHRASE = 300
# A name with its descriptions set off by commas, right before the verb: "Dale Reed, 41, from
# Marlow, said", or a description left without its closing comma: "Odile Corro, a candidate said"
CHAIN_END = re.compile(r",\s*$|,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*\s*$")
MAX_CHAIN = 5
# An aside between dashes right before the verb: "The club - whose ground flooded - thanked"
DASH_ASIDE = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s).){1,120}\s[-–—]\s*$")
# A relative clause whose verb speaks: "Ms Tovar, who has described it as ..."
RELATIVE_WHO = re.compile(r",\s*who\s*$")
# Documents that may speak for whoever issued them when they name it: "the Varga review"
DOCUMENT_WORDS = frozenset("statement report letter release study survey poll document review".split())
# The words after "said" up to a mark: "said Mr Lee, head of ..." reads "Mr Lee"
NP_AFTER = re.compile(r"[^,.;:!?\"“”()]{1,120}")
# Where a speaker after the verb stops: "said Mr Lee on Monday", "said Mr Lee, adding"
NP_AFTER_CUT = re.compile(
    r"\s+(?:in|on|at|during|after|before|last|this|yesterday|today|when|while|as|to|who|which|adding|according|earlier|later|told|said)\b.*$"
)
# A finite verb right after its subject: "Corro said", "she was", "Ortiz is confident", "Reed shot"
FINITE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does"
    r"|said|says|told|went|came|made|took|gave|won|lost|beat|got|became|began|left|met|ran|held|led|kept"
    r"|felt|thought|saw|spoke|wrote|shot|hit|put|set|spent|sent|brought|bought|caught|found|built|paid|sold|stood"
    r"|wore|drew|drove|flew|grew|knew|threw|chose|rose|fell|fought|struck|quit|cut|let|sang|rang|swam|ate|drank"
    r"|stole|froze|woke|rode|hung|slept|fled|shook|stuck|swore|tore|forgot|[a-z]{2,}ed"
    # "lands in Marlow", "takes the lead" (not "colleagues Rasmus": a plural noun)
    r"|[a-z]{2,}[^s\W]s(?=\s+(?:the|a|an|in|on|at|to|that|for|with|from|his|her|their|its|it|him|them|up|out|off|into)\b))\b"
)
# Any aside between dashes in a sentence: its verbs are not the sentence's
ANY_DASH_ASIDE = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s).){1,120}?\s[-–—]\s")
# A sentence that opens with a name and a verb in -s: "Quist makes claims", "Varga says"
NAME_THEN_VERB = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr)·?\s+)?(?!(?:" + "|".join(w.capitalize() for w in sorted(FUNCTION_WORDS)) + r")\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:,\s*[^,.;:!?\"“”]{1,40},)?\s+(?:\w+ly\s+)?[a-z]{2,}[^s\W](?<!ou)s\b"  # "Quist, 34, denies"
)
# "(But) it was Ms Corro who ...": the subject is the one the sentence points at
CLEFT = re.compile(r"(?:(?:But|And|Yet|So)\s+)?[Ii]t\s+(?:was|is)\s+(?P<who>[^,.;:!?\"“”]{2,60}?)\s+who\b")
# Phrases that open a sentence before its subject: "Later on Monday, ", "Speaking to reporters, "
OPENING_ADVERBIAL = re.compile(
    r"(?:(?:During|In|At|After|Before|On|Last|This|However|Meanwhile|Later|Earlier|Asked|Speaking|Following)\b[^,]{0,80},\s*)+"
)


def mask(text: str) -> str:
    """The text with abbreviation periods replaced, so names like "Mr R. Patel" stay whole."""
    return ABBREV_DOT.sub(lambda m: m.group(1) + "·", text)


# A noun for someone who does something: "commenter", "organisers", "analyst" (not "ferry")
AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)s?")
# Plurals shaped like people that are not: "others said", "papers said"
NOT_PEOPLE = frozenset(
    "others papers numbers documents comments statements figures orders letters matters markets events".split()
)


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
    if head.lower() in DOCUMENT_WORDS:
        # "the Varga review", "a Calder Economics statement": a document that names who issued it
        return any(w[0].isupper() and w.lower() not in DETERMINERS for w in words[:-1])
    # "one forum commenter", "a local resident", "organisers": a noun for someone who does something
    if len(words) == 1 and low[0].endswith("s") and low[0] not in NOT_PEOPLE:
        return bool(AGENT_NOUN.fullmatch(low[0]))
    return len(words) >= 2 and bool(AGENT_NOUN.fullmatch(head.lower()))


def phrase_before(masked: str, end: int, floor: int) -> tuple[int, int] | None:
    """The speaker phrase that ends right before a speech verb at ``end`` (offsets), or None."""
    floor = max(floor, end - MAX_PHRASE)
    chunk = masked[floor:end]
    trail = TRAILING.search(chunk)
    if trail:
        chunk = chunk[: trail.start()]  # "Quist, whose book is out, has said": the verb's helpers go
        end = floor + len(chunk)
    if CHAIN_END.search(chunk):
        found = _apposition_chain(masked, floor, end)
        if found:
            return found
    aside = DASH_ASIDE.search(chunk) or RELATIVE_WHO.search(chunk)
    if aside:
        # "The club - whose ground flooded - thanked", "Ms Tovar, who has described": the one before
        return phrase_before(masked, floor + aside.start(), floor)
    stop = len(chunk.rstrip())
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(chunk, 0, stop)]
    picked: list[tuple[int, int, str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        s, e, w = tokens[i]
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
            or (not picked and AGENT_NOUN.fullmatch(low) is not None)  # "one forum commenter"
            or (not picked and low in DOCUMENT_WORDS)  # "the Varga review"
            or low in ORG_WORDS
            or low in DESCRIPTION_WORDS
            or (low in LINKS and picked and picked[-1][2][0].isupper() and low != "to")
            or (low in ("the", "a", "an", "one") and picked)
            or (w in ("'s", "’s") and picked)
            or re.fullmatch(r"[a-z]+[’']s", w) is not None
            and picked
            # a noun before the head, right after an article: "the ferry operator", "a parish councillor"
            or (picked and w.isalpha() and w.islower() and i > 0 and tokens[i - 1][2].lower() in ("the", "a", "an"))
        )
        if not ok:
            break
        picked.append((s, e, w))
        if low in DETERMINERS:
            break
    if not picked:
        return None
    picked.reverse()
    # 'Dr Petra Varga, of the Calder Institute ... said': the name before the apposition
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
        or (len(picked) == 1 and AGENT_NOUN.fullmatch(picked[0][2]))  # "organisers said"
    ):
        picked.pop(0)
    while picked and picked[0][2].lower() in LINKS | OPENERS:
        picked.pop(0)
    words = [w for _, _, w in picked]
    if not valid_np(words):
        return None
    if not any(w[0].isupper() for w in words) and RELATIVE_BEFORE.search(chunk[: picked[0][0]]):
        return None  # "the letter, which local papers ...": a clause about something else
    return floor + picked[0][0], floor + picked[-1][1]


def _apposition_chain(masked: str, floor: int, end: int) -> tuple[int, int] | None:
    """The name in a chain of commas before a verb: the first part that is a name, else the first
    phrase. "Dale Reed, 41, from Marlow, said"; "The museum's director, Odile Corro,
    said"; "Odile Corro, a prospective candidate said"."""
    chunk = masked[floor:end]
    body = re.sub(r",\s*$", "", chunk)
    cuts = [-1] + [m.start() for m in re.finditer(",", body)] + [len(body)]
    parts = [(floor + a + 1, floor + b) for a, b in zip(cuts, cuts[1:], strict=False)][-MAX_CHAIN:]
    fallback = None
    for start, stop in parts:
        found = phrase_before(masked, stop, start)
        if not found or masked[start : found[0]].strip().lower() not in ("", *OPENERS):
            continue  # not a phrase of its own: "In London", "who leaves a son"
        words = masked[found[0] : found[1]].split()
        if (
            words[-1][0].isupper()
            and not words[0][0].islower()
            and words[0].lower() not in DETERMINERS  # "The leader of the party" describes
            and words[-1].lower() not in PERSON_WORDS | ORG_WORDS
            and not re.search(r"['’]s?$", words[0])
            and len(words) <= 5
        ):
            return found
        fallback = fallback or found
    return fallback


def phrase_after(masked: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The speaker phrase right after a speech verb: 'said Mr R. Patel, vice president ...'."""
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
    # 'said another witness, former adviser Nadia Tovar': prefer the named apposition
    if not any(w[0].isupper() for w in words[1:]) and not words[0][0].isupper():
        rest = re.compile(r"[^,.;:!?\"“”]{0,80},\s*([^,.;:!?\"“”]{2,80})").match(masked, end, limit)
        if rest and any(w[0].isupper() for w in rest.group(1).split()):
            start = rest.start(1)
            end = start + len(rest.group(1).rstrip())
    return start, end


def sentence_subject(masked: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of a sentence: the phrase before its first verb ("The mayor defended ..."), or the
    one a cleft sentence puts first ("But it was Ms Corro who had the last word")."""
    lead = OPENING_ADVERBIAL.match(masked, start, limit)
    pos = lead.end() if lead else start
    cleft = CLEFT.match(masked, pos, limit)
    if cleft:
        return phrase_before(masked, cleft.end("who"), cleft.start("who"))
    named = NAME_THEN_VERB.match(masked, pos, limit)
    if named:
        return named.start(1), named.end(1)  # "Quist makes claims that ..."
    asides = [(a.start(), a.end()) for a in ANY_DASH_ASIDE.finditer(masked, pos, limit)]
    for m in FINITE.finditer(masked, pos, limit):
        if any(a <= m.start() and m.end() <= b for a, b in asides):
            continue  # "The band - whose LP was the best - thanked": not the aside's verb
        found = phrase_before(masked, m.start(), pos)
        # the phrase opens the sentence, or is the name in "The EU's commissioner, Rasmus Haldt, was"
        if found and re.fullmatch(r"\s*|[^.;:!?]*,\s*", masked[pos : found[0]]):
            return found
        break
    return None


# A role named by whom it serves: "a spokesman for Mr Quist", "an aide to the Prime Minister"
ROLE_FOR = re.compile(r"(?:[^\s,]+\s+)*[a-z][\w'’-]*\s(?:of|from|at|for|to|with)\s(?:the\s+)?(?:[A-Z][\w'’.·-]*\s*)+")


def name_of(speaker: str) -> str:
    """The proper name at the end of a description: 'Norland Rail spokesman Peter Holm' -> 'Peter Holm'.
    None (empty) for a role named by whom it serves: "a spokesman for Mr Quist" is not Mr Quist."""
    if ROLE_FOR.fullmatch(speaker):
        return ""
    # the first part set off by commas whose head is a name: "The head of the WTO, Pascal Lamy"
    for part in speaker.split(","):
        head = re.split(r"\s(?:of|from|at|for)\s", part)[0].strip()
        if re.search(r"[A-Z][\w'’-]*$", head):
            speaker = head
            break
    words = speaker.replace(",", " ").split()
    out: list[str] = []
    for w in reversed(words):
        if w[0].isupper() and w.lower().strip(".") not in PERSON_WORDS or re.fullmatch(r"[A-Z]\.", w):
            out.append(w)
        else:
            break
    return " ".join(reversed(out))


# Last words that name a body, not a person: "... Alert System", "the Calder Times"
ORG_HEADS = frozenset(
    "system times news post journal herald gazette tribune telegraph guardian institute institution agency".split()
)


def speaker_type(mention: str) -> str:
    """ "person" or "organisation", from the words of the speaker phrase."""
    words = [re.sub(r"(?:['’]s?|[.,])$", "", w.lower()) for w in mention.split()]
    if words and words[-1] in ORG_HEADS:
        return "organisation"
    body = any(w in ORG_WORDS for w in words) or re.search(r"(?:^|\s)[A-Z][A-Z0-9&]{1,5}$", mention.strip())
    # "The Royal College of Nursing", "The Independent": a name after "the" is a body's, not a person's
    body = body or re.match(r"[Tt]he\s+[A-Z]", mention.strip())
    # a person word that owns something names no person: "the Governor's Office"
    people = [w for w, raw in zip(words, mention.split(), strict=True) if w in PERSON_WORDS and not POSSESSIVE.search(raw)]
    if body and not people:
        return "organisation"
    return "person"


# A word that owns the next: "Governor's", "players'"
POSSESSIVE = re.compile(r"['’]s?$")
# A person's name followed by an affiliation: "X of Calder Research", "X, vice president of ..."
PERSON_TAIL = re.compile(r"(.*?[A-Z][\w'’·.-]*)(?:,\s|\s(?:of|from|at|for|with)\s).*$")


def _titled_name(text: str) -> bool:
    """True when the text holds a title or role word right before a name ("campaigner Brenna")."""
    words = text.split()
    return any(
        (w in PERSON_WORDS or AGENT_NOUN.fullmatch(w)) and nxt[:1].isupper() for w, nxt in zip(words, words[1:], strict=False)
    )


def person_name(mention: str) -> str | None:
    """A person's mention without its affiliation ("Dr Petra Varga from the Institute" -> "Dr Petra Varga"),
    or None when there is none to cut."""
    head = PERSON_TAIL.match(mention)
    tail = mention[head.end(1) :] if head else ""
    # cut only an affiliation, not the title before a name ("... campaigner Brenna Kessen")
    if head and not _titled_name(tail) and len(head.group(1).split()) >= 2:
        return head.group(1)
    return None


# Words that may run on in the name of whoever issued a document: "the Calder works and transport committee"
ISSUER_TOKEN = re.compile(r"\s*([\w·'’&-]+)")
ISSUER_STOP = re.compile(r"[a-z]+ed|is|was|are|were|has|had|have|said|says|will|would|which|who|that|to|in|on|at|as")


def issuer_after(masked: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The body named after "a report by" / "a statement from": up to its last name or body word."""
    start = end = None
    for _ in range(10):
        m = ISSUER_TOKEN.match(masked, pos, limit)
        if not m or ISSUER_STOP.fullmatch(m.group(1)):
            break
        if start is None:
            start = m.start(1)
        w = m.group(1)
        if w[0].isupper() or w.lower() in ORG_WORDS or w.lower().rstrip("s") in PERSON_WORDS:
            end = m.end()
        pos = m.end()
    return (start, end) if start is not None and end is not None else None
