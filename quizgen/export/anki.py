"""Anki decks: fixed note types, GUIDs from each fact's identity, reproducible .apkg files."""

from __future__ import annotations

import io
import itertools
import sqlite3
import zipfile
from pathlib import Path

import genanki
from markupsafe import escape as _escape

from ..model import CLOZE, Article, Question, digest
from ..templates import template_dir
from .files import MARK, build_time, write_atomic, zip_time

# Generated once and never changed: Anki matches note types by id. A change of fields
# needs a new note type with a new name and a new id.
CLOZE_MODEL_ID = 1_738_204_117
MCQ_MODEL_ID = 1_738_204_118
DECK_ID_BASE = 1_700_000_000_000  # deck ids are this plus a hash of the deck name


def escape(text: str) -> str:
    """Article text as HTML text: markup in an article shows as characters, never as tags.
    (markupsafe's escape, which jinja2 already loads, rather than a second import of html.)"""
    return str(_escape(text))


def _read(name: str, templates: Path | None) -> str:
    for folder in (templates, template_dir()):
        if folder is not None and (folder / "anki" / name).is_file():
            return (folder / "anki" / name).read_bytes().decode()
    raise FileNotFoundError(name)


def models(templates: Path | None = None) -> tuple[genanki.Model, genanki.Model]:
    """The two note types: "quizgen Cloze" and "quizgen Multiple Choice"."""
    css = _read("style.css", templates)
    cloze = genanki.Model(
        CLOZE_MODEL_ID,
        "quizgen Cloze",
        fields=[{"name": "Text"}, {"name": "Back Extra"}, {"name": "Source"}],
        templates=[{"name": "Cloze", "qfmt": _read("cloze_front.html", templates), "afmt": _read("cloze_back.html", templates)}],
        css=css,
        model_type=genanki.Model.CLOZE,
    )
    mcq = genanki.Model(
        MCQ_MODEL_ID,
        "quizgen Multiple Choice",
        fields=[{"name": "Question"}, {"name": "Options"}, {"name": "Answer"}, {"name": "Source"}],
        templates=[
            {"name": "Multiple Choice", "qfmt": _read("mcq_front.html", templates), "afmt": _read("mcq_back.html", templates)}
        ],
        css=css,
    )
    return cloze, mcq


def deck_name(article: Article) -> str:
    """One deck per article: "quizgen::<article title>"."""
    title = " ".join(article.title.split()).replace("::", ":") or article.slug
    return f"quizgen::{title}"


def _source(article: Article, q: Question) -> str:
    e = escape
    return (
        f'<div class="qg-sentence">{e(q.sentence.text)}</div>'
        f'<div class="qg-article">{e(article.title)} · paragraph {q.sentence.paragraph}</div>'
    )


def _context(q: Question) -> str:
    """The item's frame above it on the front: the article and its date."""
    return f'<div class="qg-context">{escape(q.context)}</div>' if q.context else ""


def _cloze_text(q: Question) -> str:
    """Escape the sentence as text while keeping Anki's {{c1::...}} markup."""
    out = []
    pos = 0
    for m in CLOZE.finditer(q.cloze):
        out.append(escape(q.cloze[pos : m.start()]))
        hint = f"::{escape(m.group(3))}" if m.group(3) else ""
        out.append(f"{{{{c{m.group(1)}::{escape(m.group(2))}{hint}}}}}")
        pos = m.end()
    out.append(escape(q.cloze[pos:]))
    return "".join(out)


def notes(article: Article, questions: list[Question], templates: Path | None = None) -> list[genanki.Note]:
    """Anki notes for the questions, with GUIDs that survive a corrected answer. True-or-false
    statements and timelines are left out: a card is learnt as it is shown, so a false statement
    would be learnt as true, and a list is no card (the deck has the same facts as questions)."""
    cloze_model, mcq_model = models(templates)
    result = []
    for q in questions:
        tags = ["quizgen", *sorted(set(q.extra.get("kinds", [q.kind]))), article.slug]
        guid = genanki.guid_for(q.guid_key)
        if q.type == "cloze":
            answers = ", ".join(q.extra.get("answers", [q.answer]))
            fields = [_context(q) + _cloze_text(q), escape(answers), _source(article, q)]
            result.append(genanki.Note(model=cloze_model, fields=fields, tags=tags, guid=guid))
        elif q.type == "mcq":
            letter = "ABCDE"[q.options.index(q.answer)]
            options = '<ol class="qg-options" type="A">' + "".join(f"<li>{escape(o)}</li>" for o in q.options) + "</ol>"
            fields = [_context(q) + escape(q.prompt), options, f"{letter}. {escape(q.answer)}", _source(article, q)]
            result.append(genanki.Note(model=mcq_model, fields=fields, tags=tags, guid=guid))
    return result


def deck_bytes(
    article: Article, questions: list[Question], timestamp: float | None = None, templates: Path | None = None
) -> bytes:
    """The .apkg for one article, byte-identical for the same input and timestamp."""
    ts = build_time() if timestamp is None else timestamp
    name = deck_name(article)
    deck = genanki.Deck(DECK_ID_BASE + int(digest(name, size=8), 16) % 1_000_000_000, name)
    for note in notes(article, questions, templates):
        deck.add_note(note)
    package = genanki.Package(deck)
    conn = sqlite3.connect(":memory:")
    cursor = conn.cursor()
    package.write_to_db(cursor, ts, itertools.count(int(ts * 1000)))  # note and card ids from the build time
    conn.commit()
    db = conn.serialize()
    conn.close()
    buf = io.BytesIO()
    stamp = zip_time(ts)
    with zipfile.ZipFile(buf, "w") as z:  # every entry says how it is compressed
        z.comment = MARK  # how a rebuild knows the file is its own to replace
        for entry, data in (("collection.anki2", db), ("media", b"{}")):
            info = zipfile.ZipInfo(entry, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return buf.getvalue()


def write_deck(path: Path, article: Article, questions: list[Question], templates: Path | None = None) -> Path:
    """Write the article's deck to path atomically."""
    return write_atomic(path, deck_bytes(article, questions, templates=templates))
