"""Printable worksheets: multiple choice, fill in the blanks with a word bank, who said it, and a key."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .. import __version__
from ..model import CLOZE, Article, Question
from ..templates import template_dir
from .files import write_atomic
from .targets import quote_pairs

PAPERS = {"a4": "A4", "letter": "letter"}


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
        bytecode_cache=_bytecode_cache(),
    )


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user's cache folder, keyed by their source, so a build
    does not compile the worksheet template again; no cache where that folder is not writable."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    # compiled code holds the environment's options too (escaping): a new quizgen compiles afresh
    folder = os.path.join(base, "quizgen", f"jinja2-{jinja2.__version__}-quizgen-{__version__}")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(folder) if os.access(folder, os.W_OK) else None


def _cloze_parts(cloze: str, first_number: int) -> tuple[list[tuple[str, int | None]], list[str]]:
    """Split a cloze into (text, blank number) pieces and return the answers in order."""
    parts: list[tuple[str, int | None]] = []
    answers: list[str] = []
    pos = 0
    for m in CLOZE.finditer(cloze):
        if m.group(3) == "who":
            # the speaker stays in view; Part C asks who said what
            parts.append((cloze[pos : m.start()] + m.group(2), None))
            pos = m.end()
            continue
        parts.append((cloze[pos : m.start()], None))
        answers.append(m.group(2))
        parts.append(("", first_number + len(answers) - 1))
        pos = m.end()
    parts.append((cloze[pos:], None))
    return parts, answers


def worksheet_context(
    article: Article,
    questions: list[Question],
    *,
    seed: int = 0,
    version: str = "A",
    paper: str = "a4",
    large_print: bool = False,
) -> dict:
    """Everything the worksheet template shows, for one version of the paper."""
    rng = random.Random(f"{seed}:{article.slug}:{version}")
    mcqs = [q for q in questions if q.type == "mcq"]
    clozes = [q for q in questions if q.type == "cloze"]
    mcqs = _share_sentences(mcqs, clozes)
    if version != "A":
        rng.shuffle(mcqs)
        mcqs = [_shuffle_options(q, rng) for q in mcqs]
    part_a = []
    for n, q in enumerate(mcqs, 1):
        letter = "ABCDE"[q.options.index(q.answer)]
        part_a.append(
            {
                "number": n,
                "prompt": q.prompt,
                "options": [("ABCDE"[i], option) for i, option in enumerate(q.options)],
                "letter": letter,
                "answer": q.answer,
                "paragraph": q.sentence.paragraph,
            }
        )
    part_b = []
    blanks: list[Blank] = []
    in_part_a = {q.sentence.text for q in mcqs}  # after _share_sentences
    in_part_b: set[str] = set()
    for q in clozes:
        if q.sentence.text in in_part_a:
            continue  # the sentence would give a Part A answer away
        if all(k == "quote" for k in q.extra.get("kinds", [q.kind])):
            continue  # speakers are asked in Part C
        if q.sentence.text in in_part_b:
            continue  # one blank of a sentence would show the answer to another
        parts, answers = _cloze_parts(q.cloze, len(blanks) + 1)
        if not answers:
            continue
        blanks += [Blank(len(blanks) + i + 1, a, q.sentence.paragraph) for i, a in enumerate(answers)]
        part_b.append({"parts": parts})
        in_part_b.add(q.sentence.text)
    bank = [b.answer for b in blanks]
    if bank:
        bank += _bank_extras(mcqs, set(bank), rng)
        rng.shuffle(bank)
    part_c = _matching(questions, rng)
    # a statement of a sentence asked in another part would give that part's answer away
    asked = {q.sentence.text for q in mcqs} | {q.sentence.text for q in clozes if q.type == "cloze"}
    statements = [q for q in questions if q.type == "true_false" and q.sentence.text not in asked]
    part_d = [
        {"number": n, "statement": q.prompt, "answer": "T" if q.answer == "true" else "F", "paragraph": q.sentence.paragraph}
        for n, q in enumerate(statements, 1)
    ]
    part_e = _timeline(questions, rng if version != "A" else None)
    return {
        "title": "Reading quiz",
        "article_title": article.title,
        "article_slug": article.slug,
        "part_a": part_a,
        "part_b": part_b,
        "blanks": blanks,
        "bank": bank,
        "part_c": part_c,
        "part_d": part_d,
        "part_e": part_e,
        "article_date": _date_of(questions),
        "version": version,
        "seed": seed,
        "paper": PAPERS.get(paper, "A4"),
        "large_print": large_print,
        "quizgen_version": __version__,
    }


def _share_sentences(mcqs: list[Question], clozes: list[Question]) -> list[Question]:
    """Leave Part B enough sentences of its own: a sentence is asked in Part A or in Part B,
    never both, so when Part A would take nearly all of them every third one goes to Part B,
    with every multiple-choice question of it (one left in Part A would keep it from Part B)."""

    def fillable(q: Question) -> bool:
        return any(k != "quote" for k in q.extra.get("kinds", [q.kind]))

    cloze_sentences = {q.sentence.text for q in clozes if fillable(q)}
    free = cloze_sentences - {q.sentence.text for q in mcqs}
    want = min(len(cloze_sentences) // 3, 8)
    # a sentence with a "Who said ...?" stays in Part A: its speaker is asked there, not in Part B
    quoted = {q.sentence.text for q in mcqs if q.kind == "quote"}
    for i, q in enumerate(mcqs):
        if len(free) < want and i % 3 == 2 and q.sentence.text in cloze_sentences and q.sentence.text not in quoted:
            free.add(q.sentence.text)
    return [q for q in mcqs if q.sentence.text not in free]


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
    return pool[: min(3, max(2, len(answers) // 2))] if answers else []


def _matching(questions: list[Question], rng: random.Random) -> dict | None:
    """'Who said it?': quotes numbered, speakers lettered, when there are three or more."""
    rows = quote_pairs(questions)
    if len(rows) < 3:
        return None
    # first-appearance order, then the seed's shuffle: a set's order changes from run to run
    speakers = list(dict.fromkeys(r[1] for r in rows))
    rng.shuffle(speakers)
    letters = {s: speaker_label(i) for i, s in enumerate(speakers)}
    return {
        "quotes": [{"number": i + 1, "quote": r[0]} for i, r in enumerate(rows)],
        "speakers": [(letters[s], s) for s in speakers],
        "key": [{"number": i + 1, "letter": letters[r[1]], "speaker": r[1], "paragraph": r[2]} for i, r in enumerate(rows)],
    }


def _date_of(questions: list[Question]) -> str:
    """The article's date as the items' context cue gives it: "Title (3 March 2025)"."""
    m = next((re.search(r"\(([^()]*\d{4})\)$", q.context) for q in questions if q.context), None)
    return m.group(1) if m else ""


def _timeline(questions: list[Question], rng: random.Random | None) -> dict | None:
    """'Put these in order': the events lettered as the question shows them (reshuffled for a
    version other than A), and the key as their letters in the right order."""
    order = next((q for q in questions if q.type == "order"), None)
    if order is None:
        return None
    shown = list(order.items)
    if rng is not None:
        rng.shuffle(shown)
    letters = "ABCDEF"
    return {
        "prompt": order.prompt,
        "events": list(zip(letters, shown, strict=False)),
        "key": [letters[shown.index(e)] for e in order.sequence],
        "dates": list(order.extra.get("dates", [])),
    }


def speaker_label(index: int) -> str:
    """The letter of the speaker at ``index`` (from 0): A to Z, then AA, AB, ... as spreadsheet
    columns run, so a long article with any number of speakers still gets one label each."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def render(article: Article, questions: list[Question], *, templates: Path | None = None, **options) -> str:
    """Render the worksheet HTML for one version."""
    env = environment(templates)
    return env.get_template("worksheet.html.j2").render(**worksheet_context(article, questions, **options))


def write_worksheet(path: Path, article: Article, questions: list[Question], **options) -> Path:
    """Write the worksheet to path atomically."""
    return write_atomic(path, render(article, questions, **options).encode())
