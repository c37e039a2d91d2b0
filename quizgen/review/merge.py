"""`quizgen review`: write an article's review file, or bring one up to date with the article without
losing a word the teacher wrote. Input: the article's path, Article and Facts, and the file if there is
one; output: the file (the old one kept as .bak when it changes) and what changed in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReviewError
from ..export.files import write_atomic
from ..model import Article, Fact
from . import markdown as md
from .fields import CHANGED, describe, fields_of, merge
from .items import Candidate, candidates, source_note

# quizgen's notes that each run writes afresh: why it is left out, gone, broken, updated, where from
FRESH_NOTE = re.compile(r"^(?:Left out by quizgen:|Gone:|Problem:|Updated:|¶\d+|Dates in the article:)")
# quizgen's notes that stay until the teacher deletes them: a new item, an edit the article changed under
KEPT_NOTE = re.compile(r"^(?:New:|Check:)")
NEW = "New: not in this file before; read it, then delete this line."
GONE = "Gone: the article no longer has this item's sentence, so it is not asked; delete the item or keep it for your records."


@dataclass
class Outcome:
    """What `quizgen review` did to one article's review file."""

    path: Path
    items: int = 0
    ticked: int = 0
    new: int = 0
    gone: int = 0
    updated: int = 0  # items whose unedited words now follow the corrected article
    check: list[str] = field(default_factory=list)  # items to check, each named
    created: bool = False
    changed: bool = False
    backup: Path | None = None

    def line(self) -> str:
        """The outcome in one line for the terminal."""
        if self.created:
            return f"{self.path}: {self.items} items, {self.ticked} ticked (a new review file)"
        if not self.changed:
            return f"{self.path}: up to date ({self.items} items, {self.ticked} ticked)"
        parts = [
            f"{self.new} new",
            f"{self.gone} gone",
            f"{self.updated} updated from the article",
            f"{len(self.check)} to check",
        ]
        return (
            f"{self.path}: {self.items} items, {self.ticked} ticked; {', '.join(parts)}; "
            f"your edits kept (the old file is {self.backup})"
        )


def update(
    article_path: Path,
    path: Path,
    article: Article,
    facts: list[Fact],
    seed: int | None = None,
    stems: str | None = None,
    max_questions: int | None = None,
) -> Outcome:
    """Write the article's review file at path, or merge the article's candidates into the one there."""
    sheet = None
    if path.exists():
        sheet = md.read(path)
    seed = seed if seed is not None else (sheet.seed if sheet and sheet.seed is not None else 0)
    stems = stems or (sheet.stems if sheet and sheet.stems else "auto")
    cands = candidates(article, facts, seed=seed, stems=stems, max_questions=max_questions)
    outcome = Outcome(path, created=sheet is None)
    if sheet is None:
        lines = md.new_file(article_path.name, article.title, seed, stems)
        newline, bom, old = "\n", False, None
    else:
        lines = _preamble(sheet, md.header(article_path.name, seed, stems))
        newline, bom, old = sheet.newline, sheet.bom, path.read_bytes()
    by_id = {c.id: c for c in cands}
    in_file = set()
    for entry in sheet.entries if sheet else ():
        in_file.add(entry.id)
        lines += _entry(entry, by_id.get(entry.id), article, facts, path, len(lines) + 1, outcome)
    for c in cands:
        if c.id not in in_file:
            lines += _fresh(c, article, facts, new=sheet is not None)
            outcome.new += sheet is not None
            outcome.ticked += c.asked
    outcome.items = len(in_file) + len([c for c in cands if c.id not in in_file])
    data = (("\ufeff" if bom else "") + newline.join(lines) + newline).encode("utf-8")
    outcome.changed = data != old
    if outcome.changed:
        if old is not None:
            outcome.backup = write_atomic(path.with_name(path.name + ".bak"), old)
        write_atomic(path, data)
    return outcome


def _preamble(sheet: md.Sheet, header: str) -> list[str]:
    lines = list(sheet.preamble)
    at = next((i for i, line in enumerate(lines) if md.HEADER_READ.search(line)), None)
    if at is None:
        return [header, *lines]
    lines[at] = md.HEADER_READ.sub(lambda _: header, lines[at], count=1)
    return lines


def _fresh(c: Candidate, article: Article, facts: list[Fact], new: bool) -> list[str]:
    """A candidate's block as quizgen writes it."""
    q = c.question
    f = fields_of(q)
    status = [NEW] if new else []
    if not c.asked:
        status.append(f"Left out by quizgen: {c.reason}")
    head = md.heading(c.asked, md.label_of(q.type, q.kind), c.id, f.stamp())
    return md.block(head, status, md.content(q.type, f), [f"> {source_note(article, facts, q)}"])


def _entry(
    entry: md.Entry, c: Candidate | None, article: Article, facts: list[Fact], path: Path, at: int, outcome: Outcome
) -> list[str]:
    """An item of the file brought up to date (``at`` is its heading's line in the new file): the teacher's
    box, words and notes kept, quizgen's notes written afresh, the words they did not edit following the article."""
    ours_note = [ln for ln in entry.body if ln.kind == "note" and (FRESH_NOTE.match(ln.text) or KEPT_NOTE.match(ln.text))]
    kept = _unique(ln.text for ln in ours_note if KEPT_NOTE.match(ln.text))
    body = _trim([ln for ln in entry.body if ln not in ours_note])
    outcome.ticked += entry.ticked
    if c is None:
        outcome.gone += 1
        old_source = [ln.raw for ln in ours_note if re.match(r"¶\d+|Dates in the article:", ln.text)]
        return md.block(entry.heading, [*kept, GONE], [ln.raw for ln in body], old_source)
    q = c.question
    status = [] if c.asked else [f"Left out by quizgen: {c.reason}"]
    source = [f"> {source_note(article, facts, q)}"]
    try:
        mine = md.fields(entry, q.type, path)
    except ReviewError as e:
        problem = str(e).split(": ", 1)[1]
        outcome.check.append(f"{entry.name(path, at)}: {problem}")
        return md.block(entry.heading, [*kept, *status, f"Problem: {problem}"], [ln.raw for ln in body], source)
    theirs = fields_of(q)
    merged, conflicts = merge(mine, theirs, entry.made)
    head = md.ID.sub(md.id_comment(c.id, theirs.stamp()), entry.heading, count=1)
    if conflicts:
        check = f"Check: {CHANGED} ({describe(q.type, theirs, conflicts)}); your words are kept."
        kept = _unique([*kept, check])
        outcome.check.append(f"{entry.name(path, at)}: {check.removeprefix('Check: ')}")
    lines = [ln.raw for ln in body]
    if merged != mine:
        outcome.updated += 1
        status.append("Updated: the words you had not edited now follow the corrected article.")
        extra = [ln.raw for ln in body if ln.kind in ("comment", "heading", "note")]  # the teacher's own lines
        lines = md.content(q.type, merged) + ([""] + extra if extra else [])
    return md.block(head, [*kept, *status], lines, source)


def _unique(notes) -> list[str]:
    return list(dict.fromkeys(notes))


def _trim(lines: list) -> list:
    while lines and lines[0].kind == "blank":
        lines.pop(0)
    while lines and lines[-1].kind == "blank":
        lines.pop()
    return lines
