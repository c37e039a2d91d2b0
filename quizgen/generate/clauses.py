"""Clauses a sentence can do without: an opening adverbial, a relative clause or apposition between
commas, a parenthesis, a trailing "the bank said". Input: a sentence's text; output: the (start,
end) spans that may be cut, each leaving a grammatical sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .wh import IRREGULAR

# "Hours after the vote, a crowd ...", "In a letter asking for a hearing, X said ...": an
# opening phrase up to its comma, when what follows opens like a clause
OPENING_PHRASE = re.compile(
    r"(?:(?:In|On|At|After|Before|During|Since|Until|Despite|Following|With|Without|Speaking|Asked|Writing|As|While|When"
    r"|Hours|Days|Weeks|Months|Years|Minutes|Shortly|Soon|Later|Earlier|Now|Then|Last|This|Next|Once|Under|For|By)\b"
    r"(?:(?!\b(?:is|was|were|are|has|have|had|will|would)\b)[^,;:\"“”()]){0,80},\s+)"
)
# ", who rejects the claim,": a relative clause or an apposition between two commas
BETWEEN_COMMAS = re.compile(r",\s+(?:who|which|whose|where|whom|a|an|the|then|now|once|also|already)\b[^,;:\"“”()]{0,100},")
# A subject with no verb yet: a relative clause after it closes at its comma, for the verb to follow
SUBJECT_ONLY = re.compile(
    r"[\"“]?[A-Z][\w'’.&-]*(?:\s+(?!(?:is|was|are|were|has|have|had|will|would|said|says)\b)(?![a-z]+ed\b)[\w'’.&-]+){0,5}"
)
# ", which made ..." running to the end of the sentence
RELATIVE_TO_END = re.compile(r",\s+(?:which|who|where|whose)\b[^;:\"“”()]{0,120}?(?=[.!?]?$)")
# ", the bank said.", ", officials said.", ", according to Reuters.", ", reports Reuters."
ATTRIBUTION_TO_END = re.compile(
    r",\s+(?:(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:said|says|added|reported|told \w+)(?:\s+on\s+\w+)?"
    r"|(?:said|says|added|reported)\s+[^,;:\"“”()]{2,60}?|according to\s+[^,;:\"“”()]{2,80}?)(?=[.!?]?$)"
)
# "(the WTTC)", "— most of them small —"
ASIDE = re.compile(r"\s+\([^()]{1,80}\)|\s+[—–]\s+[^—–]{1,80}\s+[—–](?=\s)")


def cuttable(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of each clause the sentence could lose and still read as a sentence."""
    m = OPENING_PHRASE.match(text)
    if (
        m
        and re.match(r"[\"“]?[A-Za-z]", text[m.end() :])
        and not re.match(r"(?:which|who|whom|whose|that|and|but)\b", text[m.end() :])
    ):
        yield m.start(), m.end(), "opening"
    closed = set()
    for m in BETWEEN_COMMAS.finditer(text):
        yield m.start(), m.end(), "between commas"
        before = text[: m.start()]
        if SUBJECT_ONLY.fullmatch(before) and not set(before.split()) & set(IRREGULAR):
            closed.add(m.start())  # "Avalonia, which won the vote on 3 March, bought ...": the subject's verb follows
    for m in RELATIVE_TO_END.finditer(text):
        if m.start() not in closed:
            yield m.start(), m.end(), "to the end"
    for m in ATTRIBUTION_TO_END.finditer(text):
        yield m.start(), m.end(), "to the end"
    for m in ASIDE.finditer(text):
        yield m.start(), m.end(), "aside"
