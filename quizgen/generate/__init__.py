"""Turn facts into questions: multiple choice with typed distractors, and cloze cards."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

from ..model import Article, Dropped, Fact, Question
from .cloze import cloze
from .context import Context
from .limits import askable, distinct
from .mcq import multiple_choice
from .select import score, select, text_before
from .timeline import timeline
from .truefalse import can_be_false, true_false
from .wording import display_speaker

# A bound before the value: "since 1840", "before 2004", "more than 20": a shifted value may stay true
BOUND_BEFORE = re.compile(
    r"\b(?:since|before|after|by|until|from|over|under|more than|less than|fewer than|at least|up to)\s+$", re.I
)

# A claim measured against other years: "the most trains in a decade", "for seven years since": another
# year may make the claim true as well, so a date put in falsely is no sure falsehood ("for the first
# time" and "a record" never reach a statement: mcq.SUPERLATIVE_CLAIM asks no choice of them)
RELATIVE_CLAIM = re.compile(r"\b(?:in|for|over)\s+(?:\w+\s+)?(?:years|decades|decade|century|generation)\b", re.I)


@dataclass
class Plan:
    """The questions for one article, best first, and every candidate left out with its rule."""

    questions: list[Question] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # facts left out for the article's size


def generate(
    article: Article,
    facts: list[Fact],
    seed: int = 0,
    max_questions: int | None = None,
    stems: str = "auto",  # pragma: no mutate - any stems but "blank" and "wh" asks as "auto" does
) -> list[Question]:
    """Return the article's questions, the most quiz-worthy first."""
    return plan(article, facts, seed=seed, max_questions=max_questions, stems=stems).questions


# An article the first pass leaves with nothing gets a second pass that lets go of the rules about
# what is worth learning and what gives a stem its frame (never those about what is clear or true,
# and none on a card word for word, which cannot name what it leans on). It adds this many at most,
# a choice and a card where it can: reviewers passed under half of what a second pass asks
SECOND_PASS_MAX = 2


def plan(article: Article, facts: list[Fact], seed: int = 0, max_questions: int | None = None, stems: str = "auto") -> Plan:
    """Every question worth asking about the article, best first, and why the others were not asked."""
    facts, warnings = askable(article, facts)
    made = _plan(article, facts, seed, stems, relaxed=False)
    made.warnings = warnings
    if not made.questions:
        more = _plan(article, facts, seed, stems, relaxed=True)
        made.questions = [replace(q, extra={**q.extra, "relaxed": True}) for q in _floor(more.questions)]
        asked = {(fid, q.type) for q in made.questions for fid in q.fact_ids}
        made.dropped = [d for d in made.dropped if not any((d.fact.id, t) in asked for t in _forms(d.form))]
    if max_questions is not None and len(made.questions) > max_questions:
        ranked, made.questions = made.questions, _cap(made.questions, max_questions)
        kept = {id(q) for q in made.questions}
        for q in ranked:
            if id(q) not in kept:
                made.dropped.extend(Dropped(f, "below the --max-questions cap", q.type) for f in facts if f.id in q.fact_ids)
    return made


# How often each place comes first in an article's turn of key places (A, B, C, D), set so that each
# place ends up with about a quarter of the keys: a key the sentence keeps low (a small count, a year
# after one the sentence gives) goes first or second, one it keeps high (a year before the article's
# date) last, and the keys free to go anywhere make up the difference. Over 360 articles written to
# measure quizgen, A to D took 25%, 26%, 25% and 25% (with 1 : 1.5 : 2 : 2.5, A took 20%)
PLACE_WEIGHTS = (2.0, 1.5, 2.0, 2.5)


def _places(rng: random.Random) -> list[int]:
    """The four key places in the order an article's questions take them, last first (a list to pop from)."""
    left, order = [0, 1, 2, 3], []
    while left:
        pick = rng.choices(left, weights=[PLACE_WEIGHTS[p] for p in left])[0]
        order.append(pick)
        left.remove(pick)
    return order[::-1]


def _floor(ranked: list[Question]) -> list[Question]:
    """The best multiple choice (a statement where there is none) and the best card of a second
    pass, in rank order; the best two of any form where it made no card or no choice."""
    choice = next((q for q in ranked if q.type == "mcq"), None) or next((q for q in ranked if q.type == "true_false"), None)
    card = next((q for q in ranked if q.type == "cloze"), None)
    picked = [q for q in (choice, card) if q is not None]
    # never a choice and a statement of one sentence: a target shows one of them, not both
    asked = {q.sentence.start for q in picked if q.type in ("mcq", "true_false")}
    picked += [q for q in ranked if q not in picked and not (q.type in ("mcq", "true_false") and q.sentence.start in asked)][
        : SECOND_PASS_MAX - len(picked)
    ]
    return sorted(picked, key=ranked.index)


def _forms(form: str) -> tuple[str, ...]:
    return ("mcq", "cloze") if form == "both" else (form,)


def _plan(article: Article, facts: list[Fact], seed: int, stems: str, relaxed: bool) -> Plan:
    """One pass over the article's facts: the questions, best first, and the candidates left out."""
    ctx = Context(article, facts, relaxed=relaxed)
    chosen, dropped = select(facts, article, relaxed)
    speakers = _speakers(facts)
    firsts: list[tuple[float, Question]] = []
    seconds: list[tuple[float, Question]] = []
    statements: list[tuple[float, Question]] = []
    asked_mcq: set[int] = set()
    by_sentence: dict[int, list[Fact]] = {}
    for fact in chosen:
        by_sentence.setdefault(fact.sentence.start, []).append(fact)
    places: list[int] = []  # the key's place among four options, each in turn in an order the seed shuffles
    for fact in chosen:
        rng = random.Random(f"{seed}:{article.slug}:{fact.id}")
        places = places or _places(random.Random(f"places:{seed}:{article.slug}:{fact.id}"))
        q = multiple_choice(ctx, fact, speakers, rng, stems, places[-1])
        if isinstance(q, str):
            dropped.append(Dropped(fact, q, "mcq"))
            continue
        if q.kind != "quote":
            # the place the key took leaves the turn (not the one wanted, where the sentence allowed no other)
            at = q.options.index(q.answer) if q.answer in q.options else places[-1]
            places.remove(at if at in places else places[-1])
        # a second question of one sentence shows the first one's answer: it ranks behind every first
        q = replace(q, context=ctx.cue(fact))
        (seconds if fact.sentence.start in asked_mcq else firsts).append((score(fact, article), q))
        # one statement a sentence (two would repeat it); none of who said what (another speaker's
        # name gives a false one away by its voice), none of a bound ("since 1840" is true of 1839),
        # none of a year in a claim measured against other years
        if (
            fact.sentence.start not in asked_mcq
            and fact.kind != "quote"
            and not BOUND_BEFORE.search(text_before(fact))
            and not (fact.kind == "date" and RELATIVE_CLAIM.search(fact.sentence.text))
        ):
            statements.append((score(fact, article), q))
        asked_mcq.add(fact.sentence.start)
    for start, group in by_sentence.items():
        hidden_already: set[str] = set()
        for fact in group:  # best first
            if fact.id in hidden_already:
                continue
            c = cloze(ctx, fact, group)
            if isinstance(c, str):
                dropped.append(Dropped(fact, c, "cloze"))
                continue
            note, hidden = c
            hidden_already.update(f.id for f in hidden)
            best = max(score(f, article) for f in hidden)
            (seconds if start in asked_mcq else firsts).append((best - 0.01, replace(note, context=ctx.cue(*hidden))))
    # a statement of each fact with a fair falsehood (one that could only be true teaches a class to
    # mark such sentences true), best first
    candidates = [x for x in sorted(statements, key=lambda x: (-x[0], x[1].sentence.start)) if can_be_false(x[1])]
    swap = _swapped(firsts, seconds, candidates)
    if len(candidates) % 2:
        # as many true as false on every sheet: an odd one out goes, the last that only asks again a fact
        # its multiple-choice question asks (reviewers found one sentence asked three ways a repeat)
        again = [i for i, (_, q) in enumerate(candidates) if q.sentence.start not in swap]
        if again:
            del candidates[again[-1]]
    # true and false in turn, best first, starting with one the seed picks
    first = random.Random(f"tf:{seed}:{article.slug}").random() < 0.5  # pragma: no mutate - never exactly 0.5: < and <= alike
    made_tf = [(rank, true_false(q, (i % 2 == 0) == first, seed)) for i, (rank, q) in enumerate(candidates)]
    firsts, made_tf = _statements_instead(firsts, made_tf, swap)
    thirds = made_tf  # true/false and the timeline: other forms of facts already asked
    order = timeline(ctx, [f for f in chosen if f.kind == "date"], seed)
    if isinstance(order, str):
        dropped.extend(Dropped(f, order, "order") for f in chosen if f.kind == "date")
    else:
        events = [f for f in chosen if f.id in order.fact_ids]
        thirds.append((max(score(f, article) for f in events), replace(order, context=ctx.cue(*events))))
    ranked = []
    for tier in (firsts, seconds, thirds):
        ranked += [q for _, q in sorted(tier, key=lambda x: (-x[0], x[1].sentence.start))]
    return Plan(distinct(ranked), dropped)  # a quote the article gives twice is asked once


# Every this-many-th sentence asked first as multiple choice is asked as true or false instead: a
# target never shows a statement beside the multiple-choice question of its sentence (it would give
# the answer away), so a statement reaches a student only where it stands in for one
STATEMENT_EVERY = 3


def _swapped(
    firsts: list[tuple[float, Question]], seconds: list[tuple[float, Question]], statements: list[tuple[float, Question]]
) -> set[int]:
    """Where (sentence starts) every third multiple-choice question of the first tier, the best first,
    gives way to the statement of its sentence."""
    has_statement = {q.sentence.start for _, q in statements}
    seconds_at = {q.sentence.start for _, q in seconds if q.type == "mcq"}
    mcqs = sorted((x for x in firsts if x[1].type == "mcq"), key=lambda x: (-x[0], x[1].sentence.start))
    return {
        q.sentence.start
        for i, (_, q) in enumerate(mcqs)
        if i % STATEMENT_EVERY == STATEMENT_EVERY - 1 and q.sentence.start in has_statement and q.sentence.start not in seconds_at
    }


def _statements_instead(
    firsts: list[tuple[float, Question]], statements: list[tuple[float, Question]], swap: set[int]
) -> tuple[list[tuple[float, Question]], list[tuple[float, Question]]]:
    """The first tier with the multiple-choice questions at ``swap`` replaced by the statements of
    their sentences, and the statements left as other forms of facts already asked."""
    by_sentence = {q.sentence.start: (rank, q) for rank, q in statements}
    kept = [x for x in firsts if not (x[1].type == "mcq" and x[1].sentence.start in swap)]
    kept += [
        (by_sentence[start][0], replace(by_sentence[start][1], extra={**by_sentence[start][1].extra, "instead": True}))
        for start in sorted(swap)
    ]
    return kept, [x for x in statements if x[1].sentence.start not in swap]


def _cap(ranked: list[Question], n: int) -> list[Question]:
    """The top n, with at least one multiple-choice and one cloze item when the article has both."""
    top = ranked[:n]
    for kind in ("mcq", "cloze"):
        if n >= 2 and not any(q.type == kind for q in top):
            best = next((q for q in ranked if q.type == kind), None)
            if best is not None:
                other = next(i for i in reversed(range(len(top))) if sum(q.type == top[i].type for q in top) > 1)
                top[other] = best
    return sorted(top, key=ranked.index)


# Wrong speakers are drawn from the article's first this many: every question looks at them all
MAX_SPEAKERS = 50


def _speakers(facts: list[Fact]) -> list[tuple[str, str]]:
    """The article's speakers, each once, in reading order (at most MAX_SPEAKERS)."""
    found = dict.fromkeys(
        (display_speaker(f), f.speaker_type or "person") for f in facts if f.kind == "quote" and f.tier == "direct" and f.speaker
    )
    return list(found)[:MAX_SPEAKERS]
