"""Quizlet's import text: term and definition separated by a tab, one card a line."""

from __future__ import annotations

from ..model import Article, Question, cued
from .targets import BLANK, Report, blanks


def quizlet(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """Quizlet's import text: one card a line, term and definition separated by a tab."""
    report = Report("quizlet")
    cards = []
    for q in questions:
        if q.type == "mcq":
            cards.append((cued(q, q.prompt), q.answer))
        elif q.type == "cloze":
            cards += [(cued(q, f"{before}{BLANK}{after}"), answer) for before, answer, after in blanks(q)]
        else:
            # a flash card learns what is on it: a false statement would teach a falsehood, a
            # timeline is a list, not a card
            report.skipped.append("true-or-false statements and timelines make no flash cards")
    lines = []
    for term, definition in cards:
        # tabs and line ends separate cards and sides: inside a card they become spaces
        lines.append(" ".join(term.split()) + "\t" + " ".join(definition.split()))
        report.written += 1
    return ("\n".join(lines) + "\n").encode(), report
