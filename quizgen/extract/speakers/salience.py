"""Salience: who "he", "she", "they" or "the statement" stands for, and the full name behind a
short one, from the people and bodies the article has named before the mention."""

from __future__ import annotations

import re

from ...model import Article
from ...words import word_starts
from .phrases import (
    DOCUMENT,
    PRONOUNS,
    VERB,
    name_of,
    person_name,
    phrase_before,
    sentence_subject,
    speaker_type,
)

MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
CAPITALISED = re.compile(r"\b[A-Z][a-z]")
PRONOUN_ANY = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
# Speech verbs looked at in one sentence: real sentences have a few; hostile text has thousands
MAX_VERBS_PER_SENTENCE = 8
# How far back (characters) a pronoun looks for the one it stands for
LOOK_BACK = 3000


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


class Salience:
    """The people and bodies of one article in reading order, to resolve a mention against."""

    def __init__(self, article: Article, masked: str, inside: list[tuple[int, int]], named: list[tuple[int, str]]):
        """``inside``: the quoted stretches; ``named``: (offset, mention) of every quote's speaker."""
        self.text = article.text
        self.inside = inside
        self.known = known_speakers([m for _, m in named if m.lower() not in PRONOUNS])
        events = _speech_subjects(article, masked, inside) + list(named)
        for key, (full, stype) in self.known.items():
            if stype == "person":
                for start in word_starts(article.text, key):
                    if not any(a < start < b for a, b in inside):
                        events.append((start, full))
        for sent in article.sentences:
            if sent.body:
                subject = sentence_subject(masked, sent.start, sent.end)
                if subject and re.fullmatch(r"(?:[A-Z][\w·'’-]*\s+){0,3}[A-Z][\w·'’-]*", masked[subject[0] : subject[1]]):
                    events.append((subject[0], article.text[subject[0] : subject[1]]))
        self.events = sorted({(o, m) for o, m in events if m.lower() not in PRONOUNS})
        self._genders: dict[str, str | None] = {}
        self.speakers: list[tuple[str, str, str]] = []  # (mention, resolved speaker, type) in reading order

    def heard(self, mention: str, speaker: str, stype: str) -> None:
        """Record a quote's resolved speaker, the fallback for a pronoun with nobody before it."""
        self.speakers.append((mention, speaker, stype))

    def resolve(self, mention: str, at: int = 0) -> tuple[str, str] | None:
        """Return (speaker, type): a pronoun is the named speaker who spoke last before it (of the
        pronoun's gender where the article shows it); a short name is that person's full name."""
        low = mention.lower()
        if DOCUMENT.fullmatch(low):
            low = "it"  # "The statement also urged ...": the organisation that issued it
        if low in PRONOUNS:
            want = PRONOUNS[low]
            gender = {"he": "m", "she": "f"}.get(low)
            for _, m in reversed([e for e in self.events if e[0] < at and at - e[0] < LOOK_BACK]):
                stype = speaker_type(m)
                if want is not None and stype != want:
                    continue
                if gender and stype == "person" and self.gender(m) not in (None, gender):
                    continue
                return self._named(m)
            for _, full, stype in reversed(self.speakers):
                if want is None or stype == want:
                    return full, stype
            return None
        return self._named(mention)

    def _named(self, mention: str) -> tuple[str, str]:
        """A named speaker: a short name becomes the person's full name, an affiliation is cut."""
        stype = speaker_type(mention)
        name = name_of(mention)
        if name and stype == "person":
            full = self.known.get(name.split()[-1])
            if full and len(name_of(full[0])) > len(name):
                return name_of(full[0]), full[1]
            # "Dr David Gillingwater from the Transport Studies Group": the person, without the affiliation
            bare = person_name(mention)
            if bare:
                return bare, stype
        return mention, stype

    def gender(self, mention: str) -> str | None:
        """ "m", "f" or None: from a title, or from the pronoun that follows each mention of the
        person's first name (or surname) in the article."""
        if mention in self._genders:
            return self._genders[mention]
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
                for start in word_starts(self.text, probe):
                    end = start + len(probe)
                    p = PRONOUN_ANY.search(self.text, end, end + 120)
                    # a pronoun with another name between it and the mention is not about this person
                    if (
                        p
                        and not any(a < p.start() < b for a, b in self.inside)
                        and not CAPITALISED.search(self.text, end, p.start())
                    ):
                        votes += 1 if MALE.fullmatch(p.group()) else -1
            result = "m" if votes > 0 else "f" if votes < 0 else None
        self._genders[mention] = result
        return result


def _speech_subjects(article: Article, masked: str, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, mention) of every named subject of a speech verb outside quotes, in order."""
    out = []
    for s in article.sentences:
        if not s.body:
            continue
        for i, v in enumerate(VERB.finditer(masked, s.start, s.end)):
            if i >= MAX_VERBS_PER_SENTENCE:
                break
            if any(a < v.start() < b for a, b in inside):
                continue
            found = phrase_before(masked, v.start(), s.start)
            if found:
                out.append((found[0], article.text[found[0] : found[1]]))
    return out
