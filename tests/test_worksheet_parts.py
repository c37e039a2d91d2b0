"""The worksheet's parts from questions written for the tests: which sentence goes to which part, the
template's environment, and the files quizgen may replace."""

from __future__ import annotations

import jinja2
import pytest
from conftest import RICH

from quizgen.articles import read_article
from quizgen.export.files import MARK, build_time, ours
from quizgen.export.worksheet import environment, render, worksheet_context
from quizgen.model import Question, Sentence

ARTICLE = read_article(RICH)


def sentence(n: int) -> Sentence:
    return Sentence(f"Sentence {n} of the article.", 100 * n, 100 * n + 26, n)


def choice(n: int, kind: str = "count") -> Question:
    return Question("mcq", kind, (f"m{n}",), sentence(n), "14", prompt=f"Question {n} _____?", options=("10", "14", "17", "20"),
                    guid_key=f"m{n}")  # fmt: skip


def card(n: int, kinds: list[str] | None = None, hint: str = "number") -> Question:
    extra = {"kinds": kinds} if kinds else {}
    text = f"Sentence {{{{c1::{n}::{hint}}}}} of it."
    return Question("cloze", (kinds or ["count"])[0], (f"c{n}",), sentence(n), "14", cloze=text, guid_key=f"c{n}", extra=extra)


def parts(questions: list[Question]) -> tuple[list[int], list[int]]:
    """The paragraphs asked in Part A and in Part B."""
    sheet = worksheet_context(ARTICLE, questions)
    part_b = [b.paragraph for b in sheet["blanks"]]
    return [q["paragraph"] for q in sheet["part_a"]], part_b


@pytest.mark.parametrize(
    "choices,cards_only,part_a,part_b",
    [
        (9, 0, [1, 2, 4, 5, 7, 8], [3, 6, 9]),  # nine sentences: three go to Part B, every third one
        (6, 3, [1, 2, 3, 4, 5, 6], [7, 8, 9]),  # Part B has its three already
        (6, 1, [1, 2, 4, 5, 6], [3, 7]),  # one short: the third goes
        (27, 0, [n for n in range(1, 28) if n % 3 or n > 24], [3, 6, 9, 12, 15, 18, 21, 24]),  # never more than eight
    ],
    ids=["every third sentence", "enough of its own", "one more needed", "eight at most"],
)
def test_part_b_gets_a_third_of_the_fill_in_sentences_from_part_a(choices, cards_only, part_a, part_b):
    questions = [choice(n) for n in range(1, choices + 1)] + [card(n) for n in range(1, choices + cards_only + 1)]
    assert parts(questions) == (part_a, part_b)


def test_a_sentence_with_a_who_said_it_stays_in_part_a_with_every_question_of_it():
    who = Question("mcq", "quote", ("w",), sentence(3), "Ann Lee", prompt="Who said it?", options=("Ann Lee", "Bo Li", "Cy Wu"),
                   guid_key="w")  # fmt: skip
    questions = [choice(1), choice(2), who, choice(3), choice(4), choice(5)] + [card(n) for n in range(1, 7)]
    # the third question asked is a "Who said ...?": its sentence stays, and the sixth goes instead
    assert parts(questions) == ([1, 2, 3, 3, 4], [5, 6])


def test_part_b_leaves_out_speakers_and_a_second_blank_of_a_sentence():
    questions = [
        card(1, kinds=["quote"], hint="who"),  # asked in Part C
        Question("cloze", "quote", ("q",), sentence(2), "Ann Lee", cloze="Sentence {{c1::Ann Lee::who}} of it.", guid_key="q"),
        card(3),
        Question("cloze", "count", ("c3b",), sentence(3), "7", cloze="Sentence 3 {{c1::7::number}} of it.", guid_key="c3b"),
        Question("cloze", "date", ("w4",), sentence(4), "Bo Li", cloze="Sentence {{c1::Bo Li::who}} of it.", guid_key="w4"),
        card(5),
    ]  # fmt: skip
    assert parts(questions) == ([], [3, 5])


def test_the_default_paper_is_version_a_on_a4_in_standard_print_with_seed_0():
    questions = [choice(1), card(2)]
    assert worksheet_context(ARTICLE, questions) == worksheet_context(
        ARTICLE, questions, seed=0, version="A", paper="a4", large_print=False
    )
    sheet = worksheet_context(ARTICLE, questions, paper="legal")
    assert (sheet["paper"], sheet["title"]) == ("A4", "Reading quiz")  # a size it does not know: A4


def test_version_a_shows_the_timeline_as_the_question_does_and_other_versions_reshuffle():
    events = tuple(f"Event {n} happened." for n in range(1, 6))
    order = Question("order", "date", ("o",), sentence(1), "\n".join(events), prompt="Put these events in order, earliest first.",
                     items=(events[2], events[0], events[4], events[1], events[3]), sequence=events, guid_key="o")  # fmt: skip
    shown = {v: [e for _, e in worksheet_context(ARTICLE, [order], version=v)["part_e"]["events"]] for v in "ABCD"}
    assert shown["A"] == list(order.items)
    assert any(shown[v] != shown["A"] for v in "BCD")


def test_the_page_ends_with_a_newline_and_a_teachers_template_with_a_typo_fails_loudly(tmp_path):
    assert render(ARTICLE, [choice(1)]).endswith("</html>\n")
    (tmp_path / "worksheet.html.j2").write_text("<p>{{ article_titel }}</p>\n", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        render(ARTICLE, [choice(1)], templates=tmp_path)


def test_markup_in_the_article_is_text_on_the_page():
    page = render(read_article(RICH.parent / "eldvik-bridge.txt"), [choice(1)])
    assert "&lt;i&gt;bridge&lt;/i&gt;" in page and "<i>bridge</i>" not in page


def test_the_shipped_templates_unless_the_teacher_gives_a_folder(tmp_path, monkeypatch):
    (tmp_path / "None").mkdir()
    (tmp_path / "None" / "worksheet.html.j2").write_text("NOT OURS", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a folder called "None" is nobody's templates
    assert "NOT OURS" not in render(ARTICLE, [choice(1)])
    assert environment(tmp_path / "None").get_template("worksheet.html.j2").render() == "NOT OURS"


def test_compiled_templates_are_cached_in_the_users_cache_folder(tmp_path, monkeypatch):
    from quizgen import __version__

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    render(ARTICLE, [choice(1)])
    [folder] = (tmp_path / "xdg" / "quizgen").iterdir()
    assert folder.name == f"jinja2-{jinja2.__version__}-quizgen-{__version__}" and list(folder.iterdir())
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    render(ARTICLE, [choice(1)])
    assert list((tmp_path / "home" / ".cache" / "quizgen").iterdir())
    (tmp_path / "locked").write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "locked"))
    assert environment().bytecode_cache is None  # no cache, and the worksheet is still made
    assert "Reading quiz" in render(ARTICLE, [choice(1)])


def test_an_unwritable_cache_folder_is_no_cache(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p).startswith(str(tmp_path)) else real(p, mode))
    assert environment().bytecode_cache is None


# --- the files quizgen may replace -----------------------------------------------------------------


@pytest.mark.parametrize(
    "content,made",
    [
        (MARK + b" " * 9000, True),
        (b" " * 9000 + MARK, True),
        (b" " * 4081 + MARK + b" " * 9000, True),  # the mark ends in the first 4,096 bytes
        (b" " * 4082 + MARK + b" " * 9000, False),  # one byte later, in the middle of the file
        (b" " * 9000 + MARK + b" " * 241, True),  # starts in the last 256 bytes
        (b" " * 9000 + MARK + b" " * 242, False),
        (b'<meta name="generator" content="quizgen 1.0">', True),
        (b"a teacher's own file", False),
    ],
    ids=["mark first", "mark last", "mark at the end of the head", "mark past the head", "mark in the tail",
         "mark before the tail", "a worksheet's generator", "someone else's"],
)  # fmt: skip
def test_a_file_is_quizgens_by_its_mark_at_the_start_or_end(tmp_path, content, made):
    path = tmp_path / "deck.apkg"
    path.write_bytes(content)
    assert ours(path) is made


def test_a_file_with_no_mark_of_its_own_is_quizgens_by_the_folders_list(tmp_path):
    (tmp_path / "a.quizlet.txt").write_text("cards\n", encoding="utf-8")
    (tmp_path / "b.quizlet.txt").write_text("cards\n", encoding="utf-8")
    (tmp_path / ".quizgen-made").write_text("a.quizlet.txt\n", encoding="utf-8")
    assert ours(tmp_path / "a.quizlet.txt") and not ours(tmp_path / "b.quizlet.txt")
    assert not ours(tmp_path / "missing.txt")


@pytest.mark.parametrize("epoch,expected", [("1700000000", 1700000000.0), (" 1700000000 ", 1700000000.0)])
def test_the_build_time_from_source_date_epoch(monkeypatch, epoch, expected):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert build_time() == expected


@pytest.mark.parametrize("epoch", [None, "", "soon", "-5"])
def test_the_build_time_is_now_without_a_usable_epoch(monkeypatch, epoch):
    import time

    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert abs(build_time() - time.time()) < 5
