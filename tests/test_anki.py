"""The decks as Anki itself imports them (Anki's own `anki` package, default import options)."""

from __future__ import annotations

import html
import zipfile

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Update

from quizgen.cli import main

SLUG = "kim-jong-un-russia-visit"
IF_NEWER = Update.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
PROBLEMS = ("duplicate", "conflicting", "first_field_match", "missing_notetype", "missing_deck", "empty_first_field")


def build(runner, src, out, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    result = runner.invoke(main, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / f"{SLUG}.apkg"


def import_deck(col: Collection, path):
    """Import as the desktop app does by default: update notes and note types if newer, no merging."""
    options = ImportAnkiPackageOptions(
        merge_notetypes=False, update_notes=IF_NEWER, update_notetypes=IF_NEWER, with_scheduling=False, with_deck_configs=False
    )
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log
    return {name: len(getattr(log, name)) for name in ("new", "updated", *PROBLEMS)}


@pytest.fixture
def source(tmp_path, bundled):
    src = tmp_path / "source"
    src.mkdir()
    (src / f"{SLUG}.txt").write_text(bundled.read_text(encoding="utf-8"), encoding="utf-8")
    return src


@pytest.fixture
def col(tmp_path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def test_deck_imports_cleanly_and_every_card_renders(runner, source, tmp_path, monkeypatch, col):
    from quizgen.pipeline import analyse

    deck = build(runner, source, tmp_path / "out", monkeypatch, 1_700_000_000)
    log = import_deck(col, deck)
    _, _, questions = analyse(source / f"{SLUG}.txt")
    assert log["new"] == sum(q.type in ("mcq", "cloze") for q in questions) >= 4
    assert all(log[p] == 0 for p in PROBLEMS), log
    names = {m["name"] for m in col.models.all()}
    assert {"quizgen Cloze", "quizgen Multiple Choice"} <= names
    assert "quizgen::Kim Jong Un to visit Russia at Vladimir Putin’s invitation" in col.decks.all_names()
    cards = [col.get_card(cid) for cid in col.find_cards("deck:quizgen*")]
    assert len(cards) >= log["new"]
    for card in cards:
        q, a = card.question(), card.answer()
        assert "{{" not in q and "{{" not in a
        assert "Kim Jong Un to visit Russia" in a  # the back names the article
    note = col.get_note(col.find_notes('"Vladivostok lies"')[0])
    assert set(note.tags) >= {"quizgen", SLUG}


def test_a_corrected_number_updates_the_note_and_keeps_reviews(runner, source, tmp_path, monkeypatch, col):
    import_deck(col, build(runner, source, tmp_path / "v1", monkeypatch, 1_700_000_000))
    notes_before = col.note_count()
    models_before = len(col.models.all())
    for cid in col.find_cards("deck:quizgen*")[:4]:
        card = col.get_card(cid)
        card.start_timer()
        col.sched.answerCard(card, 3)
    reviews = col.db.scalar("select count() from revlog")
    assert reviews == 4

    article = source / f"{SLUG}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("130 km (80 miles)", "131 km (81 miles)"), encoding="utf-8")
    log = import_deck(col, build(runner, source, tmp_path / "v2", monkeypatch, 1_700_086_400))

    assert log["new"] == 0 and all(log[p] == 0 for p in PROBLEMS), log
    assert col.note_count() == notes_before
    assert len(col.models.all()) == models_before  # no renamed copies of the note types
    assert col.find_notes('"131 km"') and not col.find_notes('"130 km"')
    assert col.db.scalar("select count() from revlog") == reviews


def test_same_source_date_epoch_gives_identical_bytes(runner, source, tmp_path, monkeypatch):
    a = build(runner, source, tmp_path / "a", monkeypatch, 1_700_000_000).read_bytes()
    b = build(runner, source, tmp_path / "b", monkeypatch, 1_700_000_000).read_bytes()
    assert a == b
    with zipfile.ZipFile(tmp_path / "a" / f"{SLUG}.apkg") as z:
        assert [i.filename for i in z.infolist()] == ["collection.anki2", "media"]
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [f"{SLUG}.apkg", f"{SLUG}.html"]  # no temp files left


def test_article_text_is_never_markup_in_a_field(tmp_path):
    from quizgen.articles import parse_article
    from quizgen.export.anki import notes
    from quizgen.extract import extract
    from quizgen.generate import generate

    article = parse_article(
        "Title <b>bold</b>\n\nThe <script>alert(1)</script> crew made four trips to <img src=x onerror=alert(2)> China in 2018.\n"
    )
    fields = [f for n in notes(article, generate(article, extract(article))) for f in n.fields]
    joined = "".join(fields)
    assert "<script>" not in joined and "<img" not in joined
    assert html.escape("<script>alert(1)</script>") in joined
