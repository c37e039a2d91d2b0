"""Turn facts into questions: multiple choice with typed distractors, and cloze cards."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..extract.speakers import name_of
from ..model import Article, Fact, Question, Sentence, digest
from ..words import has_word
from . import distractors
from .select import select

BLANK = "_____"
HINTS = {"distance": "distance", "date": "date", "count": "number", "quote": "who"}
MAX_QUOTE_WORDS = 22


def generate(article: Article, facts: list[Fact], seed: int = 0, max_questions: int | None = None) -> list[Question]:
    """Return the article's questions: multiple choice first, then cloze, each in reading order."""
    chosen = select(facts, article)
    speakers = _speakers(facts)
    mcqs: list[Question] = []
    cloze_facts: list[Fact] = []
    cloze_groups: set[tuple[int, int]] = set()
    asked: set[tuple[int, int]] = set()

    def full() -> bool:
        return max_questions is not None and len(mcqs) + len(cloze_groups) >= max_questions

    for fact in chosen:
        if full():
            break
        group = (fact.sentence.start, fact.sentence.end)
        # one multiple-choice question per sentence: a second would show the first one's answer
        if group not in asked:
            q = multiple_choice(article, fact, speakers, random.Random(f"{seed}:{article.slug}:{fact.id}"))
            if q is not None:
                mcqs.append(q)
                asked.add(group)
        if group not in cloze_groups:
            if full():
                continue
            cloze_groups.add(group)
        cloze_facts.append(fact)  # facts of one sentence share its cloze note as c1, c2, ...
    clozes = cloze_notes(article, cloze_facts)
    mcqs.sort(key=lambda q: (q.sentence.start, q.extra.get("start", 0)))
    return mcqs + clozes


# Wrong speakers are drawn from the article's first this many: every question looks at them all
MAX_SPEAKERS = 50


def _speakers(facts: list[Fact]) -> list[tuple[str, str]]:
    """The article's speakers, each once, in reading order (at most MAX_SPEAKERS)."""
    found = dict.fromkeys(
        (display_speaker(f), f.speaker_type or "person") for f in facts if f.kind == "quote" and f.tier == "direct" and f.speaker
    )
    return list(found)[:MAX_SPEAKERS]


def display_speaker(fact: Fact) -> str:
    """The speaker as an answer option: the person's name, or the organisation as written."""
    speaker = fact.speaker or ""
    if fact.speaker_type == "person":
        name = name_of(speaker)
        if name:
            return name
    speaker = re.sub(r"^(?:the|a|an)\s+", "", speaker, flags=re.I)
    return speaker[:1].upper() + speaker[1:]


def identity(article: Article, kind: str, sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """An id that survives a corrected answer: the sentence with answers and numbers masked."""
    text = sentence.text
    for s, e in sorted(spans, reverse=True):
        s, e = s - sentence.start, e - sentence.start
        if 0 <= s <= e <= len(text):
            text = text[:s] + "\x00" + text[e:]
    text = re.sub(r"\d+(?:[.,]\d+)*", "#", text)
    return digest(article.slug, kind, text, size=20)


def _blank_stem(article: Article, fact: Fact) -> str:
    s, e = fact.span
    sent = fact.sentence
    return sent.text[: s - sent.start] + BLANK + sent.text[e - sent.start :]


def _contains(haystack: str, needle: str) -> bool:
    return has_word(haystack.lower(), needle.lower())


def multiple_choice(article: Article, fact: Fact, speakers: list[tuple[str, str]], rng: random.Random) -> Question | None:
    """One key and three typed distractors, or None where no fair question can be made."""
    if fact.kind == "quote":
        return _who_said(article, fact, speakers, rng)
    if fact.kind == "date" and re.fullmatch(r"\d{4}-\d{2}", str(fact.value)):
        year = str(fact.value)[:4]
        rest = fact.sentence.text.replace(fact.text, "", 1)
        month = re.match(r"[A-Z][a-z]+", fact.text)
        if year in rest and month:
            # the year shows elsewhere in the sentence: ask for the month alone
            fact = replace(
                fact,
                text=month.group(),
                end=fact.start + month.end(),
                extent=(fact.start, fact.start + month.end()),
                value=f"--{str(fact.value)[5:7]}",
            )
    options = {
        "distance": distractors.distance_options,
        "count": distractors.count_options,
        "date": distractors.date_options,
    }[fact.kind](fact, rng)
    if not options or len(set(o.lower() for o in options)) != 4:
        return None
    stem = _blank_stem(article, fact)
    if len(stem.split()) < 6:
        return None  # a caption or fragment ("from file, 2008.") is no question
    if _contains(stem, fact.text) or any(_contains(stem, o) for o in options if len(o) > 2):
        return None  # the stem would give the answer (or an option) away
    if fact.kind == "date":
        year = re.search(r"\b(1\d{3}|20\d{2})", fact.text)
        if year and year.group(1) in stem:
            return None
    if fact.kind == "distance" and _has_length(stem):
        return None
    return Question(
        type="mcq",
        kind=fact.kind,
        fact_ids=(fact.id,),
        sentence=fact.sentence,
        answer=fact.text,
        prompt=stem,
        options=tuple(options),
        guid_key=identity(article, fact.kind, fact.sentence, [fact.span]),
        extra={"start": fact.start, **_numeric(fact)},
    )


def _numeric(fact: Fact) -> dict:
    """The number behind a distance or count answer, for targets that ask for a number."""
    if fact.kind == "distance":
        unit = fact.text[len(re.match(r"[\d,.]*", fact.text).group()) :].strip(" -")
        return {"number": fact.value["amount"], "unit": unit}
    if fact.kind == "count" and isinstance(fact.value, (int, float)) and not re.search(r"(?:st|nd|rd|th)$", fact.text):
        hedged = bool(re.match(r"(?i)(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least)\b", fact.text))
        return {"number": fact.value, "unit": "", "hedged": hedged}
    return {}


LENGTH = re.compile(r"\d[\d,.]*\s?-?(?:km|kilomet|metre|meter|mile|feet|foot|ft\b|yard|inch|cm\b|mm\b|m\b)", re.I)


def _has_length(text: str) -> bool:
    return bool(LENGTH.search(text))


def _who_said(article: Article, fact: Fact, speakers: list[tuple[str, str]], rng: random.Random) -> Question | None:
    key = display_speaker(fact)
    if not key or key.lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    fact_for_options = Fact(**{**fact.__dict__, "speaker": key})
    options = distractors.quote_options(fact_for_options, speakers, rng)
    if not options:
        return None
    words = (fact.quote or "").strip().strip(",.;: ").split()
    if len(words) < 3:
        return None  # "Who said 'improper'?" asks about a word, not a statement
    quote = " ".join(words[:MAX_QUOTE_WORDS]) + (" …" if len(words) > MAX_QUOTE_WORDS else "")
    stem = f"Who said “{quote}”?"
    if any(_contains(stem, o) for o in options) or _contains(stem, name_of(fact.speaker or "") or key):
        return None
    return Question(
        type="mcq",
        kind="quote",
        fact_ids=(fact.id,),
        sentence=fact.sentence,
        answer=key,
        prompt=stem,
        options=tuple(options),
        # the speaker is masked; the quoted words tell apart two quotes of one sentence
        guid_key=digest(identity(article, "quote", fact.sentence, [(fact.start, fact.end)]), fact.quote, size=20),
        extra={"start": fact.start},
    )


def cloze_notes(article: Article, facts: list[Fact]) -> list[Question]:
    """One cloze per sentence, hiding every chosen fact in it as c1, c2, ..."""
    by_sentence: dict[tuple[int, int], list[Fact]] = {}
    for f in facts:
        by_sentence.setdefault((f.sentence.start, f.sentence.end), []).append(f)
    notes = []
    for (_start, _), group in sorted(by_sentence.items()):
        sentence = group[0].sentence
        group = sorted(group, key=lambda f: f.span[0])
        kept: list[Fact] = []
        for f in group:
            s, e = f.span
            if s < sentence.start or e > sentence.end:
                continue
            if kept and s < kept[-1].span[1]:
                continue
            kept.append(f)
        if any(f.kind == "distance" for f in kept):
            visible = sentence.text
            for f in reversed(kept):
                visible = visible[: f.span[0] - sentence.start] + visible[f.span[1] - sentence.start :]
            if _has_length(visible):
                # another length (a speed, say) would stay in view and give the answer's scale away
                kept = [f for f in kept if f.kind != "distance"]
        if not kept:
            continue
        parts = []
        pos = sentence.start
        for i, f in enumerate(kept, 1):
            s, e = f.span
            parts.append(article.text[pos:s])
            parts.append(f"{{{{c{i}::{article.text[s:e]}::{HINTS[f.kind]}}}}}")
            pos = e
        parts.append(article.text[pos : sentence.end])
        first = kept[0]
        notes.append(
            Question(
                type="cloze",
                kind=first.kind,
                fact_ids=tuple(f.id for f in kept),
                sentence=sentence,
                answer=article.text[first.span[0] : first.span[1]] if first.kind != "quote" else first.text,
                cloze="".join(parts),
                guid_key=identity(article, "cloze", sentence, [f.span for f in kept]),
                extra={
                    "answers": [article.text[f.span[0] : f.span[1]] for f in kept],
                    "kinds": [f.kind for f in kept],
                    "quotes": [(display_speaker(f), f.quote) for f in kept if f.kind == "quote"],
                },
            )
        )
    return notes
