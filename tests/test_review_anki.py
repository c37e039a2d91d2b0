"""A reviewed deck through Anki's own importer (default options, as tests/test_anki.py imports): the teacher's
edits and then the article's correction update the notes in place, and the class's review history stays."""

from __future__ import annotations

import re

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update
from test_review import (
    DROPPED,
    FILL_IN,
    FILL_IN_REWORDED,
    MOVED,
    REKEYED,
    RETICKED,
    REWORDED,
    REWORDING,
    edit,
    review_file,
    teacher_edits,
)

from quizgen.cli import main

SLUG = "northport-tunnel"
IF_NEWER = Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
PROBLEMS = ("duplicate", "conflicting", "first_field_match", "missing_notetype", "missing_deck", "empty_first_field")


def import_deck(col: Collection, path):
    """Import as the desktop app does by default: update notes and note types if newer, no merging."""
    options = ImportAnkiPackageOptions(
        merge_notetypes=False, update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=False, with_deck_configs=False
    )
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log
    assert all(len(getattr(log, p)) == 0 for p in PROBLEMS), log
    return {"new": len(log.new), "updated": len(log.updated)}


def build(runner, src, out, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    result = runner.invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / f"{SLUG}.apkg", result


@pytest.fixture
def col(tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def card_of(col: Collection, words: str) -> int:
    """The one card whose note holds the words (a fill-in sentence given as its start: "Text:...{{c1")."""
    [note] = col.find_notes(f'"Text:*{words}*"' if words.endswith("{{c1") else f'"{words}"')
    [card] = col.get_note(note).card_ids()
    return card


def anki_items(runner, article) -> int:
    """How many multiple-choice and fill-in items quizgen asks of the article (a deck's notes)."""
    import json

    made = json.loads(runner.invoke(main, ["questions", str(article), "--format", "json"]).stdout)
    return sum(q["type"] in ("mcq", "cloze") for q in made["articles"][0]["questions"])


def study(col: Collection, cid: int) -> None:
    card = col.get_card(cid)
    card.start_timer()
    col.sched.answerCard(card, 3)


def history(col: Collection) -> dict[int, int]:
    """How many times each card was reviewed."""
    return dict(col.db.all("select cid, count() from revlog group by cid"))


def test_edits_and_a_correction_update_the_notes_in_place_and_keep_the_review_history(runner, rich, tmp_path, monkeypatch, col):
    src = tmp_path / "source"
    src.mkdir()
    article = src / f"{SLUG}.txt"
    article.write_text(rich.read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(main, ["review", str(article)]).exit_code == 0

    deck, _ = build(runner, src, tmp_path / "v1", monkeypatch, 1_700_000_000)
    first = import_deck(col, deck)
    cards = anki_items(runner, article)
    assert first["new"] == col.note_count() == cards  # every multiple-choice and fill-in item ticked
    studied = {words: card_of(col, words) for words in (REWORDED, REKEYED, DROPPED, "Northport lies {{c1")}
    for cid in studied.values():
        study(col, cid)
    reviews = history(col)
    assert sorted(reviews) == sorted(studied.values())

    # the teacher drops one, rewords one, changes a key, reorders, brings one back, rewords a fill-in
    teacher_edits(review_file(src))
    edit(review_file(src), FILL_IN, old=FILL_IN, new=FILL_IN_REWORDED)
    deck, _ = build(runner, src, tmp_path / "v2", monkeypatch, 1_700_086_400)
    second = import_deck(col, deck)
    # the one brought back is new; the rest, the reworded and the re-keyed among them, updated in place
    assert second == {"new": 1, "updated": cards - 1} and col.note_count() == cards + 1
    assert card_of(col, REWORDING) == studied[REWORDED] and not col.find_notes(f'"{REWORDED}"')  # the same card, reworded
    rekeyed = col.get_note(col.get_card(card_of(col, REKEYED)).nid)
    assert re.fullmatch(r"[A-D]\. 2020", rekeyed["Answer"]) and card_of(col, REKEYED) == studied[REKEYED]
    assert card_of(col, "Northport is {{c1") == studied["Northport lies {{c1"]
    assert col.find_notes(f'"{RETICKED}"') and col.find_notes(f'"{MOVED}"')
    # Anki never deletes on import: the dropped item's card stays in the collection as it was, with its reviews
    assert card_of(col, DROPPED) == studied[DROPPED]
    assert history(col) == reviews

    # the article is corrected: the key the teacher did not edit follows; their fill-in sentence stays theirs
    article.write_text(article.read_text(encoding="utf-8").replace("480 km", "482 km"), encoding="utf-8")
    deck, result = build(runner, src, tmp_path / "v3", monkeypatch, 1_700_172_800)
    assert "changed after you edited this item" in result.stderr
    third = import_deck(col, deck)
    assert third == {"new": 0, "updated": cards} and col.note_count() == cards + 1
    reworded = col.get_note(col.get_card(card_of(col, REWORDING)).nid)
    assert reworded["Answer"].endswith("482 km") and card_of(col, REWORDING) == studied[REWORDED]
    assert card_of(col, "Northport is {{c1") == studied["Northport lies {{c1"]
    assert history(col) == reviews  # every review the class made is still there
    assert col.get_card(studied[REWORDED]).reps == 1
