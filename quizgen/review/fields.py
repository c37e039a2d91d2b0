"""What a teacher edits in a review item, its text and its choices: read from a generated Question,
merged with the article's latest version, and written back into the Question that every exporter reads."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from ..extract.numbers import DIGITS, parse_number
from ..model import CLOZE, Question, digest

# A blank as a review file writes it: {{130 km::distance}}; {{c1::130 km}} (Anki's own form) is read too
BLANK = re.compile(r"\{\{(.*?)\}\}")
# Anki's card number before a blank's answer: "c1::"
CARD_NUMBER = re.compile(r"c\d+::")
# Where a "Who said" stem holds its quote: “...” or "..."
QUOTED = re.compile(r"[“\"](.+)[”\"]")
# A number as a key gives it, after a hedge a count may have: "131 km", "About 4,500", "three"
HEDGE = re.compile(r"(?i)(about|around|roughly|some|nearly|almost|more than|over|up to|at least|an estimated)\s+")
NUMBER_FIRST = re.compile(rf"({DIGITS})\s*(.*)")
TRUTH = ("true", "false")
# What a teacher is told when a part they edited has changed in the article (or in quizgen's rules) too
CHANGED = "the article (or quizgen's reading of it) changed after you edited this item"


def one_line(text: str) -> str:
    """Text as one line with single spaces: how two wordings are compared."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Fields:
    """An item's words: its text (stem, statement or fill-in sentence) and its choices (the options and
    the key's place among them; true and false; the events in the right order). A fill-in sentence has
    no choices: its answers are the blanks in the text."""

    text: str
    choices: tuple[str, ...] = ()
    key: int | None = None

    def stamp(self) -> tuple[str, str]:
        """Short hashes of the text and of the choices: what quizgen wrote, to tell later what changed."""
        return digest("text", self.text, size=6), digest("choices", self.key, *self.choices, size=6)


def file_cloze(cloze: str) -> str:
    """Anki's {{c1::answer::hint}} as the review file writes it: {{answer::hint}}."""
    return CLOZE.sub(lambda m: "{{" + m.group(2) + (f"::{m.group(3)}" if m.group(3) else "") + "}}", cloze)


def blanks(text: str) -> list[tuple[str, str]]:
    """The (answer, hint) of each blank of a review file's fill-in sentence."""
    out = []
    for m in BLANK.finditer(text):
        inner = CARD_NUMBER.sub("", m.group(1), count=1) if CARD_NUMBER.match(m.group(1)) else m.group(1)
        answer, _, hint = inner.partition("::")
        out.append((answer.strip(), hint.strip()))
    return out


def anki_cloze(text: str) -> str:
    """A review file's fill-in sentence in Anki's syntax: every blank on one card, {{c1::answer::hint}}."""
    parts = iter(blanks(text))

    def one(m: re.Match) -> str:
        answer, hint = next(parts)
        return f"{{{{c1::{answer}::{hint}}}}}" if hint else f"{{{{c1::{answer}}}}}"

    return BLANK.sub(one, text)


def fields_of(q: Question) -> Fields:
    """The words of a generated question, as a review file shows them."""
    if q.type == "mcq":
        return Fields(one_line(q.prompt), tuple(one_line(o) for o in q.options), q.options.index(q.answer))
    if q.type == "true_false":
        return Fields(one_line(q.prompt), TRUTH, TRUTH.index(q.answer))
    if q.type == "order":
        return Fields(one_line(q.prompt), tuple(one_line(e) for e in q.sequence))
    return Fields(one_line(file_cloze(q.cloze)))


def merge(ours: Fields, theirs: Fields, made: tuple[str, str] | None) -> tuple[Fields, list[str]]:
    """The item to ask: each part as the teacher left it where they edited it, else as the article now
    gives it; and the parts where both changed since quizgen wrote the file ("text", "choices"), for a
    warning. ``made`` is the stamp quizgen wrote (None when lost: every part then counts as edited)."""
    mine, now = ours.stamp(), theirs.stamp()
    conflicts = []
    take = []
    for part in (0, 1):
        edited = made is None or mine[part] != made[part]
        take.append(ours if edited else theirs)
        if edited and made is not None and now[part] != made[part] and mine[part] != now[part]:
            conflicts.append(("text", "choices")[part])
    text, choices = take
    return Fields(text.text, choices.choices, choices.key), conflicts


def describe(qtype: str, theirs: Fields, parts: list[str]) -> str:
    """What the article now gives in the parts of an item that changed under the teacher's edit."""
    said = []
    if "text" in parts:
        said.append(f"it now reads “{theirs.text}”")
    if "choices" in parts:
        if qtype == "order":
            said.append("the events are now, in order: " + "; ".join(theirs.choices))
        elif qtype == "true_false":
            said.append(f"the statement is now {theirs.choices[theirs.key]}")
        else:
            said.append(f"the options are now {', '.join(theirs.choices)}, the key {theirs.choices[theirs.key]}")
    return "; ".join(said)


def with_fields(q: Question, f: Fields) -> Question:
    """The candidate question in the teacher's words, its identity (and so its Anki note) kept."""
    if f == fields_of(q):
        return q
    if q.type == "mcq":
        key = f.choices[f.key]
        extra = dict(q.extra)
        if "number" in extra and key != one_line(q.answer):
            extra.pop("number")
            extra.update(_number(key, q.kind))
        if "quotes" in extra:
            said = QUOTED.search(f.text)
            extra["quotes"] = [(key, said.group(1).strip() if said else quote) for _, quote in extra["quotes"]]
        return replace(q, prompt=f.text, options=f.choices, answer=key, extra=extra)
    if q.type == "true_false":
        return replace(q, prompt=f.text, answer=f.choices[f.key])
    if q.type == "order":
        return _order(q, f)
    answers = blanks(f.text)
    kinds = q.extra.get("kinds", [q.kind])
    extra = {
        **q.extra,
        "answers": [a for a, _ in answers],
        "kinds": kinds if len(kinds) == len(answers) else [q.kind] * len(answers),
    }
    if "quotes" in extra:
        who = [a for a, hint in answers if hint == "who"]
        extra["quotes"] = [(name, quote) for name, (_, quote) in zip(who, extra["quotes"], strict=False)]
    return replace(q, cloze=anki_cloze(f.text), answer=answers[0][0], extra=extra)


def _number(key: str, kind: str) -> dict:
    """The number behind a changed key, for targets that ask for it typed (none when it has none)."""
    hedge = HEDGE.match(key)
    rest = key[hedge.end() :] if hedge else key
    m = NUMBER_FIRST.fullmatch(rest)
    value = parse_number(m.group(1)) if m else parse_number(rest)
    unit = m.group(2).strip(" -") if m else ""
    if value is None or (kind == "distance" and not unit):
        return {}
    value = int(value) if float(value).is_integer() else value
    return {"number": value, "unit": unit if kind == "distance" else "", **({"hedged": bool(hedge)} if kind == "count" else {})}


def _order(q: Question, f: Fields) -> Question:
    """A timeline with the teacher's events: shown shuffled as the candidate's were, dated where the
    events are still the candidate's own in the candidate's order."""
    sequence = f.choices
    if len(sequence) == len(q.sequence):
        shown = tuple(sequence[q.sequence.index(e)] for e in q.items)
    else:
        shown = list(sequence)
        random.Random(f"order:{q.guid_key}").shuffle(shown)
        shown = tuple(shown)
    if shown == sequence:
        shown = sequence[1:] + sequence[:1]
    own = [one_line(e) for e in q.sequence]
    dated = len(sequence) == len(own) and all(e == own[i] or e not in own for i, e in enumerate(sequence))
    extra = {**q.extra, "dates": q.extra.get("dates", []) if dated else []}
    return replace(q, prompt=f.text, sequence=sequence, items=shown, answer="\n".join(sequence), extra=extra)
