"""The candidates a review file lists: every question the plan asks (ticked) and a plain question for
each one it leaves out (unticked, with the rule), each under the id that ties it to its entry in the
file. Input: an Article and its Facts; output: Candidates, in the order a new review file lists them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..generate import plan
from ..generate.context import Context, flat
from ..generate.plain import plain_questions
from ..model import Article, Fact, Question, digest

CAPPED = "below the --max-questions cap"


@dataclass(frozen=True)
class Candidate:
    """A question the article gives, whether the build would ask it, and the rule when it would not."""

    id: str
    question: Question
    asked: bool
    reason: str = ""


def item_id(q: Question) -> str:
    """The id a review file keeps for a question: from the identity that survives a corrected number,
    so the item (and its Anki note) is the same one after the article is fixed."""
    return digest(q.guid_key or q.id, size=10)


def candidates(
    article: Article, facts: list[Fact], seed: int = 0, stems: str = "auto", max_questions: int | None = None
) -> list[Candidate]:
    """Every candidate question of the article: the plan's, best first, then the ones left out in
    reading order; one a question identity."""
    made = plan(article, facts, seed=seed, stems=stems)
    asked = None
    if max_questions is not None and len(made.questions) > max_questions:
        asked = {q.guid_key for q in plan(article, facts, seed=seed, max_questions=max_questions, stems=stems).questions}
    out = []
    for q in made.questions:
        capped = asked is not None and q.guid_key not in asked
        out.append(Candidate(item_id(q), q, not capped, CAPPED if capped else ""))
    cue = Context(article, facts).cue()
    plain = sorted(plain_questions(article, facts, made.dropped, seed), key=lambda x: _reading_order(x[0]))
    out += [Candidate(item_id(q), replace(q, context=cue), False, rule) for q, rule in plain]
    seen: set[str] = set()
    unique = []
    for c in out:
        if c.id not in seen:
            seen.add(c.id)
            unique.append(c)
    return unique


def _reading_order(q: Question) -> tuple[int, bool, int]:
    return q.sentence.start, q.type != "mcq", q.extra.get("start", 0)


def source_note(article: Article, facts: list[Fact], q: Question) -> str:
    """Where a question comes from, for the teacher to check it against: its paragraph, or for a
    timeline each event's date and paragraph."""
    if q.type == "order":
        by_id = {f.id: f for f in facts}
        dated = [by_id[i] for i in q.fact_ids if i in by_id]
        return "Dates in the article: " + ", ".join(f"{f.text} (¶{f.sentence.paragraph})" for f in dated)
    n = q.sentence.paragraph
    if 1 <= n <= len(article.paragraphs):
        s, e = article.paragraphs[n - 1]
        return f"¶{n} " + " ".join(flat(article.text[s:e]).split())
    return f"¶{n} " + " ".join(q.sentence.text.split())
