"""Plain questions for the candidates a plan left out: the sentence as the article has it, with a
blank, and no rule applied, so that a teacher can read why it was left out, reword it and bring it
back. Input: the Plan's dropped facts; output: (Question, rule) pairs, one a fact and form."""

from __future__ import annotations

import random

from ..model import Article, Dropped, Fact, Question
from . import distractors
from .cloze import HINTS
from .wording import BLANK, display_speaker, identity


def plain_questions(article: Article, facts: list[Fact], dropped: list[Dropped], seed: int = 0) -> list[tuple[Question, str]]:
    """A plain multiple-choice or cloze question for each (fact, form) left out, with the first rule
    that left it out; a fact that no plain question can be made of (no options) is skipped."""
    out: list[tuple[Question, str]] = []
    seen: set[tuple[str, str]] = set()
    speakers = [display_speaker(f) for f in facts if f.kind == "quote" and f.tier == "direct" and f.speaker]
    for d in dropped:
        forms = ("mcq", "cloze") if d.form == "both" else (d.form,)
        for form in forms:
            if (d.fact.id, form) in seen or form not in ("mcq", "cloze") or not d.fact.sentence.body:
                continue
            seen.add((d.fact.id, form))
            q = _plain_mcq(article, d.fact, speakers, seed) if form == "mcq" else _plain_cloze(article, d.fact)
            if q is not None:
                out.append((q, d.rule))
    return out


def _plain_mcq(article: Article, fact: Fact, speakers: list[str], seed: int) -> Question | None:
    rng = random.Random(f"{seed}:{article.slug}:{fact.id}")
    s, e = fact.span
    sentence = fact.sentence
    if fact.kind == "quote":
        key = display_speaker(fact)
        others = sorted({p for p in speakers if p != key})
        if not key or len(others) < 3 or not fact.quote:
            return None
        options = [*rng.sample(others, 3), key]
        rng.shuffle(options)
        prompt = f"Who said “{' '.join(fact.quote.split())}”?"
    else:
        make = {"distance": distractors.distance_options, "count": distractors.count_options, "date": distractors.date_options}
        options = make[fact.kind](fact, rng)
        if not options or len(set(options)) != 4 or not (sentence.start <= s < e <= sentence.end):
            return None
        prompt = sentence.text[: s - sentence.start] + BLANK + sentence.text[e - sentence.start :]
        key = fact.text
    return Question(
        type="mcq",
        kind=fact.kind,
        fact_ids=(fact.id,),
        sentence=sentence,
        answer=key,
        prompt=prompt,
        options=tuple(options),
        guid_key=identity(article, fact.kind, sentence, [fact.span]),
        extra={"start": fact.start, "plain": True},
    )


def _plain_cloze(article: Article, fact: Fact) -> Question | None:
    s, e = fact.span  # a quote's: where its speaker stands (a quote has no wider extent)
    sentence = fact.sentence
    if not (sentence.start <= s < e <= sentence.end) or article.text[s:e].lower() in ("he", "she", "they", "it", "we", "i"):
        return None
    text = article.text
    cloze = text[sentence.start : s] + f"{{{{c1::{text[s:e]}::{HINTS[fact.kind]}}}}}" + text[e : sentence.end]
    return Question(
        type="cloze",
        kind=fact.kind,
        fact_ids=(fact.id,),
        sentence=sentence,
        answer=text[s:e],
        cloze=cloze,
        guid_key=identity(article, "cloze", sentence, [(s, e)]),
        extra={"answers": [text[s:e]], "plain": True},  # one kind: the readers of "kinds" take q.kind
    )
