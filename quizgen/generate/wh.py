"""WH-questions from blank stems, where a rule can make them well: "X lies _____ from Y." -> "How far
does X lie from Y?", "_____ workers built X." -> "How many workers built X?", "X opened Y in _____."
-> "In which year did X open Y?". Input: a stem with one blank and the fact's kind; output: the
question, or None when the sentence is not one a rule is sure of."""

from __future__ import annotations

import re

from ..extract.speakers.phrases import PERSON_WORDS
from .people import TITLE_WORDS
from .wording import BLANK

# Groups a sentence opens on, capitalised only for that: "Police raided ..." -> "did police raid"
GROUP_WORDS = frozenset(
    "police authorities troops soldiers rescuers firefighters protesters residents voters workers fans doctors"
    " engineers lawyers scientists researchers investigators officials officers experts astronomers".split()
)

# The subject of a simple sentence: a capital first, no clause inside it
SUBJECT = r"(?P<subj>[A-Z][^,;:()\"“”—–]*?)"
# "X lies _____ from Y": a place and a length
DISTANCE = re.compile(
    rf"^{SUBJECT} (?P<verb>lies|is|sits|runs|stretches|extends|flows|stands) {BLANK} "
    r"(?P<rest>(?:from|to|under|below|above|beneath|across|along|off|inland|north|south|east|west|away|into)\b[^;:]*?)\.$"
)
# "The tower is _____ tall."
DIMENSION = re.compile(rf"^{SUBJECT} (?P<verb>is|was|stands|stood) {BLANK} (?P<adj>tall|high|long|deep|wide)(?P<rest>[^;:]*?)\.$")
# "_____ workers built the tunnel."
COUNT_SUBJECT = re.compile(rf"^{BLANK} (?P<noun>[a-z][\w-]*)(?P<rest> [a-z][^;:]*?)\.$")
# "The tunnel has _____ exits and ..."
COUNT_HAS = re.compile(rf"^{SUBJECT} (?P<verb>has|have|had) {BLANK} (?P<noun>[a-z][\w-]*)(?P<rest>[^;:]*?)\.$")
# "Avalonia sold _____ trains to Norland."
COUNT_OBJECT = re.compile(rf"^{SUBJECT} (?P<verb>[a-z]+) {BLANK} (?P<noun>[a-z][\w-]*)(?P<rest>[^;:]*?)\.$")
# "X opened Y in _____.", "X was elected in _____.", "X grew fastest during _____."
YEAR_END = re.compile(rf"^{SUBJECT} (?P<verb>[a-z]+)(?P<rest>(?: [^;:]*?)?) (?:in|during) {BLANK}\.$")
# A closing phrase that only adds how or why: ", helped by ferry sales.", ", according to the bank."
# A question about the year asks about the clause before it
TRAILING_PHRASE = re.compile(
    r",\s+(?:according to|(?:[a-z]+(?:ed|ing)|driven|given|taken|seen|written|beaten|broken|chosen|fallen|risen|grown"
    r"|shown|known|led|hit|built|held|brought|made|set|left|caught|cut)\b)[^,;:]*\.$"
)
# "In _____, X opened Y."
YEAR_OPENING = re.compile(rf"^In {BLANK}, (?P<subj>[A-Za-z][^,;:()\"“”—–]*?) (?P<verb>[a-z]+)(?P<rest>(?: [^;:]*?)?)\.$")

# Past tenses that do not end in -ed, and their base form
IRREGULAR = {
    "became": "become", "began": "begin", "bought": "buy", "brought": "bring", "built": "build", "came": "come",
    "caught": "catch", "chose": "choose", "cut": "cut", "drew": "draw", "drove": "drive", "fell": "fall", "felt": "feel",
    "fought": "fight", "found": "find", "flew": "fly", "gave": "give", "got": "get", "grew": "grow", "held": "hold",
    "hit": "hit", "kept": "keep", "knew": "know", "led": "lead", "left": "leave", "lost": "lose", "made": "make",
    "met": "meet", "paid": "pay", "put": "put", "ran": "run", "rose": "rise", "said": "say", "sank": "sink", "saw": "see",
    "sent": "send", "set": "set", "shot": "shoot", "sold": "sell", "spent": "spend", "spoke": "speak", "stood": "stand",
    "stole": "steal", "struck": "strike", "swept": "sweep", "took": "take", "taught": "teach", "told": "tell",
    "thought": "think", "threw": "throw", "understood": "understand", "won": "win", "wrote": "write", "went": "go",
    "overtook": "overtake", "undertook": "undertake", "withdrew": "withdraw", "forgave": "forgive", "broke": "break",
    "bid": "bid", "beat": "beat", "bore": "bear", "sought": "seek", "shut": "shut", "split": "split", "spread": "spread",
    "fled": "flee", "fed": "feed", "bled": "bleed", "dug": "dig", "hung": "hang", "lent": "lend", "meant": "mean",
    "slid": "slide", "stuck": "stick", "swung": "swing", "wore": "wear", "woke": "wake",
}  # fmt: skip
# Past participles that do not end in -ed: "had won", "has become", "had taken"
PARTICIPLES = frozenset(
    "become begun bought brought built come caught chosen cut drawn driven fallen felt fought found flown given got gotten"
    " grown held hit kept known led left lost made met paid put run risen said sunk seen sent set shot sold spent spoken"
    " stood stolen struck taken taught told thought thrown understood won written gone overtaken beaten broken been done".split()
)
# Words that end in -ed and are not past tenses of a verb to turn
NOT_VERBS = frozenset("red bed fed led need seed speed shed breed bred sled wed hundred".split())
# Participles after "was": the subject was built, elected, born
PASSIVE = re.compile(r"(?:was|were)$")


# How a regular past tense loses its -ed, tried in order: (what the stem ends in, what to do).
# "keep" leaves the stem ("opened" -> "open"), "e" adds an e ("decided" -> "decide"), "drop" drops a
# doubled letter ("planned" -> "plan"), "y" turns i to y ("carried" -> "carry"), None gives up:
# "visited"/"united", "developed"/"hoped" and "treated"/"created" cannot be told apart by spelling
ED_RULES = [
    (re.compile(r"i$"), "y"),
    (re.compile(r"[^aeiou][aeiou]([bdgmnprt])\1$"), "drop"),
    (re.compile(r"[^aeiou][aeiou]ll$"), "keep-or-drop"),
    (re.compile(r"(?:ss|ll|ff|zz|ck|[wxyh])$"), "keep"),
    (re.compile(r"cus$"), None),
    (re.compile(r"(?:[aeiou]s|[aeiou]z|c|v|u|uot|rg|dg|ang|eng|[bcdfgkpstz]l|ur|ir|[^e]ar"
                r"|[^aeiou][aeiou][dbmk]|[^aeiou]at|[^aeiou]ut|[^aeiou]in)$"), "e"),
    (re.compile(r"(?:[aeiou]t|[aeiou]p|or|eat|cus)$"), None),
    (re.compile(r"(?:[^aeiou]{2}|[aeiou]{2}[^aeiou]|[aeiou][^aeiou])$"), "keep"),
]  # fmt: skip


def lemma(past: str) -> str | None:
    """The base form of a past tense ("opened" -> "open", "built" -> "build"), or None when the
    rules cannot tell it for sure."""
    if past in IRREGULAR:
        return IRREGULAR[past]
    if not past.endswith("ed") or past in NOT_VERBS or len(past) < 5:
        return None
    stem = past[:-2]
    for pattern, action in ED_RULES:
        if pattern.search(stem):
            if action is None:
                return None
            if action == "y":
                return stem[:-1] + "y"
            if action == "drop":
                return stem[:-1]
            if action == "keep-or-drop":
                return stem[:-1] if stem.endswith("ell") and len(stem) > 5 else stem  # travelled, killed
            return stem + "e" if action == "e" else stem
    return None


def _subject(subj: str) -> str | None:
    """The subject as it reads after "did": "The tunnel" -> "the tunnel"; None for a subject with a
    clause in it, or too long to be one."""
    words = subj.split()
    if not 1 <= len(words) <= 8 or re.search(r"\b(?:who|which|that|and|or|but|when|after|before|said)\b", subj):
        return None
    # "Lawyer Jonas Berg" opened the sentence with its role: "was lawyer Jonas Berg" (a title stays:
    # "was President Jonas Berg")
    role = words[0].lower()
    small = words[0] in ("The", "A", "An") or (role in PERSON_WORDS | GROUP_WORDS and role not in TITLE_WORDS)
    return subj[0].lower() + subj[1:] if small else subj


def _do(verb: str) -> tuple[str, str] | None:
    """("did", base) for a past tense, ("does", base) for a present one, or None."""
    if verb in ("has", "have", "had"):
        return ("did" if verb == "had" else "does" if verb == "has" else "do"), "have"
    base = lemma(verb)
    if base is not None:
        return "did", base
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        return "does", verb[:-2] if re.search(r"(?:ch|sh|x|ss|zz|o)es$", verb) else verb[:-1]
    return None


# A second clause or a list in the sentence: the WH-word would not know which part it asks about
COMPOUND = re.compile(r"[,;:]|\b(?:and|but|or|as|while|which|who|whom|that|because|although|if|when|where)\b")
# A name's apposition closing the sentence: ", the capital of Avalonia."
APPOSITION_AT_END = re.compile(r",\s+(?:the|a|an)\s+[^,;:]*?\.$")
# Verbs whose object is what someone said: the date or number belongs to the words reported
SPEECH = frozenset("said say says told tell tells announced claimed added warned reported revealed insisted argued".split())


def wh_question(stem: str, kind: str, answer: str, noun: str | None = None) -> str | None:
    """The WH-question for a blank stem, or None when no rule is sure of it."""
    if stem.count(BLANK) != 1 or re.search(r"[\"“”]", stem):
        return None
    before, after = stem.split(BLANK)
    apposition = APPOSITION_AT_END.search(after)  # "... from Eldvik, the capital of Avalonia."
    if apposition and SPEECH & set(re.findall(r"[a-z]+", apposition.group())):
        return None  # "..., the ministry said.": who said it is no part of a question
    after = APPOSITION_AT_END.sub("", after)
    if kind == "date" and before != "In ":
        after = TRAILING_PHRASE.sub(".", after)  # "in _____, helped by ferry sales." asks about the growth
        stem = before + BLANK + after
    if before == "In ":
        after = after.removeprefix(",")  # "In _____, voters elected ..."
    if COMPOUND.search(before + (after if kind != "count" else after.split(noun or "\0", 1)[-1])):
        return None  # one clause only: "X runs _____ under Y and is ..." is two
    if kind == "distance":
        return _distance(stem)
    if kind == "count":
        return _count(stem, answer, noun)
    if kind == "date" and re.fullmatch(r"\d{4}", answer):
        return _year(stem)
    return None


def _distance(stem: str) -> str | None:
    m = DIMENSION.match(stem)
    if m:
        subj = _subject(m.group("subj"))
        return (
            f"How {m.group('adj')} {'was' if m.group('verb') in ('was', 'stood') else 'is'} {subj}{m.group('rest')}?"
            if subj
            else None
        )
    m = DISTANCE.match(stem)
    if not m:
        return None
    subj = _subject(m.group("subj"))
    if subj is None:
        return None
    if m.group("verb") == "is":
        return f"How far is {subj} {m.group('rest')}?"
    verb = m.group("verb")
    base = verb[:-2] if verb.endswith("ches") else verb[:-1]  # stretches -> stretch, lies -> lie (no verb above in -shes)
    return f"How far does {subj} {base} {m.group('rest')}?"


def _count(stem: str, answer: str, noun: str | None) -> str | None:
    if not re.fullmatch(r"[\d,]+|[A-Za-z]+", answer) or not noun or len(noun.split()) > 3:
        return None  # "about 80", "12 million": a blank stem says it better
    if not stem.split(BLANK, 1)[1].startswith(" " + noun):
        return None
    stem = stem.replace(f"{BLANK} {noun}", f"{BLANK} {noun.replace(' ', '_')}", 1)  # the counted noun as one word
    m = COUNT_SUBJECT.match(stem)
    if m:
        return f"How many {m.group('noun').replace('_', ' ')}{m.group('rest')}?"
    for pattern in (COUNT_HAS, COUNT_OBJECT):
        m = pattern.match(stem)
        if not m:
            continue
        subj, do = _subject(m.group("subj")), _do(m.group("verb"))
        if subj is None or do is None or m.group("verb") in SPEECH:
            return None
        return f"How many {m.group('noun').replace('_', ' ')} {do[0]} {subj} {do[1]}{m.group('rest')}?"
    return None


def _year(stem: str) -> str | None:
    for pattern in (YEAR_OPENING, YEAR_END):
        m = pattern.match(stem)
        if not m:
            continue
        subj, verb, rest = m.group("subj"), m.group("verb"), m.group("rest") or ""
        owned = re.match(r" ([a-z]+)(.*)", rest)
        if re.search(r"['’]s$", subj) and owned:  # "Germany's economy grew": the owned noun is the subject's
            subj, verb, rest = f"{subj} {verb}", owned.group(1), owned.group(2)
        subj = _subject(subj)
        if subj is None:
            return None
        # "In _____, the board had chosen ...": "did the board choose", not "did the board have chosen" (a year at
        # the end may belong to a clause after the verb: "has sold 40 trains since it was founded in _____")
        # ("has sold", "have won": "does ... have sold" is no question, and _do below refuses it)
        perfect = re.match(r" (\w+)(.*)", rest) if verb == "had" else None
        if perfect and (perfect.group(1).endswith("ed") or perfect.group(1) in PARTICIPLES):
            base = lemma(perfect.group(1)) if pattern is YEAR_OPENING else None
            return f"In which year did {subj} {base}{perfect.group(2)}?" if base else None
        if PASSIVE.match(verb):
            participle = re.match(r" (\w+)(.*)", rest)
            if not participle or not (
                participle.group(1).endswith("ed") or participle.group(1) in IRREGULAR or participle.group(1) == "born"
            ):
                return None
            return f"In which year {verb} {subj} {participle.group(1)}{participle.group(2)}?"
        do = _do(verb)
        if do is None or do[0] != "did" or verb in SPEECH:
            return None
        return f"In which year did {subj} {do[1]}{rest}?"
    return None
