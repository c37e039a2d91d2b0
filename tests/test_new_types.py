"""True-or-false statements and timelines in every target, read back as each target reads them."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import pytest
from conftest import article_of
from openpyxl import load_workbook

from quizgen.export.gift import gift
from quizgen.export.moodle import moodle
from quizgen.export.qti import qti
from quizgen.export.quizlet import quizlet
from quizgen.export.sheets import kahoot, quizizz
from quizgen.export.worksheet import worksheet_context
from quizgen.model import Question, Sentence

ARTICLE = article_of(
    "Avalonia opened a tunnel in 1998.\n\nAvalonia bought 40 trains in 2004.\n\nAvalonia elected Lindqvist in 2011."
)
CUE = "Avalonia opens a tunnel (3 March 2025)"


def sentence(n: int) -> Sentence:
    s = ARTICLE.sentences[n]
    return Sentence(s.text, s.start, s.end, s.paragraph)


TRUE = Question(type="true_false", kind="count", fact_ids=("a",), sentence=sentence(2), answer="true",
                prompt="Avalonia bought 40 trains in 2004.", guid_key="t", context=CUE)  # fmt: skip
FALSE = Question(type="true_false", kind="date", fact_ids=("b",), sentence=sentence(3), answer="false",
                 prompt="Avalonia elected Lindqvist in 2009.", guid_key="f", context=CUE)  # fmt: skip
EVENTS = ("Avalonia opened a tunnel.", "Avalonia bought 40 trains.", "Avalonia elected Lindqvist.")
ORDER = Question(type="order", kind="date", fact_ids=("c", "d", "e"), sentence=sentence(1), answer="\n".join(EVENTS),
                 prompt="Put these events in order, earliest first.", items=(EVENTS[2], EVENTS[0], EVENTS[1]),
                 sequence=EVENTS, guid_key="o", context=CUE, extra={"dates": ["1998", "2004", "2011"]})  # fmt: skip
MCQ_SAME_SENTENCE = Question(type="mcq", kind="count", fact_ids=("g",), sentence=sentence(2), answer="40",
                             prompt="Avalonia bought _____ trains in 2004.", options=("20", "40", "60", "80"),
                             guid_key="m", context=CUE)  # fmt: skip
QUESTIONS = [TRUE, FALSE, ORDER]


def test_gift_writes_true_and_false_with_the_cue_and_says_it_has_no_ordering():
    from pygiftparser import parser

    data, report = gift(ARTICLE, QUESTIONS)
    text = data.decode("utf-8")
    assert f"[{CUE}] Avalonia bought 40 trains in 2004. {{T####" in text
    assert "Avalonia elected Lindqvist in 2009. {F####" in text
    parsed = parser.parseFile(io.StringIO(text))
    assert [type(q.answers).__name__ for q in parsed] == ["TrueFalseSet", "TrueFalseSet"]
    assert [q.answers.answer for q in parsed] == [True, False]
    assert "GIFT has no ordering question" in report.line()


def test_moodle_xml_has_truefalse_and_ordering_questions():
    data, report = moodle(ARTICLE, QUESTIONS)
    root = ET.fromstring(data)
    by_type = {q.get("type"): q for q in root.iter("question")}
    tf = [q for q in root.iter("question") if q.get("type") == "truefalse"]
    keys = [next(a.findtext("text") for a in q.findall("answer") if a.get("fraction") == "100") for q in tf]
    assert keys == ["true", "false"]
    assert CUE in tf[0].findtext("questiontext/text")
    ordering = by_type["ordering"]
    assert [a.findtext("text") for a in ordering.findall("answer")] == list(EVENTS)  # listed in the right order
    assert [a.get("fraction") for a in ordering.findall("answer")] == ["1.0000000", "2.0000000", "3.0000000"]
    assert report.written == 3


def test_qti_marks_true_or_false_as_canvas_reads_it():
    data, report = qti(ARTICLE, QUESTIONS)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = next(z.read(n) for n in z.namelist() if n != "imsmanifest.xml")
    ns = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    items = list(ET.fromstring(xml).iter(f"{ns}item"))
    assert [i.find(f".//{ns}fieldentry").text for i in items] == ["true_false_question", "true_false_question"]
    for item, key in zip(items, ("True", "False"), strict=True):
        labels = {r.get("ident"): r.find(f".//{ns}mattext").text for r in item.iter(f"{ns}response_label")}
        assert labels[item.find(f".//{ns}varequal").text] == key
    assert "no ordering question" in report.line()


def test_kahoot_and_quizizz_ask_true_or_false_with_two_answers():
    ws = load_workbook(io.BytesIO(kahoot(ARTICLE, QUESTIONS)[0])).active
    rows = [r for r in ws.iter_rows(min_row=9, values_only=True) if r[1]]
    assert [(r[2], r[3], r[7]) for r in rows] == [("True", "False", 1), ("True", "False", 2)]
    ws = load_workbook(io.BytesIO(quizizz(ARTICLE, QUESTIONS)[0])).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[3], r[7]) for r in rows] == [("True", "False", 1), ("True", "False", 2)]
    assert rows[0][0].startswith(f"[{CUE}]")


def test_a_statement_of_a_sentence_asked_as_multiple_choice_is_left_out_everywhere():
    for target in (gift, moodle, qti, kahoot, quizizz):
        _, report = target(ARTICLE, [MCQ_SAME_SENTENCE, TRUE])
        assert report.written >= 1 and "true or false of a sentence asked as multiple choice" in report.line()


def test_quizlet_makes_no_cards_of_statements_or_timelines():
    data, report = quizlet(ARTICLE, QUESTIONS)
    assert data.strip() == b"" and report.written == 0


@pytest.mark.parametrize("version", ["A", "B"])
def test_worksheet_asks_true_or_false_and_a_timeline_with_their_keys(version):
    ctx = worksheet_context(ARTICLE, QUESTIONS, version=version, seed=3)
    assert [(r["statement"], r["answer"]) for r in ctx["part_d"]] == [
        ("Avalonia bought 40 trains in 2004.", "T"),
        ("Avalonia elected Lindqvist in 2009.", "F"),
    ]
    events = dict(ctx["part_e"]["events"])
    assert [events[letter] for letter in ctx["part_e"]["key"]] == list(EVENTS)
    assert ctx["article_date"] == "3 March 2025"
