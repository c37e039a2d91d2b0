"""Printable worksheets: multiple choice, fill in the blanks with a word bank, who said it, and a key."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .. import __version__
from ..model import Article, Question
from ..templates import template_dir
from .files import write_atomic

PAPERS = {"a4": "A4", "letter": "letter"}
BLANK_RE = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}")


@dataclass(frozen=True)
class Blank:
    number: int
    answer: str
    paragraph: int


def environment(templates: Path | None = None) -> jinja2.Environment:
    """A jinja2 environment: the user's --templates folder first, then the shipped templates."""
    folders = [str(templates)] if templates else []
    folders.append(str(template_dir()))
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _cloze_parts(cloze: str, first_number: int) -> tuple[list[tuple[str, int | None]], list[str]]:
    """Split a cloze into (text, blank number) pieces and return the answers in order."""
    parts: list[tuple[str, int | None]] = []
    answers: list[str] = []
    pos = 0
    for m in BLANK_RE.finditer(cloze):
        parts.append((cloze[pos : m.start()], None))
        answers.append(m.group(2))
        parts.append(("", first_number + len(answers) - 1))
        pos = m.end()
    parts.append((cloze[pos:], None))
    return parts, answers


def worksheet_context(article: Article, questions: list[Question], *, seed: int = 0, version: str = "A",
                      paper: str = "a4", large_print: bool = False) -> dict:
    """Everything the worksheet template shows, for one version of the paper."""
    rng = random.Random(f"{seed}:{article.slug}:{version}")
    mcqs = [q for q in questions if q.type == "mcq"]
    clozes = [q for q in questions if q.type == "cloze"]
    if version != "A":
        rng.shuffle(mcqs)
        mcqs = [_shuffle_options(q, rng) for q in mcqs]
    part_a = []
    for n, q in enumerate(mcqs, 1):
        letter = "ABCDE"[q.options.index(q.answer)]
        part_a.append({"number": n, "prompt": q.prompt, "options": list(zip("ABCDE", q.options)),
                       "letter": letter, "answer": q.answer, "paragraph": q.sentence.paragraph})
    part_b = []
    blanks: list[Blank] = []
    for q in clozes:
        if q.kind == "quote" and all(k == "quote" for k in q.extra.get("kinds", [q.kind])):
            continue  # speakers are asked in Part C
        parts, answers = _cloze_parts(q.cloze, len(blanks) + 1)
        blanks += [Blank(len(blanks) + i + 1, a, q.sentence.paragraph) for i, a in enumerate(answers)]
        part_b.append({"parts": parts})
    bank = [b.answer for b in blanks]
    extras = _bank_extras(mcqs, set(bank), rng)
    bank = sorted(set(bank) | set(extras), key=lambda s: rng.random()) if bank else []
    part_c = _matching(questions, rng)
    return {
        "title": "Reading quiz",
        "article_title": article.title,
        "article_slug": article.slug,
        "part_a": part_a,
        "part_b": part_b,
        "blanks": blanks,
        "bank": bank,
        "part_c": part_c,
        "version": version,
        "seed": seed,
        "paper": PAPERS.get(paper, "A4"),
        "large_print": large_print,
        "quizgen_version": __version__,
    }


def _shuffle_options(q: Question, rng: random.Random) -> Question:
    """Shuffle options that have no natural order (speakers); numbers and dates stay ascending."""
    if q.kind != "quote":
        return q
    options = list(q.options)
    rng.shuffle(options)
    from dataclasses import replace

    return replace(q, options=tuple(options))


def _bank_extras(mcqs: list[Question], answers: set[str], rng: random.Random) -> list[str]:
    """A few wrong words for the bank, so the last blank is not free."""
    pool = sorted({o for q in mcqs if q.kind != "quote" for o in q.options if o not in answers and o != q.answer})
    rng.shuffle(pool)
    return pool[: min(3, max(1, len(answers) // 3))] if answers else []


def _matching(questions: list[Question], rng: random.Random) -> dict | None:
    """'Who said it?': quotes numbered, speakers lettered, when there are three or more."""
    seen = set()
    rows = []
    for q in questions:
        if q.type == "mcq" and q.kind == "quote":
            quote = q.prompt.removeprefix("Who said ").removesuffix("?")
            if (q.answer, quote) in seen:
                continue
            seen.add((q.answer, quote))
            rows.append((quote, q.answer, q.sentence.paragraph))
    if len(rows) < 3:
        return None
    speakers = sorted({r[1] for r in rows}, key=lambda s: rng.random())
    letters = {s: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i] for i, s in enumerate(speakers)}
    return {
        "quotes": [{"number": i + 1, "quote": r[0]} for i, r in enumerate(rows)],
        "speakers": [(letters[s], s) for s in speakers],
        "key": [{"number": i + 1, "letter": letters[r[1]], "speaker": r[1], "paragraph": r[2]} for i, r in enumerate(rows)],
    }


def render(article: Article, questions: list[Question], *, templates: Path | None = None, **options) -> str:
    """Render the worksheet HTML for one version."""
    env = environment(templates)
    return env.get_template("worksheet.html.j2").render(**worksheet_context(article, questions, **options))


def write_worksheet(path: Path, article: Article, questions: list[Question], **options) -> Path:
    """Write the worksheet to path atomically."""
    return write_atomic(path, render(article, questions, **options).encode("utf-8"))
