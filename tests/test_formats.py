"""Each classroom file as its importer expects it, item type by item type, for questions written for
the tests: Moodle XML and Canvas's QTI as golden files (tests/golden/), the other targets by what
their importers read (GIFT's escaping, Kahoot's and Quizizz's templates, Quizlet's lines).

A golden file is the exact file a teacher imports; a change to it is a change to what Moodle or
Canvas makes of the questions. When a change is meant, write the new one with
UPDATE_GOLDEN=1 pytest tests/test_formats.py and read its diff before committing it.
"""

from __future__ import annotations

import io
import json
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_keys import read_gift

from quizgen.articles import parse_article
from quizgen.export.anki import deck_bytes, write_deck
from quizgen.export.gift import gift
from quizgen.export.moodle import moodle
from quizgen.export.qti import qti
from quizgen.export.quizlet import quizlet
from quizgen.export.sheets import _time_limit, kahoot, quizizz
from quizgen.export.targets import in_play, quote_pairs, shorten
from quizgen.model import Question, Sentence

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = parse_article(
    "Avalonia & Norland: a <b>tunnel</b> {opens}\n\nThe Northport Tunnel opened.\n", source="t.txt", slug="tunnel"
)
CUE = "Avalonia & Norland: a <b>tunnel</b> {opens} (3 March 2025)"


def sentence(text: str, paragraph: int) -> Sentence:
    return Sentence(text, 100 * paragraph, 100 * paragraph + len(text), paragraph)


S1 = sentence("Northport lies 480 km (300 miles) from Eldvik, the capital of Avalonia.", 1)
S2 = sentence("The tunnel has 14 exits = a record {B:2} #1, said Ann <Lee> & co.", 2)
S3 = sentence("“We drilled for 9 years,” said engineer Sam O’Neil.", 3)
S4 = sentence("Trains ran in 2018 and 2019 under the Grey Mountains.", 4)
S5 = sentence("Avalonia opened the Eldvik Tunnel in 1998.", 5)


def mcq(kind: str, s: Sentence, answer: str, prompt: str, options: tuple[str, ...], key: str, **extra) -> Question:
    return Question("mcq", kind, (key,), s, answer, prompt=prompt, options=options, guid_key=key, context=CUE, extra=extra)


def cloze(kind: str, s: Sentence, text: str, key: str, context: str = CUE) -> Question:
    """A cloze of the sentence: its answers, kinds and quotes as the generator records them."""
    marks = re.findall(r"\{\{c\d+::(.*?)::(\w+)\}\}", text)
    quotes = [(a, re.search(r"“(.*?),?”", s.text).group(1)) for a, hint in marks if hint == "who"]
    extra = {"answers": [a for a, _ in marks], "kinds": [kind] * len(marks), "quotes": quotes}
    return Question("cloze", kind, (key,), s, marks[0][0], cloze=text, guid_key=key, context=context, extra=extra)


def statement(kind: str, s: Sentence, answer: str, prompt: str, key: str) -> Question:
    return Question("true_false", kind, (key,), s, answer, prompt=prompt, guid_key=key, context=CUE)


EVENTS = ("Avalonia opened the Eldvik Tunnel.", "Ann & Bo met.", "Trains ran under the Grey Mountains.")
QUESTIONS = [
    mcq("distance", S1, "480 km", "How far does Northport lie from Eldvik?", ("300 km", "480 km", "650 km", "1,200 km"), "k1",
        number=480, unit="km"),
    mcq("count", S2, "14", "The tunnel has _____ exits = a record {B:2} #1, said Ann <Lee> & co.", ("10", "14", "17", "20"), "k2",
        number=14, unit="", hedged=False),
    mcq("quote", S3, "Sam O’Neil", "Who said “We drilled for 9 years”?",
        ("Maria Lindqvist", "Sam O’Neil", "Jonas Berg", "Peter Holm"), "k3", quotes=[("Sam O’Neil", "We drilled for 9 years")]),
    cloze("date", S4, "Trains ran in {{c1::2018::date}} and {{c1::2019::date}} under the Grey Mountains.", "k4"),
    cloze("quote", S3, "“We drilled for 9 years,” said engineer {{c1::Sam O’Neil::who}}.", "k5"),
    cloze("distance", S1, "Northport lies {{c1::480 km (300 miles)::distance}} from Eldvik, the capital of Avalonia.", "k6"),
    statement("date", S5, "false", "Avalonia opened the Eldvik Tunnel in 2001.", "k7"),
    statement("date", S4, "true", "Trains ran in 2018 and 2019 under the Grey Mountains.", "k8"),
    statement("distance", S1, "true", "Northport lies 480 km from Eldvik.", "k9"),
    Question("order", "date", ("e", "y1", "y2"), S5, "\n".join(EVENTS), prompt="Put these events in order, earliest first.",
             items=(EVENTS[2], EVENTS[0], EVENTS[1]), sequence=EVENTS, guid_key="k10", context=CUE,
             extra={"dates": ["1998", "2004", "2018"]}),
    cloze("quote", sentence("“The line is open,” said Maria Lindqvist.", 6),
          "“The line is open,” said {{c1::Maria Lindqvist::who}}.", "k11", context=""),
    cloze("quote", sentence("“It runs,” he said.", 7), "“It runs,” {{c1::he::who}} said.", "k12", context=""),
    cloze("quote", sentence("“Freight  moves,”  said Jonas Berg.", 7), "“Freight  moves,”  said {{c1::Jonas Berg::who}}.", "k13",
          context=""),
]  # fmt: skip


def golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(data)
    assert data.decode("utf-8") == path.read_text(encoding="utf-8"), f"{name} changed; see this module's docstring"


def test_moodle_xml_is_the_golden_file():
    data, report = moodle(ARTICLE, QUESTIONS)
    golden("questions.moodle.xml", data)
    assert report.line() == "moodle: 15 written, 1 skipped (true or false of a sentence asked as multiple choice)"


def test_qti_package_is_the_golden_file(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data, report = qti(ARTICLE, QUESTIONS)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.comment == b"made by quizgen"  # a rebuild may replace its own file
        names = z.namelist()
        assert names[0] == "imsmanifest.xml" and all(i.date_time == (2023, 11, 14, 22, 13, 20) for i in z.infolist())
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist())
        golden("questions.qti.manifest.xml", z.read(names[0]))
        golden("questions.qti.xml", z.read(names[1]))
    assert names[1] == "qg22fbac46bd5a5982/qg22fbac46bd5a5982.xml"
    assert report.line() == (
        "qti: 9 written, 2 skipped (Canvas's QTI has no ordering question; true or false of a sentence asked as multiple choice)"
    )
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "100")  # before 1980, which a zip cannot hold
    with zipfile.ZipFile(io.BytesIO(qti(ARTICLE, QUESTIONS)[0])) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_an_item_type_a_target_does_not_know_is_left_out_and_the_rest_written(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # two builds compared byte for byte: one clock
    odd = Question("matching", "quote", ("m",), S3, "", pairs=(("We drilled", "Sam O’Neil"),), guid_key="m")
    for export in (gift, moodle, qti, kahoot, quizizz):
        with_odd, alone = export(ARTICLE, [odd, QUESTIONS[0]]), export(ARTICLE, [QUESTIONS[0]])
        assert with_odd[0] == alone[0] and with_odd[1].written == alone[1].written > 0, export.__name__


def test_qti_identifiers_follow_the_article():
    other = parse_article("Another title\n\nThe Northport Tunnel opened.\n", source="t.txt", slug="tunnel")
    assert qti(ARTICLE, QUESTIONS)[0] != qti(other, QUESTIONS)[0]
    with zipfile.ZipFile(io.BytesIO(qti(other, QUESTIONS)[0])) as z:
        assert z.namelist()[1] != "qg22fbac46bd5a5982/qg22fbac46bd5a5982.xml"


# --- GIFT ------------------------------------------------------------------------------------------

# Text a teacher or an article may hold: every character GIFT gives a meaning to, but "}" (pygiftparser
# ends an answer at "\}", which Moodle reads as a brace; test_gift_escapes_a_closing_brace checks it)
# and "->" (GIFT has no escape for it: Moodle would read the question as a matching one)
TEXT = (
    st.text(alphabet=st.sampled_from(list("ab1 ~=#{:\\<>&")), min_size=1, max_size=12)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, min_size=4, max_size=4, unique=True), st.integers(0, 3), TEXT)
def test_gift_reads_back_whatever_characters_an_item_holds(options, key, stem):
    q = Question("mcq", "count", ("f",), S2, options[key], prompt=f"{stem} _____ {stem}", options=tuple(options), guid_key="g")
    [(form, text, (shown, keys))] = read_gift(gift(ARTICLE, [q])[0])
    assert form == "choice" and shown == tuple(options) and keys == (options[key],)


def test_gift_escapes_a_closing_brace():
    q = Question("mcq", "count", ("f",), S2, "}", prompt="Which {one}?", options=("}", "{", "=", "~"), guid_key="g")
    text = gift(ARTICLE, [q])[0].decode("utf-8")
    assert "::Q1:: [html]Which \\{one\\}? {\n=\\}\n~\\{\n~\\=\n~\\~\n####" in text


def test_gift_file_opens_with_its_mark_and_category():
    text = gift(ARTICLE, QUESTIONS)[0].decode("utf-8")
    lines = text.splitlines()
    # GIFT's shape: comments, the category, then questions apart by a blank line, each closing its answers
    blocks = text.strip().split("\n\n")
    assert all(b.startswith("//") or b.startswith("$CATEGORY") for b in blocks[:1])
    for block in blocks[1:]:
        assert block.startswith("::Q"), block
        assert len(re.findall(r"(?<!\\)\{", block)) == len(re.findall(r"(?<!\\)\}", block)) == 1, block  # one answer set
        assert block.endswith("}") or "{=" in block  # at the end, or a missing word's blank inside the sentence
    assert "{#480:40\n" in text and "{#14\n" in text  # a tolerance where a count may be off, none for a small count
    assert lines[0] == "// made by quizgen"  # a rebuild may replace its own file
    assert lines[2].startswith("$CATEGORY: $course$/quizgen/Avalonia & Norland")
    assert re.findall(r"^::(Q\d+)", text, re.M) == [f"Q{n}" for n in range(1, 11)]
    # each question's feedback is the sentence it came from
    assert "####Northport lies 480 km (300 miles) from Eldvik, the capital of Avalonia. (paragraph 1)" in text
    assert gift(ARTICLE, QUESTIONS)[1].line() == (
        "gift: 10 written, 2 skipped (GIFT has no ordering question; true or false of a sentence asked as multiple choice)"
    )


def test_who_said_it_needs_three_quotes():
    quoted = [q for q in QUESTIONS if q.extra.get("quotes")]
    assert len(quote_pairs(quoted)) == 3  # "he" is no one to match
    for export in (gift, moodle):
        assert b"Who said it?" in export(ARTICLE, quoted)[0]
        assert b"Who said it?" not in export(ARTICLE, quoted[:2])[0]


def test_quote_pairs_in_reading_order_once_each():
    pairs = quote_pairs(list(reversed(QUESTIONS)))
    assert pairs == [
        ("We drilled for 9 years", "Sam O’Neil", 3),
        ("The line is open", "Maria Lindqvist", 6),
        ("Freight moves", "Jonas Berg", 7),
    ]


def test_a_statement_of_a_sentence_asked_as_multiple_choice_is_left_out():
    kept, skipped = in_play(QUESTIONS)
    assert [q.guid_key for q in kept if q.type == "true_false"] == ["k7", "k8"]
    assert skipped == ["true or false of a sentence asked as multiple choice"]


# --- Kahoot, Quizizz, Quizlet ----------------------------------------------------------------------


def sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_kahoot_fills_its_quiz_template():
    data, report = kahoot(ARTICLE, QUESTIONS)
    ws = sheet(data)
    assert ws.title == "Sheet1" and ws["B2"].value == "Quiz template"
    assert ws["B3"].value == "quizgen: Avalonia & Norland: a <b>tunnel</b> {opens}"
    assert ws["B4"].value.startswith("Add questions, at least two answer alternatives")
    assert [c.value for c in ws[8]] == [
        None,
        "Question - max 120 characters",
        "Answer 1 - max 75 characters",
        "Answer 2 - max 75 characters",
        "Answer 3 - max 75 characters",
        "Answer 4 - max 75 characters",
        "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
        "Correct answer(s) - choose at least one",
    ]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=9)]
    assert rows[0] == [1, "How far does Northport lie from Eldvik?", "300 km", "480 km", "650 km", "1,200 km", 20, 2]
    assert rows[3] == [4, "Avalonia opened the Eldvik Tunnel in 2001.", "True", "False", None, None, 20, 2]
    assert rows[4][2:5] == ["True", "False", None] and rows[4][7] == 1
    assert report.line() == (
        "kahoot: 5 written, 8 skipped (fill-in sentences and timelines have no Kahoot quiz equivalent;"
        " true or false of a sentence asked as multiple choice)"
    )
    assert zipfile.ZipFile(io.BytesIO(data)).comment == b"made by quizgen"


def test_kahoot_cuts_a_long_stem_and_skips_what_will_not_fit():
    long = (
        "The tunnel, which took years to build under the mountains of Avalonia, has _____ exits"
        " for the trains that run through it every day."
    )

    def count(prompt: str, options: tuple[str, ...], key: str = "14") -> Question:
        return Question("mcq", "count", ("c",), S2, key, prompt=prompt, options=options, guid_key=prompt + key)

    wide = count("How many?", ("10", "14" + "x" * 74, "17", "20"), key="14" + "x" * 74)  # 76 characters
    fits = count("How many exits?", ("10", "14" + "x" * 73, "17", "20"), key="14" + "x" * 73)  # 75: Kahoot's most
    blank = count(long, ("10", "14", "17", "20"))
    wh = count(long.replace("has _____ exits", "has how many exits") + "?", ("10", "14", "17", "20"))
    data, report = kahoot(ARTICLE, [wide, blank, wh, fits])  # what does not fit stops nothing after it
    rows = [[c.value for c in row] for row in sheet(data).iter_rows(min_row=9)]
    assert [(r[0], r[1]) for r in rows] == [
        (
            1,
            "…took years to build under the mountains of Avalonia, has _____ exits for the trains that run through it every day.",
        ),
        (2, "The tunnel, which took years to build under the mountains of Avalonia, has how many exits for the trains that run…"),
        (3, "How many exits?"),
    ]
    assert all(len(r[1]) <= 120 for r in rows) and rows[2][3] == "14" + "x" * 73
    assert report.shortened == [blank.prompt, wh.prompt]
    assert (
        report.line() == "kahoot: 3 written, 2 shortened, 1 skipped (question or answer too long for Kahoot even when shortened)"
    )


def test_quizizz_fills_its_question_template():
    data, report = quizizz(ARTICLE, QUESTIONS)
    ws = sheet(data)
    assert ws.title == "Sheet1"
    assert [c.value for c in ws[1]] == [
        "Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
        "Correct Answer", "Time in seconds", "Image Link", "Answer explanation",
    ]  # fmt: skip
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert rows[0] == [
        f"[{CUE}] How far does Northport lie from Eldvik?", "Multiple Choice", "300 km", "480 km", "650 km", "1,200 km", None,
        2, 45, None, "Northport lies 480 km (300 miles) from Eldvik, the capital of Avalonia. (paragraph 1)",
    ]  # fmt: skip
    assert rows[3] == [
        f"[{CUE}] Trains ran in _____ under the Grey Mountains.", "Fill-in-the-Blank", "2018 and 2019", None, None, None, None,
        None, 45, None, "Trains ran in 2018 and 2019 under the Grey Mountains. (paragraph 4)",
    ]  # fmt: skip
    assert report.line() == (
        "quizizz: 7 written, 2 skipped (Quizizz's spreadsheet has no ordering question;"
        " true or false of a sentence asked as multiple choice)"
    )


@pytest.mark.parametrize(
    "length,allowed,expected",
    [(0, (5, 10, 20, 30), 20), (40, (5, 10, 20, 30), 20), (43, (5, 10, 20, 30), 20), (44, (5, 10, 20, 30), 30),
     (100, (5, 10, 20, 30, 60), 60), (1000, (5, 10, 20, 30, 60), 60)],
    ids=["nothing to read: 20 s", "40 characters: 20 s", "43 characters: 20 s", "44 characters: 21 s wanted, 30 given",
         "100 characters: 35 s wanted, 60 given", "too long for any: the longest"],
)  # fmt: skip
def test_time_to_read_a_question(length, allowed, expected):
    assert _time_limit("x" * length, allowed) == expected


def test_quizlet_lines_are_one_card_each():
    data, report = quizlet(ARTICLE, QUESTIONS)
    assert report.line() == "quizlet: 5 written, 4 skipped (true-or-false statements and timelines make no flash cards)"
    text = data.decode("utf-8")
    assert text.splitlines()[0] == f"[{CUE}] How far does Northport lie from Eldvik?\t480 km"
    assert f"[{CUE}] Trains ran in _____ under the Grey Mountains.\t2018 and 2019" in text.splitlines()
    assert text.endswith("\n") and "\r" not in text
    q = Question("mcq", "count", ("c",), S2, "14\tx", prompt="How\tmany\nexits?", options=("14\tx",), guid_key="t")
    assert quizlet(ARTICLE, [q])[0] == b"How many exits?\t14 x\n"  # tabs and line ends inside a card become spaces


# --- shortening ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,limit,keep,expected",
    [
        ("Short enough.", 20, "_____", "Short enough."),
        ("One two three _____ four five six seven.", 30, "_____", "…two three _____ four five…"),
        ("_____ workers built the long tunnel under the mountains.", 30, "_____", "_____ workers built the long…"),
        ("Workers built the long tunnel under the mountains in _____.", 30, "_____", "…the mountains in _____."),
        ("Workers built the long tunnel under the mountains.", 30, "", "Workers built the long…"),
        ("Supercalifragilisticexpialidocious _____", 10, "_____", "…_____"),
        ("a _____ b", 5, "_____", None),
        ("Nothing to keep here at all, none.", 20, "_____", "Nothing to keep…"),
        ("Twenty-nine characters fit it", 28, "_____", "Twenty-nine characters fit…"),
        ("Twenty-nine characters fit it", 29, "_____", "Twenty-nine characters fit it"),
        ("aaaa bbbb _____ cccc dddd", 22, "_____", "…bbbb _____ cccc dddd"),
        ("ab cd ef", 4, "_____", "ab…"),
        ("a a _____ ccc ccc ccc", 11, "_____", "…a _____…"),
        ("bb eeeeeee dddd _____y", 7, "_____", "…_____y"),
        ("aa bb _____cccccccc", 14, "_____", None),
        ("a f ccc a eeeeeee", 4, "_____", "a…"),
        ("x_____ eeeeeee dddd", 7, "_____", "x_____…"),
        ("Abcdefgh_____ x", 10, "_____", None),
    ],
    ids=["fits", "cut on both sides", "cut at the end", "cut at the start", "no blank: the start kept", "a long word cut away",
         "cannot fit", "no blank found: from the start", "one over", "just fits", "as much on each side: the start goes first",
         "no blank: cut down to the first word", "a one-letter word cut", "no space after the blank: the start cut",
         "no space after the blank to cut at", "no space before the blank to cut at", "the last word before the end",
         "no word before the blank: the end is cut"],
)  # fmt: skip
def test_shorten_keeps_the_blank_in_view(text, limit, keep, expected):
    out = shorten(text, limit, keep)
    assert out == expected
    if out is not None:
        assert len(out) <= limit and (not keep or keep not in text or keep in out)


@pytest.mark.parametrize(
    "value,typed",
    [(130, "130"), (130.0, "130"), (26.2, "26.2"), (0.5, "0.5"), (2300, "2300"), (12.25, "12.25")],
    ids=["a whole number", "a whole float", "a decimal", "a half", "no thousands comma", "two decimals"],
)
def test_a_number_as_a_student_types_it(value, typed):
    from quizgen.export.targets import plain

    assert plain(value) == typed


def test_a_typed_answer_keeps_moodles_special_characters_as_text():
    s = sentence("The code was A&B {2}: #1 <top>.", 9)
    q = cloze("count", s, "The code was {{c1::A&B {2}: #1 <top>::number}}.", "k20")
    [question] = [e for e in ET.fromstring(moodle(ARTICLE, [q])[0]).iter("question") if e.get("type") == "cloze"]
    assert r"{1:SHORTANSWER:=A&amp;B \{2\}\: \#1 &lt;top&gt;}" in question.findtext("questiontext/text")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Avalonia bought {{c1::40::number}} trains from Norland in {{c1::2004::date}}.",
         [("Avalonia bought ", "40", " trains from Norland in 2004."),
          ("Avalonia bought 40 trains from Norland in ", "2004", ".")]),
        ("Trains ran in {{c1::2018::date}} and {{c1::2019::date}} here.", [("Trains ran in ", "2018 and 2019", " here.")]),
        ("It took {{c1::5::number}}-{{c1::6::number}} days.", [("It took ", "5-6", " days.")]),
        ("{{c1::Ann Lee::who}} said {{c2::40::number}} trains.", [("Ann Lee said ", "40", " trains.")]),
        ("In {{c1::2018::date}}, {{c2::2019::date}} and {{c1::2020::date}}.",
         [("In ", "2018", ", 2019 and 2020."), ("In 2018, ", "2019", " and 2020."), ("In 2018, 2019 and ", "2020", ".")]),
    ],
    ids=["marks apart are a blank each", "marks joined by 'and' are one blank", "by a dash", "a speaker is no blank",
         "marks of other cards between"],
)  # fmt: skip
def test_the_blanks_of_a_sentence_a_student_types(text, expected):
    from quizgen.export.targets import blanks

    assert blanks(Question("cloze", "date", ("b",), S4, "", cloze=text, guid_key="b")) == expected


def test_a_teachers_two_blanks_are_two_typed_questions_each_with_its_own_key():
    q = cloze("count", sentence("Avalonia bought 40 trains from Norland in 2004.", 8),
              "Avalonia bought {{c1::40::number}} trains from Norland in {{c1::2004::date}}.", "t")  # fmt: skip
    items = [(form, key) for form, _, key in read_gift(gift(ARTICLE, [q])[0])]
    assert items == [("blank", ("40",)), ("blank", ("2004",))]


# --- Anki ------------------------------------------------------------------------------------------


def collection(data: bytes):
    """The deck's collection, as Anki's importer opens it."""
    import sqlite3

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        db = z.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(db)
    return conn


def test_anki_note_types_are_the_ones_anki_knows_by_id():
    """Anki matches note types by id: a rebuilt deck must bring the same ones, with the shipped templates."""
    import json

    from quizgen.templates import template_dir

    conn = collection(deck_bytes(ARTICLE, QUESTIONS, timestamp=1_700_000_000))
    models = json.loads(conn.execute("select models from col").fetchone()[0])
    shipped = template_dir() / "anki"
    shape = {
        int(mid): (m["name"], m["type"], [f["name"] for f in m["flds"]], [(t["name"], t["qfmt"], t["afmt"]) for t in m["tmpls"]])
        for mid, m in models.items()
    }
    assert shape == {
        1738204117: ("quizgen Cloze", 1, ["Text", "Back Extra", "Source"],
                     [("Cloze", (shipped / "cloze_front.html").read_text(), (shipped / "cloze_back.html").read_text())]),
        1738204118: ("quizgen Multiple Choice", 0, ["Question", "Options", "Answer", "Source"],
                     [("Multiple Choice", (shipped / "mcq_front.html").read_text(), (shipped / "mcq_back.html").read_text())]),
    }  # fmt: skip
    assert all(m["css"] == (shipped / "style.css").read_text() for m in models.values())


def test_anki_deck_ids_notes_and_files_follow_the_build():
    conn = collection(data := deck_bytes(ARTICLE, QUESTIONS, timestamp=1_700_000_000))
    decks = json.loads(conn.execute("select decks from col").fetchone()[0])
    # one deck an article, its id from its name: a rebuilt article lands in the deck it had
    assert {int(k): v["name"] for k, v in decks.items()} == {1: "Default", 1700239707420: f"quizgen::{ARTICLE.title}"}
    notes = conn.execute("select id, mid, mod, tags from notes order by id").fetchall()
    assert [n[0] for n in notes[:3]] == [1700000000000, 1700000000002, 1700000000004]  # ids from the build time
    assert {n[2] for n in notes} == {1700000000}  # modified when built: a later build updates the note
    assert [n[3] for n in notes[:4]] == [" quizgen distance tunnel ", " quizgen count tunnel ", " quizgen quote tunnel ",
                                         " quizgen date tunnel "]  # fmt: skip
    assert {d for (d,) in conn.execute("select did from cards")} == {1700239707420}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert [(i.filename, i.external_attr >> 16, i.compress_type) for i in z.infolist()] == [
            ("collection.anki2", 0o644, zipfile.ZIP_DEFLATED), ("media", 0o644, zipfile.ZIP_DEFLATED)]  # fmt: skip
        assert z.read("media") == b"{}"


def test_anki_fields_of_a_card_without_a_cue_or_a_hint():
    from quizgen.export.anki import deck_name, notes

    bare = Question("cloze", "date", ("y",), S4, "2018", cloze="Trains ran in {{c1::2018}} and {{c1::2019::date}} under it.",
                    guid_key="b", extra={"kinds": ["date", "count"]})  # fmt: skip
    choice = Question("mcq", "count", ("c",), S2, "14", prompt="How many?", options=("10", "14"), guid_key="c")
    cloze_note, mcq_note = notes(ARTICLE, [bare, choice])
    assert cloze_note.fields[0] == "Trains ran in {{c1::2018}} and {{c1::2019::date}} under it."  # no cue, no empty hint
    assert cloze_note.fields[1] == "2018"  # no answers recorded: the card's answer
    assert cloze_note.tags == ["quizgen", "count", "date", "tunnel"]
    assert mcq_note.fields[:3] == ["How many?", '<ol class="qg-options" type="A"><li>10</li><li>14</li></ol>', "B. 14"]
    titled = parse_article("Avalonia:: the tunnel\n\nThe tunnel opened.\n", source="t.txt", slug="t")
    assert deck_name(titled) == "quizgen::Avalonia: the tunnel"  # "::" would make a subdeck


def test_anki_takes_the_teachers_templates_file_by_file(tmp_path):
    import json

    (tmp_path / "anki").mkdir()
    (tmp_path / "anki" / "mcq_back.html").write_text("{{FrontSide}}<hr id=answer>OUR SCHOOL {{Answer}}", encoding="utf-8")
    (tmp_path / "anki" / "style.css").write_text(".card { color: navy; }", encoding="utf-8")
    path = write_deck(tmp_path / "d.apkg", ARTICLE, QUESTIONS, templates=tmp_path)
    models = json.loads(collection(path.read_bytes()).execute("select models from col").fetchone()[0])
    mcq = models["1738204118"]
    assert mcq["tmpls"][0]["afmt"] == "{{FrontSide}}<hr id=answer>OUR SCHOOL {{Answer}}"
    assert "{{Question}}" in mcq["tmpls"][0]["qfmt"]  # the shipped front, where the teacher gave none
    assert all(m["css"] == ".card { color: navy; }" for m in models.values())


def test_a_missing_template_is_named(monkeypatch, tmp_path):
    from quizgen.export import anki

    monkeypatch.setattr(anki, "template_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="style.css"):
        anki.models()
