"""Entities: the people and bodies an article names, by every name it gives them, with their gender."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .phrases import AGENT_NOUN, DOCUMENT, ORG_WORDS, PERSON_WORDS, VERB, name_of, speaker_type

# Titles and words that give a person's gender: "Mr", "Dame", "spokeswoman", "actress"
MALE_WORDS = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|Father|Brother|Duke|Earl|[a-z]{3,}(?<!wo)(?<!hu)man|actor|husband|son|boy"
    r"|brother|father|king|prince)\b"
)
FEMALE_WORDS = re.compile(
    r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister|Duchess|[a-z]+woman|actress|wife|daughter|girl|sister|mother"
    r"|queen|princess|widow|waitress|hostess)\b"
)
# A lower-case noun right before a name, perhaps with a comma: "striker Sam Ortiz", "the defendant, Marek Quist"
ROLE_BEFORE = re.compile(r"\b([a-z]{3,})\s*,?\s+$")
# Titles before a name: "Mr Haldt", "Dr. Quist"
TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)[.·]?"
# A pronoun after a name that tells the name's gender: "Quist said he", "Varga ... her first title"
# (not "him" or "her" as an object: "Marek gave her", "the goal earned him")
GENDER_PRONOUN = re.compile(
    r"\b(?:(?P<m>he|his|himself)|(?P<f>she|herself|her(?=\s+(?!(?:to|and|the|a|an|in|on|at|for|with|that|when|as|from"
    r"|by|of|up|out|off|back|down|over|if|so|but|or|was|is|had|has)\b)[a-z]))|(?P<n>its|itself))\b",
    re.I,
)
# A capitalised word: another name between a name and a pronoun
CAPITALISED = re.compile(r"\b[A-Z][a-z]")
# A gendered noun right before a name: "his wife Odile", "band frontman Rasmus Haldt"
GENDERED_BEFORE_M = re.compile(r"\b(?:husband|son|brother|father|boyfriend|actor|king|prince|[a-z]{3,}(?<!wo)(?<!hu)man)\s+$")
GENDERED_BEFORE_F = re.compile(r"\b(?:wife|daughter|sister|mother|girlfriend|actress|queen|princess|widow|[a-z]+woman)\s+$")
# Where a sentence (or paragraph) starts: a capitalised word there may be any word
SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*|[\"“]\s*)$")
# A title or role in a mention: it names a person even before any pronoun does
PERSON_MARK = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Rev|" + "|".join(sorted(PERSON_WORDS)) + r")\b", re.I)
# Nouns for a body of people: "they" may stand for them ("the band", "the committee")
GROUP_WORDS = frozenset("band group team party couple pair family duo trio committee board panel union club side crew".split())
# A description, not a name: "the Dane", "a Briton" (but "the Rev Rasmus Haldt" names)
DESCRIPTION = re.compile(r"(?i:the|a|an)\s+(?:[a-z][\w-]*\s+)*[A-Z][\w-]*$")
# A group of people named by what they are: "the band", "The MPs", "the report's authors"
GROUP = re.compile(
    r"(?i:the)\s+(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(GROUP_WORDS)) + r"|[a-z]+(?:er|or|ist|ian|ant|ent)s|[A-Z]{2,5}s)"
)
# A word for a body set before a name: "The company, Calder Ferries, said", "the bank Acme"
BODY_BEFORE = re.compile(r"\b(?i:the|a|an)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(ORG_WORDS)) + r"),?\s+$")
# Two people at once: "Quist and Haldt"
COORDINATION = re.compile(r"\s(?:and|or|&)\s")


@dataclass(eq=False)
class Entity:
    """One person or body: every way the article names it, and the ones it spoke under."""

    key: str
    type: str  # "person", "organisation", or "group" (people named by what they are: "the band")
    names: set[str] = field(default_factory=set)  # proper names: "Rasmus Haldt", "Haldt"
    mentions: list[str] = field(default_factory=list)  # as written: "Rasmus Haldt, leader of the group"
    spoke: list[str] = field(default_factory=list)  # the mentions that attribute a quote or speech
    confirmed: bool = True  # False for a bare capitalised name nothing yet shows to be a person

    # What name() has read so far: a person may speak a thousand times, and each mention is read once
    _read: int = field(default=0, repr=False)
    _best_spoken: str = field(default="", repr=False)
    _longest: str = field(default="", repr=False)

    @property
    def name(self) -> str:
        """How to name it in an answer: the fullest name it spoke under, else the fullest name;
        a surname alone keeps its title ("Mr Hale")."""
        fullest = lambda n: (len(n.split()) <= 3, len(n))  # noqa: E731
        for m in self.spoke[self._read :]:
            spoken = name_of(m)
            if spoken and (not self._best_spoken or fullest(spoken) > fullest(self._best_spoken)):
                self._best_spoken = spoken
            if len(m) > len(self._longest):
                self._longest = m
        self._read = len(self.spoke)
        if self.type == "person":
            best = self._best_spoken or max(self.names, key=fullest)
            if " " not in best:
                # "Rasmus" or "Haldt" spoke; the article gave the full name elsewhere
                fuller = [n for n in self.names if len(n.split()) in (2, 3) and best in n.split()]
                if fuller:
                    return max(fuller, key=len)
                for m in dict.fromkeys(self.mentions):
                    titled = re.search(TITLE + r"\s+" + re.escape(best) + r"\b", m)
                    if titled:
                        return titled.group()
            return best
        return self._longest or max(self.mentions, key=len)


# A capitalised word of a name: "Quist", "Varga-Quist", "O'Neill", the initial "R."; and any word
NAME_TOKEN = re.compile(r"(?<![\w'’-])[A-Z](?:[\w'’-]*\w|\.)?(?![\w'’-])")
WORD_TOKEN = re.compile(r"\w[\w'’-]*")
# Longest name looked up: "Rosa Maria de Vell"
MAX_NAME_WORDS = 4


class Occurrences:
    """Where each name (a run of up to four capitalised words) and each lower-case word stands in
    a text, read once, so finding a name costs the number of times it occurs, not the text's length."""

    def __init__(self, text: str):
        self.names: dict[str, list[int]] = {}
        self.lower: set[str] = {w for w in WORD_TOKEN.findall(text) if w.islower()}
        run: list[re.Match] = []
        for m in NAME_TOKEN.finditer(text):
            if run and text[run[-1].end() : m.start()] != " ":
                self._add_run(text, run)
                run = []
            run.append(m)
        self._add_run(text, run)

    def _add_run(self, text: str, run: list[re.Match]) -> None:
        for i in range(len(run)):
            for j in range(i, min(len(run), i + MAX_NAME_WORDS)):
                self.names.setdefault(text[run[i].start() : run[j].end()], []).append(run[i].start())

    def starts(self, name: str) -> list[int]:
        """Offsets where the name stands, in reading order."""
        return self.names.get(name, [])

    def common(self, word: str) -> bool:
        """True when the text also writes the word in lower case: capitalised, it may only open a sentence."""
        return word[:1].isupper() and word[0].lower() + word[1:] in self.lower


def is_group(entity: Entity) -> bool:
    """True for a body or a group of people: "they" may stand for it."""
    return entity.type in ("organisation", "group")


class Registry:
    """The entities of one article, found by full name, surname or first name."""

    def __init__(self, text: str, quoted: Callable[[int], bool]):
        self.text = text
        self.quoted = quoted
        self.seen = Occurrences(text)
        self.entities: list[Entity] = []
        self.by_name: dict[str, Entity] = {}
        self.by_word: dict[str, list[Entity]] = {}  # first and last words of every name
        self.recency: dict[int, int] = {}  # id(entity) -> when it was last named
        self.clock = 0
        self._genders: dict[int, str | None] = {}
        self._people_shown: dict[str, bool] = {}

    def add(self, mention: str, spoke: bool = False, trusted: bool = False, at: int | None = None) -> Entity | None:
        """The entity a mention (at an offset) names, added when new. A trusted mention (a quote's
        speaker) confirms a person, as does a title, a gendered word, or "he" or "she" after the
        name; a bare capitalised name stays unconfirmed ("Splendour", "Harbour" may name nobody)."""
        if DOCUMENT.fullmatch(mention.lower()):
            return None  # a document stands for whoever issued it
        stype = speaker_type(mention)
        if (
            stype == "person"
            and at is not None
            and not PERSON_MARK.search(mention)
            and BODY_BEFORE.search(self.text, max(0, at - 40), at)
        ):
            stype = "organisation"  # "The company, Calder Ferries, said"
        if stype == "person" and (GROUP.fullmatch(mention) or self._people(mention)):
            stype = "group"  # "the band", "the MPs", "officials", "voters": "they" may stand for them
        if stype == "person":
            name = name_of(mention)
            if not name or COORDINATION.search(name) or DESCRIPTION.match(mention):
                return None  # "Quist and Haldt" name nobody alone; "the Dane" describes, it does not name
            marked = PERSON_MARK.search(mention) or MALE_WORDS.search(mention) or FEMALE_WORDS.search(mention)
            entity = self.find(name)
            if entity is None:
                entity = self._new(name, stype)
                entity.confirmed = False
            if not entity.confirmed:
                entity.confirmed = bool(trusted or marked or self._shown_a_person(name))
            self._alias(entity, name)
        else:
            key = re.sub(r"^(?:the|a|an)\s+", "", mention, flags=re.I).lower()
            entity = self.by_name.get(key)
            if entity is None:
                if not (trusted or re.match(r"(?:the\s|[A-Z])", mention, re.I)):
                    return None
                entity = self._new(key, stype)
        entity.mentions.append(mention)
        if spoke:
            entity.spoke.append(mention)
        self.clock += 1
        self.recency[id(entity)] = self.clock
        return entity

    def _shown_a_person(self, name: str) -> bool:
        """True when "he" or "she" follows the name, or a noun for a person comes before it; asked
        once a name (the answer is the article's, and a name may be mentioned a thousand times)."""
        if name not in self._people_shown:
            self._people_shown[name] = self._votes([name]) in ("m", "f") or self._introduced(name)
        return self._people_shown[name]

    def _people(self, mention: str) -> bool:
        """True for a plural noun for people ("officials", "voters"), not a surname ("Winters")."""
        low = mention.lower()
        if " " in low or not low.endswith("s"):
            return False
        if low[:-1] in PERSON_WORDS:
            return True
        return bool(AGENT_NOUN.fullmatch(low)) and (mention.islower() or self.seen.common(mention))

    def _new(self, key: str, stype: str) -> Entity:
        entity = Entity(key, stype)
        self.by_name[key] = entity
        self.entities.append(entity)
        return entity

    def _alias(self, entity: Entity, name: str) -> None:
        if name in entity.names:
            return
        entity.names.add(name)
        self.by_name.setdefault(name, entity)
        words = name.split()
        for word in {words[0], words[-1]}:
            people = self.by_word.setdefault(word, [])
            if entity not in people:
                people.append(entity)

    def find(self, name: str) -> Entity | None:
        """The person a name stands for: the same full name; for one word, the person most
        recently named with it as surname or first name; for a full name, the person known so far
        by its surname or first name alone."""
        if name in self.by_name:
            return self.by_name[name]
        words = name.split()
        if len(words) == 1:
            for position in (-1, 0):
                found = [
                    e
                    for e in self.by_word.get(name, ())
                    if any(n.split()[position] == name for n in e.names if len(n.split()) > 1 or position == -1)
                ]
                if found:
                    return max(found, key=lambda e: self.recency.get(id(e), 0))
            return None
        # "Rasmus Haldt" after "Haldt" or "Rasmus" alone: the same person, unless that one already
        # has a full name of their own
        found = [
            e
            for e in self.by_word.get(words[-1], []) + self.by_word.get(words[0], [])
            if (words[-1] in e.names or words[0] in e.names) and not any(len(n.split()) > 1 for n in e.names)
        ]
        return max(found, key=lambda e: self.recency.get(id(e), 0)) if found else None

    def other_mentions(self, seen: set[int]) -> list[tuple[int, Entity, str]]:
        """Every later mention of a person's names, at the lowest salience."""
        out = []
        for e in self.entities:
            if e.type != "person":
                continue
            for name in e.names:
                if self.find(name) is not e:
                    continue  # a surname two people share names neither
                for start in self.seen.starts(name):
                    if start not in seen and not self.quoted(start):
                        out.append((start, e, "other"))
        return out

    def gender(self, entity: Entity) -> str | None:
        """ "m", "f" or None: from a title or a gendered word in a mention, else from the pronouns
        that follow the person's names in the article."""
        if id(entity) in self._genders:
            return self._genders[id(entity)]
        said = " ".join(entity.mentions)
        male, female = MALE_WORDS.search(said), FEMALE_WORDS.search(said)
        if male and not female:
            result: str | None = "m"
        elif female and not male:
            result = "f"
        else:
            words = {n.split()[0] for n in entity.names if len(n.split()) > 1} | {n.split()[-1] for n in entity.names}
            probes = {n for n in entity.names if " " in n} | {w for w in words if self._only(w, entity)}
            result = self._described(sorted(probes)) or self._votes(sorted(probes))
        self._genders[id(entity)] = result
        return result

    def _described(self, names: list[str]) -> str | None:
        """ "m" or "f" from a gendered noun right before a name: "his wife Odile", "frontman Rasmus"."""
        found = set()
        for probe in names:
            for start in self.seen.starts(probe):
                before = self.text[max(0, start - 20) : start]
                if GENDERED_BEFORE_F.search(before):
                    found.add("f")
                elif GENDERED_BEFORE_M.search(before):
                    found.add("m")
        return found.pop() if len(found) == 1 else None

    def _introduced(self, name: str) -> bool:
        """True when the article puts a noun for a person before the full name somewhere: "striker
        Sam Ortiz", "the defendant, Marek Quist"."""
        if " " not in name:
            return False
        for start in self.seen.starts(name):
            role = ROLE_BEFORE.search(self.text, max(0, start - 30), start)
            if role and (role.group(1) in PERSON_WORDS or AGENT_NOUN.fullmatch(role.group(1))):
                return True
        return False

    def _only(self, word: str, entity: Entity) -> bool:
        """True when no other person has the word among their names (two Haldts share theirs)."""
        return all(e is entity or e.type != "person" for e in self.by_word.get(word, ()))

    def _votes(self, names: list[str]) -> str | None:
        """ "m" or "f" by the pronouns that follow the names in the same sentence: "Quist said he
        ...", "Varga, who won her first title, ..."; "n" for a body ("Acme is running its ...")."""
        votes = bodies = 0
        for probe in names:
            common = self.seen.common(probe)
            for start in self.seen.starts(probe):
                if " " not in probe and common and SENTENCE_START.search(self.text, max(0, start - 4), start):
                    continue  # "That", "Splendour" opening a sentence name nobody
                end = start + len(probe)
                p = GENDER_PRONOUN.search(self.text, end, end + 120)
                # a pronoun after another name, a full stop or a speech verb ("Quist says she must ...")
                # need not be about this person
                if (
                    p
                    and not self.quoted(p.start())
                    and not CAPITALISED.search(self.text, end, p.start())
                    and not re.search(r"[.!?]", self.text[end : p.start()])
                    and (p.group("n") or not VERB.search(self.text, end, p.start()))
                ):
                    if p.group("n"):
                        bodies += 1
                    else:
                        votes += 1 if p.group("m") else -1
        if bodies > abs(votes):
            return "n"
        return "m" if votes > 0 else "f" if votes < 0 else None
