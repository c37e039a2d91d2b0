"""Salience: who "he", "she", "they", "the statement" or "Mr Haldt" stands for in an article."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...model import Article
from .entities import GROUP_WORDS, Entity, Registry, is_group
from .phrases import (
    AGENT_NOUN,
    DOCUMENT,
    FINITE,
    NAME_THEN_VERB,
    ORG_WORDS,
    PERSON_WORDS,
    PRONOUNS,
    VERB,
    issuer_after,
    name_of,
    person_name,
    phrase_after,
    phrase_before,
    speaker_type,
)

# A possessor before the subject's noun: "Quist's album sold ...", "Varga's speech drew ..."
POSSESSOR = re.compile(r"((?:[A-Z][\w·-]*\s+){0,2}[A-Z][\w·-]*?)['’]s?\s+[a-z]+(?:\s+[a-z]+)?$")
# A noun phrase right after a verb or a preposition is its object, not a clause's subject:
# "he represented Calder seats", "whose time in Marlow lifted him", "told Quist"
OBJECT_BEFORE = re.compile(
    r"\b(?:in|at|on|of|for|from|by|with|to|into|onto|over|under|about|against|than|like|between|among|through"
    r"|is|was|are|were|be|been|being|has|have|had|said|says|told|tells|gave|made|took|beat|won|lost|saw|met"
    r"|[a-z]{3,}ed|[a-z]{3,}ing)\s+$",
    re.I,
)
# "he and Lord Quist became partners": a subject joined to a pronoun is not the subject alone
JOINED_TO_PRONOUN = re.compile(r"\b(?:he|she|i|we|they|you)\s+(?:and|or)\s+$", re.I)
# A person named with a title or a role: "Mrs Quist", "Dr. Petra Varga", "prosecutor Jane Doe"
TITLED_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)·?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    # ... a role before a name gives it in full ("striker Tom Berg"): "chief Skyliner pilot" names no one
    r"|(?:" + "|".join(sorted(PERSON_WORDS | {w.capitalize() for w in PERSON_WORDS})) + r")"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# Words between a subject and its verb: "Quist has also said"
HELPERS = frozenset(
    "also later earlier then now previously once again recently meanwhile however"
    " had has have will would could did was is".split()
)
# What starts a new main clause after reported speech: "Quist said X would win, but Haldt is calm"
MAIN_CLAUSE = re.compile(r";|\b(?:but|while|whereas|yet|although|though)\b")
# A pronoun and its verb in one word: "I'm", "It's", "They've"
CONTRACTION = re.compile(r"(?i:i|you|he|she|it|we|they|that|there|who)['’](?:m|s|re|ve|ll|d)")
# A document and who issued it: "a report by the transport committee", "a statement from the ministry"
ISSUED_BY = re.compile(r"\b(?:statement|report|letter|release|study|survey)\s+(?:by|from)\s+")
# How far back a pronoun looks for the one it stands for: characters, and mentions at most
LOOK_BACK = 3000
MAX_CANDIDATES = 200
# Verbs looked at in one sentence: real sentences have a few; hostile text has thousands
MAX_VERBS_PER_SENTENCE = 8
# Roles a mention can have, most salient first
SPEAKER, SUBJECT, OTHER, ISSUER = "speaker", "subject", "other", "issuer"


# A pronoun is the nearest earlier subject or speaker that agrees with it in gender and number (the
# subject of the previous attributed quote, whom the paragraph is about), in its own paragraph
# first; only when there is none, the nearest earlier mention of any kind.
class Salience:
    """The people and bodies of one article in reading order, to resolve a mention against."""

    def __init__(self, article: Article, masked: str, inside: list[tuple[int, int]], named: list[tuple[int, str]]):
        """``inside``: the quoted stretches; ``named``: (offset, mention) of every quote's speaker."""
        self.text = article.text
        self.inside = sorted(inside)
        self.paragraphs = [start for start, _ in article.paragraphs]
        self.registry = Registry(article.text, self.quoted)
        self.speakers: list[tuple[str, str, str]] = []  # (mention, resolved speaker, type) in reading order
        trusted = {offset for offset, _ in named}
        marks = {(offset, mention, SPEAKER) for offset, mention in named}
        marks.update(self._subjects(article, masked))
        marks.update((offset, mention, ISSUER) for offset, mention in self._issuers(article, masked))
        marks.update((m.start(), article.text[m.start() : m.end()], OTHER) for m in self._titled(masked))
        self.mentions: list[tuple[int, Entity, str]] = []  # (offset, entity, role), in reading order
        for offset, mention, role in sorted(marks):
            if mention.lower() in PRONOUNS:
                entity = self._antecedent(mention.lower(), offset)
            else:
                entity = self.registry.add(mention, spoke=role == SPEAKER, trusted=offset in trusted, at=offset)
            if entity is not None:
                self.mentions.append((offset, entity, role))
        self.mentions = sorted(self.mentions + self.registry.other_mentions({o for o, _, _ in self.mentions}), key=_first)

    def is_person(self, mention: str) -> bool:
        """True when a mention names someone the article shows to be a person."""
        if CONTRACTION.search(mention):
            return False
        name = name_of(mention)
        entity = self.registry.find(name) if name else None
        if entity is None or entity.type != "person":
            return False
        # a first name and a surname are a person's even before the article says more
        return entity.confirmed or any(len(n.split()) >= 2 for n in entity.names)

    def quoted(self, offset: int) -> bool:
        """True for an offset inside a quotation."""
        i = bisect_left(self.inside, (offset, offset)) - 1
        return i >= 0 and self.inside[i][0] < offset < self.inside[i][1]

    def _subjects(self, article: Article, masked: str):
        """(offset, mention, role) of who each clause outside quotes is about: the subject of a
        speech verb (a speaker), of any other verb (a subject), or the possessor of the subject."""
        for s in article.sentences:
            if not s.body:
                continue
            named = NAME_THEN_VERB.match(masked, s.start, s.end)
            if named and not self.quoted(s.start):
                yield named.start(1), article.text[named.start(1) : named.end(1)], SUBJECT  # "Quist, 34, denies it"
            seen = 0
            for verbs, role in ((VERB, SPEAKER), (FINITE, SUBJECT)):
                for v in verbs.finditer(masked, s.start, s.end):
                    if seen >= MAX_VERBS_PER_SENTENCE:
                        break
                    seen += 1
                    if self.quoted(v.start()) or not _may_follow_subject(masked, max(s.start, v.start() - 60), v.start()):
                        continue
                    found = phrase_before(masked, v.start(), s.start)
                    if found and not self._opens_clause(masked, s.start, found[0]):
                        continue  # "whose time in Marlow lifted", "he represented Calder seats": not a subject
                    if role == SPEAKER and not found and re.search(r",\s*$", masked[max(s.start, v.start() - 3) : v.start()]):
                        found = phrase_after(masked, v.end() + 1, s.end)  # "..., said Mr Quist."
                    if found:
                        if self._names_someone(masked, found, s.start):
                            # "He conceded Quist might have ...": a subject inside what someone says is not
                            # what the sentence is about
                            said = list(VERB.finditer(masked, s.start, found[0]))
                            embedded = role == SUBJECT and said and not MAIN_CLAUSE.search(masked, said[-1].end(), found[0])
                            yield found[0], article.text[found[0] : found[1]], OTHER if embedded else role
                        continue
                    owner = POSSESSOR.search(masked, max(s.start, v.start() - 80), v.start())
                    if owner and masked[owner.start() - 1 : owner.start()] in ("", " ", "\n"):
                        yield owner.start(1), article.text[owner.start(1) : owner.end(1)], SUBJECT

    @staticmethod
    def _opens_clause(masked: str, sentence_start: int, at: int) -> bool:
        """True when a noun phrase at ``at`` may be a clause's subject: not right after a verb or
        a preposition, nor joined to a pronoun."""
        lead = masked[max(sentence_start, at - 16) : at]
        return not OBJECT_BEFORE.search(lead) and not JOINED_TO_PRONOUN.search(lead)

    def _names_someone(self, masked: str, span: tuple[int, int], sentence_start: int) -> bool:
        """True for a pronoun, or a name that names someone: not a capitalised word that only
        opens sentences ("Splendour lit the hall" is not about a person called Splendour)."""
        mention = masked[span[0] : span[1]]
        words = mention.split()
        if CONTRACTION.fullmatch(mention):
            return False  # "I'm", "It's": a pronoun with its verb
        if mention.lower() in PRONOUNS or len(words) > 1 or span[0] > sentence_start:
            return True
        seen = self.registry.seen
        return not seen.common(words[0]) or any(
            not re.search(r"[.!?\"“”]\s*$|^\s*$", masked[max(0, o - 3) : o]) for o in seen.starts(words[0])
        )

    def _titled(self, masked: str):
        """Every person named with a title or a role outside quotes, wherever they stand in the
        sentence: "met Mrs Quist", "beaten by prosecutor Jane Doe"."""
        for m in TITLED_NAME.finditer(masked):
            if not self.quoted(m.start()):
                yield m

    def _issuers(self, article: Article, masked: str):
        """(offset, issuer) for "a report by X", "a statement from X's office"."""
        for m in ISSUED_BY.finditer(masked):
            found = issuer_after(masked, m.end(), min(len(masked), m.end() + 120))
            if found and not self.quoted(m.start()):
                yield found[0], article.text[found[0] : found[1]]

    # --- resolving ---

    def heard(self, mention: str, speaker: str, stype: str) -> None:
        """Record a quote's resolved speaker, the fallback for a pronoun with nobody before it."""
        self.speakers.append((mention, speaker, stype))

    def resolve(self, mention: str, at: int = 0) -> tuple[str, str] | None:
        """Return (speaker, type): a pronoun or a document is the one it stands for; a short name
        is that person's full name."""
        low = mention.lower()
        if DOCUMENT.fullmatch(low) and not re.search(r"\s[A-Z]", mention):
            # "the statement" is whoever issued it ("the Varga review" names its issuer itself)
            issuer = self._antecedent("it", at, roles=(ISSUER,)) or self._antecedent("it", at)
            return (issuer.name, _kind(issuer)) if issuer else (mention, "organisation")
        if low in PRONOUNS:
            found = self._antecedent(low, at)
            if found:
                return found.name, _kind(found)
            want = PRONOUNS[low]
            for _, full, stype in reversed(self.speakers):
                if want is None or stype == want:
                    return full, stype
            return None
        return self._named(mention)

    def _antecedent(self, pronoun: str, at: int, roles: tuple[str, ...] | None = None) -> Entity | None:
        """The entity a pronoun at ``at`` stands for: the nearest earlier subject or speaker that
        agrees with it in gender and number, else the nearest earlier mention that does."""
        hi = bisect_left(self.mentions, at, key=_first)
        window = [m for m in self.mentions[max(0, hi - MAX_CANDIDATES) : hi] if at - m[0] < LOOK_BACK]
        paragraph = self._paragraph_start(at)
        here = [m for m in window if m[0] >= paragraph]
        earlier = [m for m in window if m[0] < paragraph]
        if roles:
            steps = [(here, roles, True), (earlier, roles, True)]
        else:
            steps = [
                (here, (SPEAKER, SUBJECT), True),
                (here, (OTHER,), True),
                (earlier, (SPEAKER, SUBJECT), True),
                (here, (SPEAKER, SUBJECT), False),  # 'Reed was angry. "We were robbed," he said.'
                (earlier, (OTHER,), True),
                (earlier, (SPEAKER, SUBJECT), False),
            ]
        for mentions, wanted, confirmed in steps:
            for _, entity, role in reversed(mentions):
                if role in wanted and entity.confirmed == confirmed and self._agrees(pronoun, entity):
                    return entity
        return None

    def _paragraph_start(self, at: int) -> int:
        """Where the paragraph holding an offset starts (0 before the first)."""
        i = bisect_left(self.paragraphs, at + 1) - 1
        return self.paragraphs[i] if i >= 0 else 0

    def _agrees(self, pronoun: str, entity: Entity) -> bool:
        """True when the pronoun may stand for the entity: a man or a woman for he or she (by
        what the article shows), a body for it, a body or a group for they."""
        if pronoun in ("he", "she"):
            gender = self.registry.gender(entity)  # "n": the article calls it "its"
            return entity.type == "person" and not is_group(entity) and gender in (None, "m" if pronoun == "he" else "f")
        if pronoun == "it":
            return entity.type == "organisation"
        if pronoun == "they":
            return entity.type == "organisation" or is_group(entity)
        return True

    def _named(self, mention: str) -> tuple[str, str]:
        """A named speaker: a short name becomes the full name the person spoke under, an
        affiliation is cut."""
        stype = speaker_type(mention)
        name = name_of(mention)
        if name and stype == "person":
            entity = self.registry.find(name)
            full = entity.name if entity and entity.spoke else ""
            if len(full) > len(name) and set(name.split()) <= set(full.split()):
                return full, stype
            # "Dr Rasmus Haldt from the Calder Studies Group": the person, without the affiliation
            bare = person_name(mention)
            if bare:
                return bare, stype
        return mention, stype


def _may_follow_subject(masked: str, lo: int, at: int) -> bool:
    """A cheap look at the word before a verb, so most verbs need no phrase read: a subject ends
    with a name, a pronoun, a word for people or a body, a comma or a dash (an apposition or an
    aside), or is a possessor's noun ("Quist's album sold")."""
    words = masked[lo:at].split()
    while words and (words[-1] in HELPERS or words[-1].endswith("ly")):
        words.pop()  # "Quist has also said"
    if not words:
        return False
    word = words[-1]
    low = word.lower()
    return (
        word[0].isupper()
        or word[-1] in ",-–—"
        or low in PRONOUNS
        or low.rstrip("s") in PERSON_WORDS | ORG_WORDS | GROUP_WORDS
        or AGENT_NOUN.fullmatch(low) is not None
        or (len(words) > 1 and words[-2][-1:] in "'’s" and "'" in words[-2] + "’".replace("’", "'"))
        or any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[-3:-1])
    )


def _first(mention: tuple[int, Entity, str]) -> int:
    return mention[0]


def _kind(entity: Entity) -> str:
    """ "person" or "organisation" for a fact: a group of people speaks as people."""
    return "organisation" if entity.type == "organisation" else "person"
