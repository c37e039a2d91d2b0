"""What a sentence leans on: named rules that find the words pointing outside it ("He", "the
meeting", "Mr Holm", "those two years"). Input: one sentence's text and the article's people;
output: each such word with its offsets and the rule that found it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..extract.speakers.phrases import PERSON_WORDS

# Words that only join a sentence to the one before: "But", "However,", "Meanwhile,"
CONNECTIVE = re.compile(
    r"(?:(?:But|And|So(?!\s+far\b)|Yet|Or|Still|However|Meanwhile|Instead|Also|Indeed|Moreover|Nevertheless|Nonetheless"
    r"|Separately|Similarly|Likewise|Furthermore|Besides|Thus|Hence|Overall|Now|Then|In total|In all|Altogether"
    r"|In addition|By contrast|In contrast|As a result|Even so)\b,?\s+)+"
)
# An opening adverbial before the subject: "In 2004, ", "On Monday, ", "After the vote, " (no verb inside)
ADVERBIAL = re.compile(
    r"(?:(?:In|On|At|By|During|After|Before|Since|Until|Last|This|Next|For|Under|Despite|Following)\s+(?=\S)"
    r"(?:(?!\b(?:is|was|were|are|has|have|had|will|would|said|says|can|could|he|she|they|it|we|I|\w+ed)\b)[^,\"“”]){0,60},\s+)"
)
# A subject that points back: "He ...", "Its fleet ...", "That is ...", "There were ...", "All of
# those ...", "Another 20 ...", "Both men ..."
OPENING = re.compile(
    r"(?:He|She|They|It|We|I|His|Her|Its|Their|Our|My|This|That|These|Those|There|Here|Such|Another|Both|Neither|Either"
    r"|(?:One|Two|Three|Four|Five|Some|Many|Most|All|None|Each|Several|Half|Few|Much|Any)"
    r" of (?:them|those|these|the|this|it|its|their|his|her|us)"
    # ... or a quantifier standing alone for a group told of before: "All were taken to hospital"
    r"|(?:All|Some|Many|Most|None|Several|Each|Both|Few)(?=\s+(?:were|are|was|is|will|would|have|had|has|must|may|remain\w*)\b)"
    # ... or one more of what was told before: "Earlier outbreaks", "Other workers", "Similar cases"
    r"|(?:Earlier|Previous|Prior|Other|Similar|Further|Later|Such)(?=\s+[a-z]+s\b))\b"
)
# A time told from an event the sentence does not name: "Seven decades later,", "Hours after the
# interview,", "Since then", "At the time"
OPENING_TIME = re.compile(
    r"(?:(?:\w+\s+){1,2}(?:later|earlier|afterwards|before)\b|(?:Hours|Days|Weeks|Months|Years|Minutes|Shortly|Soon|Moments)"
    r"\s+(?:after|before)\s+the\b|Since then|By then|At the time|At that time|Until then|After that|Before that)"
)
# An opening that times the sentence from an event it does not name: "After the vote, ",
# "Following the vote, ", "During the match, " (no name, figure or year in it says which)
EVENT_OPENING = re.compile(
    r"(?i:after|following|since|during|despite|before|amid|ahead of|until|throughout)\s+the\s+[a-z][^,;:A-Z0-9\"“”]{0,50},\s"
)
# "over those two years", "because of that", "this decision": a demonstrative points back
# ("this year" and the like are times, found by the time rules)
DEMONSTRATIVE = re.compile(
    r"(?<!^)\b(?:[Tt]his|[Tt]hese|[Tt]hose)\b(?!\s+(?:year|month|week|weekend|morning|afternoon|evening|night|season"
    r"|spring|summer|autumn|fall|winter|time)\b)|\b(?:of|after|before|despite|like|than|from|about|on|with|for|to|by|at|in)"
    r"\s+that\b"
)
# "another localist candidate", "the other": one more of something named before
ANOTHER = re.compile(r"(?<!^)\b(?:another|[Aa]nother)\b")
# "he" or "him": there must be a name before it in the same text
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|He|She|Him|His|Her)\b")
# "we" and "our" belong to a speaker the text must name
FIRST_PERSON = re.compile(r"\b(?:we|us|our|I|me|my|We|Our|My)\b")
# A capitalised word other than the first: a possible antecedent or a name
CAPITALISED = re.compile(r"(?<=[\s(“\"'‘—–-])[A-Z][\w'’-]+")
# A speech verb outside the quotation: the speaker is named in the text
SPEECH = re.compile(r"\b(?:said|says|told|added|asked|wrote|explained|warned|insisted|argued|claimed|according to)\b")
# "the meeting", "the stricken countries", "the city's": "the" and the lower-case words after it
DEFINITE = re.compile(
    r"\b[Tt]he\s+(?:(?:\d[\d,.]*[a-z]{0,2}(?:-[a-z]+)*|(?:1[0-9]|20)\d\ds?)"
    r"(?:\s+(?:km|kilometres?|miles?|metres?|meters?|ft|feet|kg|tonnes?|tons?))?(?:\s+\([^()]{1,30}\))?\s+){0,2}(?=(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}))"
)
# What follows a verb and not a plural noun: "offers about 700,000", "recalls that"
VERB_OBJECT = re.compile(r"\s+(?:that|about|a|an|the|some|more|\d)\b")
# Words that end a noun phrase: function words and the commonest verbs
NP_STOP = frozenset(
    "a an the and or but nor of to in on at by for with from as into onto over under about after before since until"
    " than that which who whom whose when where while if because so is was were are be been being has have had will"
    " would can could may might must should shall do does did said says say told also not no only just still even"
    " its his her their our this these those it he she they we me him them us you all some any every each".split()
)
# Common verbs that follow a subject: a noun phrase ends before them
VERB_WORDS = frozenset(
    "began begun came went took made gave got found held kept left lost met ran rose said saw sent set sold spent stood"
    " told won wrote became built brought bought fell grew knew led paid put shows show runs run takes take makes make"
    " comes come goes go gets get looks look seems seem says remains remain stays stay lies lie sits sit".split()
)
# Words after "the" that make the phrase one of a kind: "the best", "the first", "the world's highest"
UNIQUE_LEAD = re.compile(r"(?:[a-z]+est|first|last|most|least|only|top|whole|entire|same-sex)$")
# What gives a superlative its scope: "the biggest decline since 1998", "the highest in Wales"
SUPERLATIVE_SCOPE = re.compile(r"\s+(?:since|ever|yet|on record|in|of|among|for|to|at)\b|['’]s|\s+time\b")
# Words after "the" that point back however the phrase goes on: "the next", "the other", "the latest"
POINTING_LEAD = frozenset("next previous latest other former latter same following above remaining two three pair".split())
# Nouns whose "of ..." or "to ..." makes them specific: "the right to vote", "in the wake of the storm"
COMPLEMENT = re.compile(r"\s+(?:of|to|that|for|into|on|about|between|against|over)\b")
LEANING_HEADS = frozenset("rest remainder others majority minority latter former".split())
# What may follow a noun phrase to make it specific: "the border with North Korea", "the autumn of
# 1978", "the film Titanic", "the city of Vladivostok"
RESTRICTED = re.compile(
    r"\s+(?:(?:of|in|at|for|from|with|on|between|against|to|near|outside|inside|under|over)\s+(?:the\s+|a\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[A-Z]|(?<=of )\d|(?<=of the )\d)"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=[,.;:)]|\s+(?:is|was|were|are|has|have|had|will|would|said|says|and|in|on|at|of|for|to|from)\b))"
)
# Nouns whose "the" needs no antecedent: one of a kind, or a turn of phrase
GENERIC_HEADS = frozenset(
    "world public internet web economy environment media press past future time moment way end beginning start middle"
    " majority minority average top bottom front back number amount total sun moon earth sky sea ocean weather night day"
    " morning evening afternoon weekend week year month season century decade polls poll wind rain air ground police"
    " fact idea truth news law rules".split()
)
# Nouns for a place or a body: "the country", "the company": specific once a name stands right before them
ENTITY_HEADS = frozenset("country nation city town state region island capital".split())
# A document of the story's, named only by who made it or what it is of: "the study by the Eldvik
# institute", "the report into the crash"
DOCUMENT_HEADS = frozenset("study report survey poll research paper findings analysis".split())
# Nouns for the story's own event or thing: "the illness", "the deal", "the device" name one the reader
# was told about, which a card must say
STORY_HEADS = frozenset(
    "trouble situation incident illness injury disease accident crash attack incident row dispute scandal affair case"
    " bid deal ruling verdict decision move plan scheme proposal offer agreement match game fight contest race tie"
    " film movie book album song show series gadget device product machine console handset".split()
)
# Titles before a surname: "Mr Holm"
HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<name>[A-Z][\w'’-]+)")
# Words that may lead a noun phrase in place of its noun: "the first", "the latter"
NOT_HEADS = frozenset("a an the and or of to in on at by for with from as is was were are be been".split())


@dataclass(frozen=True)
class Reference:
    """A word the sentence leans on: offsets into the text given, and the rule that found it."""

    start: int
    end: int
    rule: str
    soft: bool = False  # a nicety a short article may do without (see Context.relaxed); never a fault of fact


def subject_start(text: str) -> int:
    """Where the subject of a sentence starts: after an opening quote mark, connective, adverbial."""
    pos = 0
    q = re.match(r"[\"“‘']", text)
    if q:
        pos = q.end()
    c = CONNECTIVE.match(text, pos)
    if c:
        pos = c.end()
    a = ADVERBIAL.match(text, pos) or COMMENT_ADVERB.match(text, pos)
    if a:
        pos = a.end()
    return pos


# A word that comments on the sentence before its subject: "Sadly, it wasn't ...", "Clearly, he ..."
COMMENT_ADVERB = re.compile(r"[A-Z][a-z]+ly,\s+")


def _opening(text: str, people: Names) -> Iterator[Reference]:
    pos = subject_start(text)
    t = OPENING_TIME.match(text)
    if t:
        yield Reference(t.start(), t.end(), f"context: '{t.group()}' tells time from an event it does not name")
    c = CONNECTIVE.match(text)
    e = EVENT_OPENING.match(text, c.end() if c else 0)
    if e:
        yield Reference(e.start(), e.end() - 2, f"context: '{e.group()[:-2]}' tells of an event it does not name")
    m = OPENING.match(text[:pos] + text[pos : pos + 1].upper() + text[pos + 1 :], pos)  # "At 3km/h, it is ..."
    if m and m.group() in ("We", "I", "Our", "My") and SPEECH.search(_outside_quotes(text)):
        return  # '"We will win," said Jonas Berg': the speaker is named
    if m:
        yield Reference(m.start(), m.end(), f"context: opens on '{m.group()}', which points back")


# "the Olympic champion", "the Spanish striker": a person the sentence does not name
TITLED_UNNAMED = re.compile(
    r"\b[Tt]he\s+[A-Z][a-z]+\s+(?P<head>champion|winner|player|striker|goalkeeper|boss|star|actor|actress|singer|manager"
    r"|coach|driver|rider|captain|runner|sprinter|athlete|veteran|teenager|youngster|defender|midfielder|forward)\b"
    r"(?!\s+[A-Z]|,\s+[A-Z])"
)


def _titled_unnamed(text: str, people: Names) -> Iterator[Reference]:
    m = TITLED_UNNAMED.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' is not named")


def _definites(text: str, people: Names) -> Iterator[Reference]:
    for m in DEFINITE.finditer(text):
        words: list[str] = []
        for w in re.finditer(r"[a-z][a-z-]*", m.group("words")):
            if w.group() in NP_STOP or re.match(r"['’]t\b", m.group("words")[w.end() : w.end() + 3]):
                break  # a function word, or "doesn't": the noun phrase has ended
            if words and (re.search(r"(?:ed|ing)$", w.group()) or w.group() in VERB_WORDS or re.search(r"[^s]s$", words[-1])):
                break  # "the group announced", "the broadcasts began", "the lifts take": a verb follows a noun
            words.append(w.group())
            if len(words) == 3:
                break
        if not words:
            continue
        # which words are the noun phrase is not known ("the festival runs", "the stricken countries"):
        # the phrase is fine when any reading of it is
        readings = [words[:n] for n in range(1, len(words) + 1)]
        # ... save one whose last word in -s takes an object as a verb does ("the discovery recalls that",
        # "the store offers about 700,000"): a verb, not a plural noun
        after = m.start("words") + len(" ".join(words))
        if len(words) > 1 and re.search(r"[^s']s$", words[-1]) and VERB_OBJECT.match(text, after):
            readings = readings[:-1]
        verdicts = [_definite_verdict(text, m.start(), m.start("words") + len(" ".join(w)), w) for w in readings]
        if None in verdicts:
            continue
        # "The company said ..." opening the sentence points back; "... in the city" only lacks a frame;
        # "the illness", "the deal", "the device" point back wherever they stand: an event or a thing of the story
        # "the country's rail network" with no place named before it in the sentence: which country, even on a card
        soft = (
            m.start() > subject_start(text)
            and not any(w in STORY_HEADS for w in words)
            and not (words[0] in ENTITY_HEADS and not _name_before(text, m.start(), subject_start(text) + 1))
        )
        yield Reference(m.start(), m.start("words") + len(words[0]), f"context: 'the {words[0]}' {verdicts[0]}", soft=soft)


def _definite_verdict(text: str, start: int, end: int, words: list[str]) -> str | None:
    """How "the" and these words point outside the text ("points back", "is not named"), or None when they do not."""
    head = words[-1]
    if head in DOCUMENT_HEADS and not re.match(r"\s+(?:by|from|of|for|into|on)\s", text[end:]):
        return "is not named"  # "The study in The Lancet found ...": where it appeared, not which study it is
    if RESTRICTED.match(text, end) or re.match(r",\s[A-Z][a-z]", text[end:]):
        return None  # "the border with North Korea", "the two largest cities of Avalonia", "the spokesman, John Smith,"
    if words[0] in POINTING_LEAD and words[1:] != ["time"]:
        return "points back"
    if head in GENERIC_HEADS or (UNIQUE_LEAD.match(words[0]) and SUPERLATIVE_SCOPE.match(text, end)):
        return None  # "the world", "the biggest fall since 1998", "the first time"
    if head not in LEANING_HEADS and COMPLEMENT.match(text, end):
        return None  # "the right to vote", "the cost of living"
    near = max(0, start - 40)  # pragma: no mutate - no name starts at 0 (one follows a space or mark): 0 and 1 read alike
    if head in ENTITY_HEADS and _name_before(text, start, near):
        return None  # "Avalonians accuse the country's rulers": the name stands right before
    stem = head[:-1] if head.endswith("s") and len(head) > 3 else head
    if re.search(rf"\b{re.escape(stem)}", text[:start], re.I):
        return None  # "a gunman ... the gunman": named in the text before
    return "is not named"


# "it" as a subject with nothing before it that it could stand for: "At 8.7 metres across it was ..."
IT_SUBJECT = re.compile(r"\bit\s+(?:is|was|are|were|has|had|will|would|could|can|\w+ed)\b")
THING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+\w|(?<=[a-z,;:] )[A-Z]")


def _unheld_it(text: str, people: Names) -> Iterator[Reference]:
    # (no 'it' stands before the subject's start: an opener holds none, so a search from 0 finds the same)
    m = IT_SUBJECT.search(text, subject_start(text))  # pragma: no mutate - see above
    if m and m.start() > subject_start(text) and not THING_BEFORE.search(text, 0, m.start()):
        yield Reference(
            m.start(), m.start() + len(m.group().split()[0]), f"context: '{m.group().split()[0]}' stands for nothing named"
        )


def _pronouns(text: str, people: Names) -> Iterator[Reference]:
    pos = subject_start(text)
    for p in PERSON_PRONOUN.finditer(text):
        if p.start() == pos:
            continue  # an opening "He" is the opening rule's
        if not _person_before(text, p.start(), people):
            yield Reference(p.start(), p.end(), f"context: '{p.group()}' with no person named before it")
            return


# "Mr Smith", "President Lindqvist", "spokeswoman Jane Doe": a person, whoever they are
TITLED_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame|President|Senator|Governor|Mayor|Judge|King|Queen|Prince|Princess"
    r"|[a-z]*(?:man|woman|person|er|or|ist|ian|ent|ant)|minister|secretary|chief|leader|head|officer|official|coach|captain)"
    r"\.?\s+[A-Z][\w'’-]+"
)


def _person_before(text: str, end: int, people: Names) -> bool:
    """True when a person is named before ``end``: a titled name, or a name the article gives a person."""
    if TITLED_NAME.search(text, 0, end):
        return True
    return any(people.is_person(re.sub(r"['’]s?$", "", m.group())) for m in re.finditer(r"[A-Z][\w'’-]+", text[:end]))


def _demonstratives(text: str, people: Names) -> Iterator[Reference]:
    d = DEMONSTRATIVE.search(text, subject_start(text) + 1) or ANOTHER.search(text, subject_start(text) + 1)
    if d:
        # "this election", "those two years" point at something the reader does not have; "of that" only lacks a frame
        yield Reference(d.start(), d.end(), f"context: '{d.group()}' points back", soft=d.group().lower().endswith(" that"))


# A sentence that opens on a bare common noun: "Demand, meanwhile, has jumped ...", "Sales rose
# ...": consumption of what, whose sales?
BARE_SUBJECT = re.compile(
    r"(?P<noun>[A-Z][a-z]+)(?:\s+[a-z]+){0,3}(?=,|\s+(?:has|have|had|is|are|was|were|rose|fell|jumped|dropped|dipped|grew|climbed"
    r"|slumped|increased|decreased|remained|stood|reached|hit|will|took|left|put|lifted|moved|kept|sent|gave)\b)"
)
# An outcome with no word of whom it was over: "Victory took Eldvik to within three points" points back
# to a match the item does not name, however short the article ("Victory over Norland took ..." says:
# BARE_SUBJECT takes in only lower-case words after the noun, so it never matches there)
OUTCOMES = frozenset("Victory Defeat Win Loss Success Failure Draw".split())


def _bare_subject(text: str, people: Names) -> Iterator[Reference]:
    pos = subject_start(text)
    m = BARE_SUBJECT.match(text, pos)
    if not m or m.group("noun") in COMMON_CAPS or people.named(m.group("noun")) or people.is_person(m.group("noun")):
        return
    if m.group("noun") in OUTCOMES:
        if m.group() == m.group("noun"):  # "Victory in extra time took ..." says which contest
            yield Reference(m.start(), m.end(), f"context: '{m.group()}' in which contest?")  # the names after it are the winners
        return
    # a name after the subject says whose ("Ferries matter to Avalonia's economy"); the subject itself,
    # the noun and lower-case words up to a comma or a verb, holds none ("Sales of cars rose" is asked whose)
    if not _name_before(text, len(text), m.end()):
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' of what, or whose?", soft=True)


# A firm or a body known only by its rank: "Avalonia's biggest rail firm said ..." (which one?)
RANKED_UNNAMED = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?\s+(?:(?:second|third|fourth|fifth)[\s-]+)?"
    r"(?:biggest|largest|smallest|leading|top|oldest|richest|busiest|main|best-selling|most\s+\w+)"
    r"(?P<rest>(?:\s+[a-z][\w-]*){1,3}?)(?=\s+(?:has|have|had|is|are|was|were|said|says|will|would|rose|fell|reported|announced"
    r"|[a-z]+ed)\b)"
)


def _ranked_unnamed(text: str, people: Names) -> Iterator[Reference]:
    m = RANKED_UNNAMED.match(text, subject_start(text))
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' is not named")


# A group told only by how many: "Many staff and investors ... still wait" (of which firm?)
QUANTIFIED_GROUP = re.compile(
    r"(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Tt]housands\s+of|[Hh]undreds\s+of|[Mm]illions\s+of)\s+(?P<group>(?:[a-z]+\s+){0,2}?"
    r"(?:employees|staff|workers|shareholders|investors|customers|residents|people|members|fans|users|passengers|families)"
    r"(?:\s+and\s+[a-z]+)?)\b(?!\s+(?:of|at|in|from|with)\s+(?:the\s+)?[A-Z])"
)


def _quantified_group(text: str, people: Names) -> Iterator[Reference]:
    m = QUANTIFIED_GROUP.match(text, subject_start(text))
    if m and not _name_before(text, m.end() + 60, m.end()):  # pragma: no mutate - how far a verb's object may run
        yield Reference(m.start(), m.end(), f"context: '{m.group()}': whose?")


# An event told only as "what happened": "still upset by what had happened" (what did?)
WHAT_HAPPENED = re.compile(r"\bwhat\s+(?:had\s+|has\s+)?happened\b(?!\s+(?:to|in|at|on|during|after|before|when|with)\s)")


def _what_happened(text: str, people: Names) -> Iterator[Reference]:
    m = WHAT_HAPPENED.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' points back to an event not named")


# A side known only by how it stands to the subject: "lost to their southern neighbours",
# "beat its rivals" (which ones?), unless a name follows ("its rivals, Eldvik Rail,")
POSSESSED_SIDE = re.compile(
    r"\b(?:their|its|his|her)\s+(?:[A-Za-z-]+\s+){0,2}?(?:neighbours|neighbors|rivals|opponents|hosts|visitors|counterparts"
    r"|neighbour|neighbor|rival|opponent)\b(?!,?\s+[A-Z])"
)
# A sentence that opens on a condition, not a fact: "Should anyone doubt it, ...", "Had Eldvik won, ..."
CONDITION_OPENING = re.compile(
    r"(?:[Ss]hould|[Ww]ere|[Hh]ad)\s+(?:anyone|anybody|someone|you|we|they|it|he|she|[A-Z][\w'’-]+)\s+[a-z]"
)


def _possessed_side(text: str, people: Names) -> Iterator[Reference]:
    m = POSSESSED_SIDE.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' is not named")


def _condition_opening(text: str, people: Names) -> Iterator[Reference]:
    m = CONDITION_OPENING.match(text, subject_start(text))
    if m:
        yield Reference(m.start(), m.end(), "context: opens on a condition, not a statement of fact")


# People of a place who need the place named: "voters chose a new council" (in which country?)
PLACE_PEOPLE = re.compile(
    r"(?P<noun>[Vv]oters|[Cc]itizens|[Tt]axpayers|[Mm]otorists|[Ss]hoppers|[Cc]onsumers|[Hh]ouseholds)"
    r"(?!\s+(?:in|of|from|across|throughout|around)\s+(?:the\s+)?[A-Z])\b"
)


def _place_people(text: str, people: Names) -> Iterator[Reference]:
    pos = subject_start(text)
    m = PLACE_PEOPLE.match(text, pos)
    if m:
        # "Irish voters", "Avalonia's voters" name the place before the noun, and the match starts after it
        yield Reference(m.start(), m.end(), f"context: '{m.group('noun')}' of which place?")


# "an increase is not expected", "the cut was announced": a change that does not say what changed
CHANGE_OF_WHAT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:increase|rise|fall|cut|drop|decline|rebound|recovery|reduction|hike|slowdown|upturn|downturn)"
    r"\b(?!\s+(?:in|of|to|from|on|for|at)\b|['’]s)"
)


def _change_of_what(text: str, people: Names) -> Iterator[Reference]:
    m = CHANGE_OF_WHAT.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' in what?")


# A firm told by where it is based, never by its name: "the Eldvik-based company", "the Northport,
# Avalonia-based lender"
BASED_UNNAMED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*,?\s+){0,3}[\w-]*-based\s+(?P<head>[a-z]+)\b")


# A person told by age alone: "The 24-year-old from Eldvik, who ..." (the definite rule reads no noun there)
AGED_UNNAMED = re.compile(r"\b[Tt]he\s+\d+-year-old(?=,|\s+(?:from|of|who|has|had|was|is|will|said|won|beat|became)\b)")


def _aged_unnamed(text: str, people: Names) -> Iterator[Reference]:
    for m in AGED_UNNAMED.finditer(text):
        yield Reference(m.start(), m.end(), f"context: '{m.group().lower()}' is not named")


# A party known by a name many countries' parties share: "The Liberals took half the vote" (where?)
SHARED_PARTY = re.compile(
    r"\b(?:[Tt]he\s+)?(?:Liberals|Conservatives|Tories|Democrats|Republicans|Greens|Socialists|Labour|Labor)\b"
)


def _party_unplaced(text: str, people: Names) -> Iterator[Reference]:
    m = SHARED_PARTY.search(text)
    if m:
        rest = text[: m.start()] + " " * len(m.group()) + text[m.end() :]
        if not _name_before(rest, len(rest), 0):
            yield Reference(m.start(), m.end(), f"context: '{m.group()}' of which country?")


# "was itself formed from a merger": set against something told before
ITSELF = re.compile(r"\b(?:is|was|were|are|has|had|have)\s+(?:itself|themselves|himself|herself)\b")


def _itself(text: str, people: Names) -> Iterator[Reference]:
    m = ITSELF.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' sets it against something told before")


def _based_unnamed(text: str, people: Names) -> Iterator[Reference]:
    for m in BASED_UNNAMED.finditer(text):
        yield Reference(m.start(), m.end(), f"context: 'the {m.group('head')}' is not named")


# A place known by its number, of no place the sentence names: "Terminal 5 opened" (at which airport?);
# "Eldvik's Terminal 5", "Terminal 5 at Eldvik airport" say
NUMBERED_PLACE = re.compile(
    r"\b(?P<name>(?:Terminal|Gate|Platform|Runway|Pier|Berth|Hangar|Reactor|Ward|Block|Pavilion"
    r"|Hall|Studio|Stand|Tower|Building|Stage|Level)\s+\d+[A-Z]?)\b(?!\s+(?:at|of|in)\s+[A-Z])"
)


def _numbered_place(text: str, people: Names) -> Iterator[Reference]:
    for m in NUMBERED_PLACE.finditer(text):
        owner = re.search(r"([A-Z][\w'’-]*?)(?:['’]s)?\s+$", text[: m.start()])
        if owner and owner.group(1) not in COMMON_CAPS:
            continue  # "Eldvik's Terminal 5", "Eldvik Terminal 5"
        yield Reference(m.start("name"), m.end("name"), f"context: '{m.group('name')}' of which place?")


# A sentence that names no one and nowhere ("Two gunmen died, officials said."): nothing ties it to
# the world, so nothing makes it worth learning on its own
def _fragment(text: str, people: Names) -> Iterator[Reference]:
    if FRAGMENT.match(text):
        yield Reference(0, min(len(text), 20), "context: a fragment, not a sentence")


# "A choir who, over two tours, ...": a noun and its relative clause with no verb of its own
FRAGMENT = re.compile(r"[\"“]?(?:A|An|The)\s+[a-z]+\s+(?:who|which|that|whose)\b")


# Groups a sentence may open on without naming anyone
UNNAMED_GROUPS = frozenset(
    "Experts Analysts Economists Observers Critics Researchers Scientists Officials Investors Traders Residents Sources".split()
)


def _unanchored(text: str, people: Names) -> Iterator[Reference]:
    first = re.match(r"[\"“]?([A-Z][\w'’-]+)", text[subject_start(text) :])
    # a year says when, not who or where; it stands for a frame unless the sentence opens on a group
    # no one is named in ("Experts believe three fare rises since 2019 ...")
    dated = re.search(r"\b(?:1[0-9]|20)\d\d\b", text) and not (first and first.group(1) in UNNAMED_GROUPS)
    if not _name_before(text, len(text), subject_start(text) + 1) and not dated:
        if not first or first.group(1) in COMMON_CAPS or not (people.named(first.group(1)) or people.is_person(first.group(1))):
            yield Reference(0, min(len(text), 20), "context: the sentence names no one and nowhere")


# One name opening the sentence, set off by a role: "Anna, a seven-time champion, has ..." (Anna who?)
ONE_NAME_ROLE = re.compile(r"[\"“]?(?P<name>[A-Z][a-z][\w'’-]*),\s+(?:a|an|the)\s+(?P<role>[^,]{1,60}),")


def _one_name(text: str, people: Names) -> Iterator[Reference]:
    m = ONE_NAME_ROLE.match(text, subject_start(text))
    if m and m.group("name") not in COMMON_CAPS and not people.full(m.group("name")):
        if not PERSON_WORDS.isdisjoint(re.findall(r"[a-z]+", m.group("role"))):
            yield Reference(m.start("name"), m.end("name"), f"context: '{m.group('name')}' is not introduced")


def _speakerless(text: str, people: Names) -> Iterator[Reference]:
    f = FIRST_PERSON.search(text)
    if f and not SPEECH.search(_outside_quotes(text)):
        yield Reference(f.start(), f.end(), f"context: '{f.group()}' with no speaker named")


def _surnames(text: str, people: Names) -> Iterator[Reference]:
    """Each person the text names by surname alone, on their first mention ("Mr Holm", "Holm")."""
    seen: set[str] = set()
    for m in HONORIFIC.finditer(text):
        name = m.group("name")
        full = people.full(name)
        if (full is None or full not in text) and name not in seen:
            seen.add(name)
            yield Reference(m.start(), m.end(), f"context: '{m.group()}' is not introduced", soft=True)
    for word in re.finditer(r"(?<![\w'’.-])[A-Z][a-z][\w-]*(?:['’][A-Z][\w-]+)?", text):
        full = people.known_as(word.group()) or people.typed.get(word.group())
        if word.group() in seen:
            continue
        fulls = {full} if full else people.first_of(word.group())  # "Tom" when two Toms are named: not introduced
        if (
            fulls
            and all(" " in f and f not in text for f in fulls)
            and not re.search(r"\b[A-Z][\w'’-]+\s+$", text[: word.start()])
            and not re.match(r"\s+[A-Z][a-z]", text[word.end() :])  # "the Eldvik Crossing": part of a longer name
        ):
            seen.add(word.group())
            yield Reference(word.start(), word.end(), f"context: '{word.group()}' is not introduced", soft=True)


class Names:
    """The people an article names in full, found by their surname: "Holm" -> "Peter Holm"."""

    def __init__(
        self,
        full_names: list[str],
        names: set[str] | None = None,
        typed: dict[str, str] | None = None,
        alone: set[str] | None = None,
    ):
        self._names = names or set()
        self._alone = alone or set()  # words that stand alone as a person's ("Tom said", "Han, who ...")
        self.typed = typed or {}  # a storm or an operation known by its last word: "Olga" -> "Hurricane Olga"
        self._words: set[str] = set()
        self._by_surname: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}
        for name in full_names:
            words = name.split()
            self._words.update(words)
            if len(words) >= 2:
                prev = self._by_surname.get(words[-1])
                # the name the article gives first, or a fuller one of it ("Anna Maria Kowal" after "Anna
                # Kowal"); never another's ("Born Nils Mandt" after "Jon Mandt": a birth name)
                # (a name with all of another's words and no more letters, or no more words, is that name reordered:
                # no article writes one, so < and <= read alike for the lengths and for the word sets)
                if prev is None or (len(prev) < len(name) and set(prev.split()) <= set(words)):  # pragma: no mutate - see above
                    self._by_surname[words[-1]] = name
                firsts.setdefault(words[0], set()).add(name)
        # a name's first word that points to one person: "Tom" for Tom Lund, or a family name
        # written first ("Han" for Han Eld-Su), where the surname rule reads the last word
        self._firsts = {w: names for w, names in firsts.items() if w not in self._by_surname}

    def is_person(self, word: str) -> bool:
        """True for a word of the name of a person the article names in full."""
        return word in self._words

    def named(self, word: str) -> bool:
        """True for a capitalised word the article uses as a name (it appears mid-sentence too)."""
        return word in self._names

    def full(self, surname: str) -> str | None:
        """The full name of the person known by this surname, if the article gives one."""
        return self._by_surname.get(surname)

    def known_as(self, word: str) -> str | None:
        """The full name of the one person a text may call by this word alone: their surname, or the
        first word of their name where the article also writes it alone as a person's ("Tom said")."""
        if word in self._by_surname:
            return self._by_surname[word]
        names = self.first_of(word)
        # the one name no other holds ("Tom Lund Berg" holds "Tom Lund"): it holds all the others, the longest of them
        roots = {n for n in names if not any(n in m and n != m for m in names)}
        return roots.pop() if len(roots) == 1 else None

    def first_of(self, word: str) -> set[str]:
        """The full names this word opens, where the article writes it alone as a person's ("Tom said")."""
        return self._firsts.get(word, set()) if word in self._alone else set()


# Short forms a reader knows without the article; any other ("KFB", "CSA") must be spelled out
KNOWN_ACRONYMS = frozenset(
    "US USA UK EU UN NATO BBC CNN FBI CIA WHO IMF OPEC NHS MP MPs PM CEO GDP AIDS HIV TV DVD CD PC IT AI IVF DNA NASA"
    " UEFA FIFA ICC WTO G8 G7 G20 OECD ATP WTA FA NFL NBA MLB NHL GMT BST EST AM FM UAE USSR".split()
)
ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]{1,5}s?(?![\w-])")


def _acronyms(text: str, people: Names) -> Iterator[Reference]:
    for m in ACRONYM.finditer(text):
        word = m.group()
        if re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
            continue  # "NJ Transit", "BBC News": the short form is part of a name
        if word in KNOWN_ACRONYMS or word.rstrip("s") in KNOWN_ACRONYMS:  # ("I" and "A" are one letter: no acronym)
            continue
        if re.search(rf"\(\s*{re.escape(word)}\s*\)", text) or re.match(r"\s*\(", text[m.end() : m.end() + 3]):
            continue  # "Eldvik Rail Company (ERC)": spelled out in the text, or spelled out right after
        yield Reference(m.start(), m.end(), f"context: '{word}' is not spelled out", soft=True)
        return


# "The MPs opened their review": a group known by a short form, and not said which ("the MPs on
# the Norland committee" says which)
GROUP_SHORT = re.compile(r"\b[Tt]he\s+(?P<short>[A-Z]{2,5})s\b(?!\s+(?:of|on|for|from|in|at|who|which|that)\b)")


def _groups(text: str, people: Names) -> Iterator[Reference]:
    for m in GROUP_SHORT.finditer(text):
        if m.group("short") in KNOWN_ACRONYMS:
            soft = m.start() > subject_start(text)  # as with "the company": opening the sentence, it points back
            yield Reference(m.start(), m.end(), f"context: '{m.group()}': which ones?", soft=soft)


# "A similar ticket scheme", "a fresh dispute", "all previous 12 matches": like what,
# after what, before what? ("similar to the one in Eldvik" says)
COMPARED = re.compile(r"\b(?:[Aa]n?\s+(?:similar|fresh|further)|[Aa]ll\s+previous|[Ss]imilar)\b")
SAYS_TO_WHAT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:to|as|with)\b")


def _compared(text: str, people: Names) -> Iterator[Reference]:
    m = COMPARED.search(text)
    if m and not SAYS_TO_WHAT.match(text, m.end()):
        yield Reference(m.start(), m.end(), f"context: '{m.group()}' points back to something not named")


# "authorities there": a place the sentence does not name ("there is", "there were" name none)
THERE = re.compile(
    r"\b(?!(?:and|but|or|that|because|if|when|while|so|as|where|although|though|since|then|said|says|whether|until|once"
    r"|unless|after|before|than|how|why|what|which|who|think|thinks|thought|believe|believes|is|are|was|were)\b)"
    r"[a-z]+ there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?)"
    r"\s+(?:no|not|a|an|some|many|more|few|several|\d[\d,]*)\b)"
)
# "The last big flood ... was in 2019": the last as of the day of writing, which the item does not give
LAST_SO_FAR = re.compile(
    r"\b[Tt]he\s+(?:last|latest|most\s+recent)\s+(?:(?!of\b)[\w-]+\s+){1,8}?(?:was|were|came|happened|took\s+place)\b"
)


def _there(text: str, people: Names) -> Iterator[Reference]:
    m = THERE.search(_outside_quotes(text))
    if m and not _name_before(text, m.start(), 1):  # ("In Eldvik, trains there ...": there is Eldvik)
        yield Reference(m.end() - 5, m.end(), "context: 'there' points to a place the item does not name")


def _last_so_far(text: str, people: Names) -> Iterator[Reference]:
    m = LAST_SO_FAR.search(text)
    if m:
        yield Reference(m.start(), m.end(), f"time: '{m.group()}' is the last only as of the day of writing")


RULES: list[Callable[[str, Names], Iterator[Reference]]] = [
    _opening,
    _definites,
    _titled_unnamed,
    _pronouns,
    _demonstratives,
    _speakerless,
    _surnames,
    _bare_subject,
    _place_people,
    _ranked_unnamed,
    _what_happened,
    _quantified_group,
    _possessed_side,
    _condition_opening,
    _change_of_what,
    _numbered_place,
    _based_unnamed,
    _aged_unnamed,
    _party_unplaced,
    _itself,
    _fragment,
    _unanchored,
    _one_name,
    _unheld_it,
    _acronyms,
    _groups,
    _compared,
    _there,
    _last_so_far,
]


def references(text: str, people: Names | None = None) -> list[Reference]:
    """Every word of the text that points outside it, in order, each with the rule that found it."""
    people = people or Names([])
    text = text[:1].upper() + text[1:]  # "however, it ..." trimmed to "it ..." opens like "It ..."
    found = [r for rule in RULES for r in rule(text, people)]
    return sorted(found, key=lambda r: r.start)


# Capitalised words that name nothing: sentence openers and function words
COMMON_CAPS = frozenset(
    "The A An It Its He She His Her They Their We I There Here This That These Those In On At By For With But And So If"
    " When While As After Before Since Until Some Many Most All No Not Yes One January February March April May June July"
    " August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _name_before(text: str, end: int, start: int) -> bool:
    """True when a capitalised word that is not a sentence opener stands between start and end."""
    return any(
        re.sub(r"['’]s?$", "", m.group()) not in COMMON_CAPS and not re.search(r"[.!?][\"'”’]?\s+$", text[: m.start()])
        for m in CAPITALISED.finditer(text, start, end)
    )  # (a word that opens the next sentence of a pair is an opener too)


def _outside_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"“”]*[\"”]", " ", text)
