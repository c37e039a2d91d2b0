"""What every classroom target shares: which questions it can hold, numbers with a tolerance,
and the report of what was shortened or skipped for it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import CLOZE, Article, Question

BLANK = "_____"


@dataclass
class Report:
    """What happened to the questions on their way to one target."""

    target: str
    written: int = 0
    shortened: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.written} written"]
        if self.shortened:
            parts.append(f"{len(self.shortened)} shortened")
        if self.skipped:
            reasons = sorted(set(self.skipped))
            parts.append(f"{len(self.skipped)} skipped ({'; '.join(reasons)})")
        return f"{self.target}: " + ", ".join(parts)


def tolerance(q: Question) -> float:
    """How far a typed number may be from the key: 10% for distances and hedged or large
    counts, rounded to one significant figure ({#130:10}); exact for small counts."""
    number = float(q.extra["number"])
    if q.kind == "count" and not q.extra.get("hedged") and number < 100:
        return 0.0
    raw = abs(number) * 0.1
    if raw == 0:
        return 0.0
    step = 10 ** math.floor(math.log10(raw))
    return float(math.floor(raw / step) * step)


def plain(value: float) -> str:
    """A number as a person types it: 130, 26.2, 0.5."""
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def numeric_stem(q: Question) -> str:
    """The stem with the unit left in view: "Vladivostok lies _____ km from the border"."""
    unit = q.extra.get("unit")
    return q.prompt.replace(BLANK, f"{BLANK} {unit}") if unit else q.prompt


# What joins two marks of one card into one answer: "in {{c1::2018}} and {{c1::2019}}", "{{c1::5}}-{{c1::6}}"
JOINED = re.compile(r"\s*(?:,|and|or|to|-|–|—|,\s*and)\s*(?:the\s+)?")


def blanks(q: Question) -> list[tuple[str, str, str]]:
    """(before, answer, after) for each blank of a cloze, the other answers left in view, for
    targets that hold one blank a question. Marks of one number joined by "and", "or", "to" or a
    dash ("in {{c1::2018}} and {{c1::2019}}") are one blank, answered by the words from the first
    to the last; marks apart (a teacher's "{{c1::40}} trains in {{c1::2004}}") are a blank each.
    Speakers are asked by matching instead."""
    groups: list[list[re.Match]] = []
    for m in CLOZE.finditer(q.cloze):
        last = groups[-1][-1] if groups else None
        if last and last.group(1) == m.group(1) and JOINED.fullmatch(q.cloze[last.end() : m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for marks in groups:
        if marks[0].group(3) == "who":
            continue
        first, last = marks[0], marks[-1]
        before = CLOZE.sub(lambda x: x.group(2), q.cloze[: first.start()])
        answer = CLOZE.sub(lambda x: x.group(2), q.cloze[first.start() : last.end()])
        after = CLOZE.sub(lambda x: x.group(2), q.cloze[last.end() :])
        out.append((before, answer, after))
    return out


# A figure with its conversion in brackets: "480 km (300 miles)"
CONVERTED = re.compile(r"(?P<figure>.+?)\s+\((?P<other>[^()]+)\)")
# Typographic quotes and apostrophes, and the keys a student types for them
STRAIGHT = str.maketrans("‘’“”", "''\"\"")


def accepted(answer: str) -> list[str]:
    """Every form of a blank's answer a student may type and be marked right for: as written, the
    figure or its conversion alone ("480 km (300 miles)": "480 km", "300 miles"), with straight
    quotes and apostrophes ("Sam O’Neil": "Sam O'Neil")."""
    forms = [answer]
    m = CONVERTED.fullmatch(answer)
    if m:
        forms += [m.group("figure"), m.group("other")]
    forms += [f.translate(STRAIGHT) for f in forms]
    return list(dict.fromkeys(forms))


def quote_pairs(questions: list[Question]) -> list[tuple[str, str, int]]:
    """(quote, speaker, paragraph) for every attributed quote in reading order, for matching."""
    pairs, seen = [], set()
    for q in sorted(questions, key=lambda q: q.sentence.start):
        for speaker, quote in q.extra.get("quotes", []):
            quote = " ".join(quote.split()).strip(" ,")
            if quote and (quote, speaker) not in seen and speaker.lower() not in ("he", "she", "they", "it"):
                seen.add((quote, speaker))
                pairs.append((quote, speaker, q.sentence.paragraph))
    return pairs


def shorten(text: str, limit: int, keep: str = BLANK) -> str | None:
    """Cut a sentence to ``limit`` characters around ``keep`` at word boundaries, from the longer
    side first, marking the cuts with "…"; None when even that does not fit."""
    if len(text) <= limit:
        return text
    keep = keep if keep in text else ""  # nothing to keep in view: the start is kept
    i = text.find(keep)
    start, end = 0, len(text)
    # drop a word from the longer side until the rest fits with room for the two "…"
    while end - start > limit - 2:
        left = i - start
        right = end - (i + len(keep))
        if left >= right:
            cut = text.find(" ", start + 1, i)
            if cut == -1:
                break
            start = cut + 1
        else:
            cut = text.rfind(" ", i + len(keep), end - 1)
            if cut == -1:
                break
            end = cut
    out = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
    return out if len(out) <= limit else None


def in_play(questions: list[Question]) -> tuple[list[Question], list[str]]:
    """The questions a target shows together, and why any were left out: a true-or-false statement
    of a sentence that a multiple-choice question already asks would give its answer away."""
    asked = {q.sentence.start for q in questions if q.type == "mcq"}
    kept, skipped = [], []
    for q in questions:
        if q.type == "true_false" and q.sentence.start in asked:
            skipped.append("true or false of a sentence asked as multiple choice")
            continue
        kept.append(q)
    return kept, skipped


def title_of(article: Article) -> str:
    return " ".join(article.title.split()) or article.slug
