"""Every classroom target, read back the way its importer would read it."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook

from quizgen.cli import main

SLUG = "kim-jong-un-russia-visit"
ALL = "anki,html,gift,moodle,qti,kahoot,quizizz,quizlet"
TRICKY = (
    "Tricky {braces} ~ and = signs\n\n"
    "The <script>alert(1)</script> crew made four trips to China in 2018.\n\n"
    "Engineers said the Avon Bridge {B:2} spans 130 km (80 miles) = a record, #1 in Asia.\n\n"
    "“It is safe,” said engineer Sam Ortiz.\n\n“We disagree,” said senator Mia Lund.\n\n"
    "“Nothing changed,” said analyst Tom Berg.\n"
)


def parse_gift(path):
    from pygiftparser import parser

    with open(path, encoding="utf-8") as f:
        return parser.parseFile(f)


@pytest.fixture
def built(runner, rich, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / f"{SLUG}.txt").write_text(rich.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "tricky.txt").write_text(TRICKY, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "--format", ALL, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_every_target_is_written_and_reported(built):
    out, output = built
    for suffix in (".apkg", ".html", ".gift.txt", ".moodle.xml", ".qti.zip", ".kahoot.xlsx", ".quizizz.xlsx", ".quizlet.txt"):
        assert (out / f"{SLUG}{suffix}").is_file()
    for target in ("gift", "moodle", "qti", "kahoot", "quizizz", "quizlet"):
        assert re.search(rf"^  {target}: \d+ written", output, re.M), output
    assert re.search(r"kahoot: \d+ written, [1-9]\d* shortened", output)  # long stems cut to Kahoot's 120


def test_gift_parses_with_numbers_matching_and_special_characters(built):
    out, _ = built
    questions = parse_gift(out / f"{SLUG}.gift.txt")
    assert questions and all(q.valid for q in questions)
    kinds = {type(q.answers).__name__ for q in questions}
    assert {"SelectSet", "NumericAnswerSet", "ShortSet", "MatchingSet"} <= kinds
    text = (out / f"{SLUG}.gift.txt").read_text(encoding="utf-8")
    assert "{#57:5\n" in text  # a distance as a number with a tolerance
    tricky = (out / "tricky.gift.txt").read_text(encoding="utf-8")
    assert r"\{B\:2\}" in tricky and r"\= a record, \#1" in tricky  # escaped, so they stay text
    parsed = parse_gift(out / "tricky.gift.txt")
    assert all(q.valid for q in parsed)


def test_moodle_xml_has_each_question_type_as_moodle_reads_it(built):
    out, _ = built
    root = ET.parse(out / f"{SLUG}.moodle.xml").getroot()
    by_type = {}
    for q in root.iter("question"):
        by_type.setdefault(q.get("type"), []).append(q)
    assert {"category", "multichoice", "numerical", "cloze", "matching"} <= by_type.keys()
    for q in by_type["multichoice"]:
        answers = q.findall("answer")
        assert len(answers) == 4 and [a.get("fraction") for a in answers].count("100") == 1
        assert q.findtext("single") == "true"
    ordered = [q for q in by_type["multichoice"] if "Who said" not in q.findtext("questiontext/text")]
    assert ordered and all(q.findtext("shuffleanswers") == "0" for q in ordered)  # numeric and dates stay in order
    numerical = by_type["numerical"][0]
    assert float(numerical.find("answer/tolerance").text) > 0 and numerical.findtext("units/unit/unit_name") == "km"
    assert all("{1:SHORTANSWER:=" in q.findtext("questiontext/text") for q in by_type["cloze"])
    assert len(by_type["matching"][0].findall("subquestion")) >= 3
    tricky = ET.parse(out / "tricky.moodle.xml").getroot()
    texts = " ".join(t.text or "" for t in tricky.iter("text"))
    assert "&lt;script&gt;" in texts and "<script>" not in texts  # markup stays text inside the HTML field


def test_qti_package_as_canvas_reads_it(built):
    out, _ = built
    with zipfile.ZipFile(out / f"{SLUG}.qti.zip") as z:
        manifest = ET.fromstring(z.read("imsmanifest.xml"))
        ns = {"cp": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
        [resource] = manifest.findall("cp:resources/cp:resource", ns)
        assert resource.get("type") == "imsqti_xmlv1p2"
        href = resource.find("cp:file", ns).get("href")
        test = ET.fromstring(z.read(href))
    q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    items = list(test.iter(f"{q}item"))
    types = [i.find(f".//{q}fieldentry").text for i in items]
    assert {"multiple_choice_question", "numerical_question", "short_answer_question"} <= set(types)
    for item, qtype in zip(items, types, strict=True):
        assert item.find(f"{q}itemfeedback") is not None  # the source sentence as feedback
        if qtype == "numerical_question":
            assert item.find(f".//{q}vargte") is not None and item.find(f".//{q}varlte") is not None
        if qtype == "multiple_choice_question":
            labels = [r.get("ident") for r in item.iter(f"{q}response_label")]
            assert item.find(f".//{q}varequal").text in labels


def test_kahoot_sheet_keeps_within_kahoot_limits(built):
    out, _ = built
    ws = load_workbook(io.BytesIO((out / f"{SLUG}.kahoot.xlsx").read_bytes())).active
    assert ws.cell(8, 2).value == "Question - max 120 characters"
    rows = [r for r in ws.iter_rows(min_row=9, values_only=True) if r[1]]
    assert rows
    for i, (number, question, a1, a2, a3, a4, seconds, correct) in enumerate(rows, 1):
        assert number == i
        assert len(question) <= 120 and all(len(a) <= 75 for a in (a1, a2, a3, a4))
        assert seconds in (5, 10, 20, 30, 60, 90, 120, 240) and correct in (1, 2, 3, 4)


def test_quizizz_sheet_and_quizlet_text(built):
    out, _ = built
    ws = load_workbook(io.BytesIO((out / f"{SLUG}.quizizz.xlsx").read_bytes())).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Question Text", "Question Type", "Option 1"] and "Correct Answer" in header
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True)]
    assert {r[1] for r in rows} <= {"Multiple Choice", "Fill-in-the-Blank"}
    for r in rows:
        if r[1] == "Multiple Choice":
            assert 1 <= r[7] <= 5 and r[1 + r[7]]
    lines = (out / f"{SLUG}.quizlet.txt").read_text(encoding="utf-8").splitlines()
    assert lines and all(line.count("\t") == 1 for line in lines)


def test_unknown_format_is_a_usage_error(runner, bundled, tmp_path):
    result = runner.invoke(main, ["build", str(bundled), "--out", str(tmp_path), "--format", "anki,pdf"])
    assert result.exit_code == 2 and "unknown format pdf" in result.output


def test_rebuilds_replace_their_own_targets_and_nothing_else(runner, bundled, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.quizlet.txt").write_text("my own\tcards\n", encoding="utf-8")
    for _ in range(2):
        result = runner.invoke(main, ["build", str(bundled), "--out", str(out), "--format", "quizlet,gift,kahoot"])
        assert result.exit_code == 0, result.output
    assert (out / "notes.quizlet.txt").read_text(encoding="utf-8") == "my own\tcards\n"
    (out / f"{SLUG}.moodle.xml").write_text("<quiz>the teacher's own</quiz>", encoding="utf-8")
    result = runner.invoke(main, ["build", str(bundled), "--out", str(out), "--format", "moodle"])
    assert result.exit_code == 1 and "not made by quizgen" in result.output
    assert (out / f"{SLUG}.moodle.xml").read_text(encoding="utf-8") == "<quiz>the teacher's own</quiz>"
