"""Timelines: three to five dated events of one article, each a short clause that stands alone with
its date taken out, to put in order. Input: the article's Context and its dated facts; output: an
"order" Question, or the rule that stops it."""

from __future__ import annotations

import random
import re

from ..model import Fact, Question
from ..words import has_word
from .context import Context
from .wording import identity

MIN_EVENTS, MAX_EVENTS = 3, 5
MAX_EVENT_WORDS = 25
# The date and the preposition that carries it: "in 2011", "on 3 March 2025", "In 2011, " (never
# "since 2016" or "by 2030", whose event is not the date's)
CARRIER_BEFORE = re.compile(r"(?:^|\s)(?:in|on|during|In|On|During)\s+(?:the\s+)?$")
YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")
PROMPT = "Put these events in order, earliest first."


def _sort_key(value: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)


def event(ctx: Context, fact: Fact) -> str | None:
    """The fact's sentence as a short event with its date taken out, or None when it cannot stand so."""
    view = ctx.view(fact.sentence, [fact.span], editable=True)
    if isinstance(view, str) or view.sentence.start < fact.sentence.start:
        return None  # an event is one clause, never two sentences
    text = ctx.article.text
    s, e = fact.span
    lo = max(view.sentence.start, s - 12)  # pragma: no mutate - the longest carrier, ' During the ', is 12 characters
    carrier = CARRIER_BEFORE.search(text[lo:s])
    if carrier is None or re.search(r"\b(?:Born|born)\s+\S*\s*$", text[lo:s]):
        return None  # "Born in 1920 and raised at ..." is no event without its year
    # pragma below: a space more or less where the carrier is cut goes with the spaces tidied below
    cut_from = lo + carrier.start() + (1 if text[lo + carrier.start()].isspace() else 0)  # pragma: no mutate - see above
    if cut_from == view.sentence.start and text.startswith(",", e):
        e += 1  # "In 2011, voters elected ..." -> "Voters elected ..."
    elif cut_from > view.sentence.start:
        cut_from -= 1  # the space before "in 2011"
    shown = view.render(ctx.article, [(cut_from, e, "")]).strip()
    shown = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", shown))
    shown = re.sub(r",,\s*", " ", shown)  # "Voters in Eldvik, in 2011, elected" -> "Voters in Eldvik elected"
    shown = re.sub(r",([.!?])$", r"\1", shown)  # "... the Eldvik Tunnel, in 1998." -> "... the Eldvik Tunnel."
    if YEAR.search(shown) or len(shown.split()) > MAX_EVENT_WORDS or len(shown.split()) < 5:
        return None
    return shown[:1].upper() + shown[1:]


def timeline(ctx: Context, dated: list[Fact], seed: int | str) -> Question | str:
    """One "put these in order" question from the article's best dated events, or why there is none."""
    events: dict[tuple[int, int, int], tuple[Fact, str]] = {}
    for fact in dated:  # best first
        key = _sort_key(str(fact.value))
        if key is None or key in events or any(k[0] == key[0] and (k[1] == 0 or key[1] == 0) for k in events):
            continue  # one event a date; "2011" and "March 2011" cannot be told apart in order
        shown = event(ctx, fact)
        if shown is not None and all(shown != s for _, s in events.values()):
            events[key] = (fact, shown)
        if len(events) == MAX_EVENTS:
            break
    if len(events) < MIN_EVENTS:
        return f"timeline: {len(events)} events with a date that can be taken out; three are needed"
    shown_events = [s for _, s in events.values()]
    for person in ctx.people:
        if all(has_word(s, person.split()[-1]) for s in shown_events):
            # "joined the navy", "became prime minister", "lost the election": a life's order is guessed
            return f"timeline: every event is of one life ({person}), whose order a student can guess"
    ordered = [events[k] for k in sorted(events)]
    answer = tuple(s for _, s in ordered)
    shown = list(answer)
    rng = random.Random(f"order:{seed}:{ctx.article.slug}")
    while shown == list(answer):
        rng.shuffle(shown)
    facts = [f for f, _ in ordered]
    return Question(
        type="order",
        kind="date",
        fact_ids=tuple(f.id for f in facts),
        sentence=facts[0].sentence,
        answer="\n".join(answer),
        prompt=PROMPT,
        items=tuple(shown),
        sequence=answer,
        guid_key=identity(ctx.article, "order", facts[0].sentence, [f.span for f in facts]),
        extra={"dates": [f.text for f in facts]},
    )
