"""The build's side of a review file: the items ticked in it, in its order, in the teacher's words, with
the article's corrections carried into the words they did not edit. Input: the file, the article and its
Facts; output: the Questions to ask, and warnings naming the items a teacher should look at again."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReviewError
from ..generate.mcq import STEMS
from ..model import Article, Fact, Question
from . import markdown as md
from .fields import CHANGED, describe, fields_of, merge, with_fields
from .items import candidates


@dataclass
class Followed:
    """What a review file made of an article's questions."""

    path: Path
    questions: list[Question] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    edited: int = 0  # items asked in the teacher's words rather than the article's

    def note(self) -> str:
        """One line for the build's report."""
        return f"review: {len(self.questions)} items ticked in {self.path}, {self.edited} in your words"


def choices(sheet: md.Sheet) -> tuple[int, str]:
    """The seed and the stems the file's questions were made with (its header), checked."""
    stems = sheet.stems or "auto"
    if stems not in STEMS:
        raise ReviewError(
            f"{sheet.path}:1: the header names stems '{stems}'; write one of {', '.join(STEMS)} (or run quizgen review --stems …)"
        )
    return sheet.seed or 0, stems


def follow(
    sheet: md.Sheet, article_path: Path, article: Article, facts: list[Fact], max_questions: int | None = None
) -> Followed:
    """The questions a review file asks: its ticked items, in its order, as the teacher left them; an
    edit that breaks a ticked item raises ReviewError naming the line and the fix."""
    path = sheet.path
    seed, stems = choices(sheet)
    cands = candidates(article, facts, seed=seed, stems=stems)
    by_id = {c.id: c for c in cands}
    out = Followed(path)
    again = f"`quizgen review {article_path}`"
    for entry in sheet.entries:
        c = by_id.get(entry.id)
        if not entry.ticked:
            continue
        if c is None:
            gone = "is ticked, but the article no longer has its sentence, so it is not asked; untick it or delete it"
            out.warnings.append(f"{entry.name(path)}: {gone}")
            continue
        mine = md.fields(entry, c.question.type, path)
        theirs = fields_of(c.question)
        merged, conflicts = merge(mine, theirs, entry.made)
        if conflicts:
            changed = describe(c.question.type, theirs, conflicts)
            out.warnings.append(
                f"{entry.name(path)}: {CHANGED} ({changed}); it is asked as you wrote it: check it, then run {again}"
            )
        elif any(ln.kind == "note" and ln.text.startswith("Check:") for ln in entry.body):
            out.warnings.append(
                f"{entry.name(path)}: still marked 'Check:' by quizgen review; check the item, then delete that line"
            )
        out.edited += merged != theirs
        out.questions.append(c.question if merged == theirs else with_fields(c.question, merged))
    if not any(e.ticked for e in sheet.entries):
        out.warnings.append(f"{path}: no item is ticked, so nothing of this article is asked; tick the items to ask")
    listed = {e.id for e in sheet.entries}
    missing = sum(c.asked and c.id not in listed for c in cands)
    if missing:
        out.warnings.append(
            f"{path}: the article now gives {missing} question(s) that this file does not list, "
            f"so they are not asked; run {again} to add them"
        )
    if max_questions is not None:
        out.questions = out.questions[:max_questions]
    return out
