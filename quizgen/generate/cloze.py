"""Cloze cards: one fact of a sentence hidden (with any fact of its kind joined to it), the sentence
shown word for word. Input: the article's Context and a fact with its sentence's facts; output: a
Question, or the rule that stops it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.speakers.phrases import name_of
from ..model import Article, Fact, Question, Sentence
from .context import Context, View, flat
from .distractors import HEDGE
from .select import is_placed, named_who, names_the_headline
from .wording import CONVERSION_AROUND, QUOTE_MARKS, display_speaker, has_length, identity, in_quotation, sentence_case

# A speaker the sentence introduces: a full name, or a name after a title or role
INTRODUCED = re.compile(r"[A-Z][\w'’-]+\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]+|\b[a-z]{3,}\s+[A-Z]")
HINTS = {"distance": "distance", "date": "date", "count": "number", "quote": "who"}
# Two facts of one kind joined like this give each other away: "in 2018 and 2019"
LINKED = re.compile(r"^\s*(?:,|and|or|to|-|–|—|,\s*and)\s*(?:the\s+)?$")


def _hint(fact: Fact) -> str:
    """What the blank asks for: "distance", "date", "number", "who"; "how long" for a span of time."""
    if fact.kind == "count" and re.search(r"\S\s+(?:second|minute|hour|day|week|month|year|decade|centur)", fact.text):
        return "how long"
    return HINTS[fact.kind]


def _hidden_span(article: Article, fact: Fact) -> tuple[int, int]:
    """What a cloze hides: the fact's span; for a titled speaker, the name after the title; for a
    hedged figure, the figure after the hedge ("more than 100": "100")."""
    s, e = fact.span
    season_year = r"(?i)(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?=\d{4}$)"
    # (no count, distance or speaker is a season and a year)
    season = re.match(season_year, fact.text) if fact.kind == "date" else None  # pragma: no mutate - see above
    if season:
        return s + season.end(), e  # "the autumn of {{c1::2016}}": a season is no part of a date to recall
    joined = re.match(r"[\d,.]+(?=-[a-z]+$)", fact.text) if fact.kind == "count" else None
    if joined:
        return s, s + joined.end()  # "the {{c1::400}}-strong crew": the number is the answer, not "-strong"
    hedge = HEDGE.match(fact.text) if fact.kind == "count" else None
    if hedge:
        return s + len(hedge.group(1)), e  # "more than {{c1::100}} trains": the hedge stays in view, the figure is recalled
    if fact.kind == "quote" and fact.speaker_type == "person":
        name = name_of(article.text[s:e])
        if name and article.text[s:e].endswith(name):  # the whole text when it is the name: (e - len(name), e) is (s, e)
            return e - len(name), e
    return s, e


def cloze(ctx: Context, fact: Fact, group: list[Fact]) -> tuple[Question, list[Fact]] | str:
    """A cloze that hides one fact (with any fact of its kind joined to it: "in 2018 and 2019"),
    or the rule that stops it. One blank a card: the sentence's other facts stay in view."""
    article = ctx.article
    sentence = fact.sentence
    s, e = _hidden_span(article, fact)
    if s < sentence.start or e > sentence.end:
        return "cloze: the answer runs outside its sentence"
    if fact.kind == "date" and str(fact.value).startswith("--"):
        return "date: a month or day with no year is no card to learn"
    if fact.kind == "date" and re.match(r"(?i)(?:early|mid|late)\b", fact.text):
        return "date: 'the early 1970s' is too loose to write in"
    if fact.kind == "quote" and (article.text[fact.start : fact.end] != fact.text or not named_who(fact.text, fact.speaker_type)):
        return "who: the sentence names the speaker only as 'he' or 'they'"
    if fact.kind == "quote" and fact.speaker_type == "person" and not INTRODUCED.search(fact.text):
        return "who: the answer would be a bare surname; the sentence does not say who they are"
    if re.search(r"(?i)\b(?:a|an)\s+$", article.text[max(0, s - 4) : s]):
        return "giveaway: 'a' or 'an' before the blank tells which answers fit"
    picked = [fact]
    for other in sorted(group, key=lambda f: f.span[0]):
        if other is fact or other.kind != fact.kind:
            continue
        a, b = _hidden_span(article, other)
        near = [_hidden_span(article, p) for p in picked]
        # (a fact on the other side gives an empty slice, which LINKED does not match)
        if any(LINKED.match(article.text[y:a]) for _, y in near) or any(LINKED.match(article.text[b:x]) for x, _ in near):
            picked.append(other)  # "{{c1::2018}} and {{c1::2019}}": each would give the other away
    picked.sort(key=lambda f: f.span[0])
    if any(f.kind == "distance" for f in picked):
        visible = sentence.text
        for f in reversed(picked):
            visible = visible[: f.span[0] - sentence.start] + visible[f.span[1] - sentence.start :]
        if has_length(visible):
            return "giveaway: another length in the sentence shows the answer's scale"  # every fact picked is a distance
    spans = [_hidden_span(article, f) for f in picked]
    # a card shows the sentence as the article has it (its text must be found there, for a reader's trust)
    view = ctx.view(sentence, spans, editable=False)
    if isinstance(view, str):
        return view
    if "{{" in view.sentence.text or "}}" in view.sentence.text:
        return "cloze: the sentence holds double braces, which a flash card would read as blanks of its own"
    view = _close_quotes(ctx, view)
    if isinstance(view, str):
        return view
    shown_text = article.text[view.sentence.start : spans[0][0]] + article.text[spans[-1][1] : view.sentence.end]
    if not all(is_placed(f) for f in picked) and not names_the_headline(shown_text, article):
        return "context: a card shows no headline, and its sentence names nothing the headline names"
    if any(f.kind == "distance" for f in picked):
        visible = view.sentence.text
        for s, e in reversed(spans):
            visible = visible[: s - view.sentence.start] + visible[e - view.sentence.start :]
        if has_length(visible):
            return "giveaway: another length in view shows the answer's scale"
    for f, (s, e) in zip(picked, spans, strict=True):  # pragma: no mutate - spans is made from picked: always as long
        if f.kind == "quote":
            shown_words = set(
                re.findall(r"[A-Z][\w'’-]{2,}", article.text[view.sentence.start : s] + article.text[e : view.sentence.end])
            )
            if shown_words & set(re.findall(r"[A-Z][\w'’-]{2,}", article.text[s:e])):
                return "giveaway: the rest of the sentence names the hidden speaker"
        if CONVERSION_AROUND.search(article.text[max(view.sentence.start, s - 30) : s]) or CONVERSION_AROUND.search(
            article.text[e : min(view.sentence.end, e + 30)]
        ):
            return "giveaway: a figure beside the blank leads to the answer"
    parts, pos = [], view.sentence.start
    for f, (s, e) in zip(picked, spans, strict=True):  # pragma: no mutate - spans is made from picked: always as long
        parts.append(article.text[pos:s])
        parts.append(f"{{{{c1::{article.text[s:e]}::{_hint(f)}}}}}")
        pos = e
    parts.append(article.text[pos : view.sentence.end])
    text = flat("".join(parts))
    shown = view.sentence
    answers = [article.text[s:e] for s, e in spans]
    mark = "{{c1::"
    at = len(mark) if text.startswith(mark) else 0  # "{{c1::Eight::number}} tunnel workers were hurt"
    if sentence_case(text, at) != text:
        text = sentence_case(text, at)
        shown = replace(shown, text=sentence_case(shown.text))
        if at:
            answers[0] = sentence_case(answers[0])
    first = picked[0]
    note = Question(
        type="cloze",
        kind=first.kind,
        fact_ids=tuple(f.id for f in picked),
        sentence=shown,
        answer=answers[0],
        cloze=text,
        guid_key=identity(article, "cloze", sentence, [f.span for f in picked]),
        extra={
            "answers": answers,
            "kinds": [f.kind for f in picked],
            "quotes": [(display_speaker(f), f.quote) for f in picked if f.kind == "quote"],
        },
    )
    return note, picked


def _close_quotes(ctx: Context, view: View) -> View | str:
    """A verbatim card with a quotation left open takes in the rest of it, or is not made."""
    article = ctx.article
    s = view.sentence
    if len(QUOTE_MARKS.findall(s.text)) % 2 == 0:
        if not in_quotation(article, s.start):
            return view
        return "formatting: the sentence starts inside a quotation"
    for nxt in ctx.sentences_from(s.end):
        if nxt.paragraph == s.paragraph and nxt.body:
            joined = Sentence(flat(article.text[s.start : nxt.end]), s.start, nxt.end, s.paragraph)
            if len(joined.text.split()) > 60:
                break
            if len(QUOTE_MARKS.findall(joined.text)) % 2 == 0:
                if ctx.leaning(nxt.text) or ctx.times(nxt):
                    break
                return View(joined)  # a verbatim card has no edits
            s = joined
    return "formatting: unbalanced quotation marks"
