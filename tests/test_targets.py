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
    "Tricky {braces} ~ and = signs at the Avon Rowing Club\n\n"
    "The <script>alert(1)</script> crew of the Avon Rowing Club made four trips to China in 2018.\n\n"
    "The <b>north</b> road from Bristol to the port of Avonmouth runs 40 km through the Mendip Hills & the Chew Valley.\n\n"
    "Engineers said the Avon Bridge {B:2} spans 130 km (80 miles) = a record, #1 in Asia.\n\n"
    "“The <i>old</i> bridge is safe,” said engineer Sam Ortiz.\n\n“We disagree,” said senator Mia Lund.\n\n"
    "“Nothing changed,” said analyst Tom Berg.\n"
)
# The article's own markup, which every target must show as text and none may render
MARKUP = ("<script>alert(1)</script>", "<b>north</b>", "Hills & the Chew")


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
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "--format", ALL, "--verbose", "--jobs", "1"])
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
        assert len(question) <= 120 and all(len(a) <= 75 for a in (a1, a2, a3, a4) if a is not None)
        assert seconds in (5, 10, 20, 30, 60, 90, 120, 240) and correct in (1, 2, 3, 4)
    # a statement asked instead of a multiple-choice question reaches Kahoot as its true or false
    assert any((a1, a2, a3, a4) == ("True", "False", None, None) for _, _, a1, a2, a3, a4, _, _ in rows)


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


def test_gift_declares_html_and_gift_pegjs_reads_every_question(built, gift_pegjs):
    out, _ = built
    for name in (SLUG, "tricky"):
        questions = [q for q in gift_pegjs(out / f"{name}.gift.txt") if q["type"] != "Category"]
        assert {q["type"] for q in questions} >= {"MC", "Numerical", "Short"}
        assert all(q["stem"]["format"] == "html" for q in questions)
    tricky = gift_pegjs(out / "tricky.gift.txt")
    typed = {c["text"]["text"] for q in tricky if q["type"] == "Short" for c in q["choices"]}
    # what a student types stays plain text, and either side of a conversion is marked right
    assert typed == {"four", "2018", "40 km", "130 km (80 miles)", "130 km", "80 miles"}


def test_gift_matches_three_quotes_with_their_speakers(gift_pegjs, tmp_path):
    from quizgen.articles import parse_article
    from quizgen.export.gift import gift
    from quizgen.model import Question

    # quizgen asks who said what of an article's central speaker only; a teacher's review file
    # may tick three quote items, and GIFT then matches them in one question
    article = parse_article(TRICKY, source="tricky.txt", slug="tricky")
    said = [s for s in article.sentences if s.text.startswith("“")]
    items = [
        Question(
            type="mcq",
            kind="quote",
            fact_ids=(name,),
            sentence=s,
            answer=name,
            prompt=f"Who said {s.text.split(',')[0]}”?",
            options=(name, "A", "B", "C"),
            guid_key=name,
            extra={"quotes": [(name, s.text.split("”")[0].strip("“,"))]},
        )  # fmt: skip
        for s, name in zip(said, ["Sam Ortiz", "Mia Lund", "Tom Berg"], strict=True)
    ]
    data, _ = gift(article, items)
    (tmp_path / "tricky.gift.txt").write_bytes(data)
    [matching] = [q for q in gift_pegjs(tmp_path / "tricky.gift.txt") if q["type"] == "Matching"]
    pairs = matching["matchPairs"]
    assert [p["subanswer"] for p in pairs] == ["Sam Ortiz", "Mia Lund", "Tom Berg"]
    assert pairs[0]["subquestion"] == {"format": "html", "text": "The &lt;i&gt;old&lt;/i&gt; bridge is safe"}


def _gift_fields(path, gift_pegjs):
    for q in gift_pegjs(path):
        if q["type"] == "Category":
            continue
        for field in (q["stem"], q.get("globalFeedback")):
            if field:
                yield field["format"], field["text"]
        for choice in q.get("choices") or [] if q["type"] in ("MC", "Short") else []:
            yield ("plain" if q["type"] == "Short" else choice["text"]["format"]), choice["text"]["text"]
        for pair in q.get("matchPairs") or []:
            yield pair["subquestion"]["format"], pair["subquestion"]["text"]
            yield "plain", pair["subanswer"]


def _anki_fields(path, tmp_path):
    import sqlite3

    with zipfile.ZipFile(path) as z:
        (tmp_path / "collection.anki2").write_bytes(z.read("collection.anki2"))
    con = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        for (fields,) in con.execute("select flds from notes"):
            for field in fields.split("\x1f"):
                yield "html", field
    finally:
        con.close()


def _xml_fields(path, root=None):
    """(format, text) of every text in a Moodle XML or QTI file, by the format it declares."""
    root = root if root is not None else ET.parse(path).getroot()
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag == "mattext":
            yield ("html" if el.get("texttype") == "text/html" else "plain"), el.text or ""
        elif el.get("format") is not None and el.find("text") is not None:
            yield (
                ("plain" if el.get("format") in ("plain_text", "moodle_auto_format") else el.get("format")),
                el.findtext("text") or "",
            )
        elif tag in ("varequal",) or (tag == "text" and el.text and not el.get("format")):
            yield "plain", el.text or ""


def _qti_fields(path):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name != "imsmanifest.xml":
                yield from _xml_fields(None, ET.fromstring(z.read(name)))


def _sheet_fields(path):
    for row in load_workbook(io.BytesIO(path.read_bytes())).active.iter_rows(values_only=True):
        yield from (("plain", v) for v in row if isinstance(v, str))


def _visible(fmt: str, text: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]*>", " ", text)) if fmt == "html" else text


@pytest.mark.parametrize(
    "target", ["apkg", "html", "gift.txt", "moodle.xml", "qti.zip", "kahoot.xlsx", "quizizz.xlsx", "quizlet.txt"]
)
def test_every_target_shows_the_articles_markup_as_text(built, target, tmp_path, request):
    out, _ = built
    path = out / f"tricky.{target}"
    fields = {
        "apkg": lambda: _anki_fields(path, tmp_path),
        "html": lambda: [("html", path.read_text(encoding="utf-8"))],
        "gift.txt": lambda: _gift_fields(path, request.getfixturevalue("gift_pegjs")),
        "moodle.xml": lambda: _xml_fields(path),
        "qti.zip": lambda: _qti_fields(path),
        "kahoot.xlsx": lambda: _sheet_fields(path),
        "quizizz.xlsx": lambda: _sheet_fields(path),
        "quizlet.txt": lambda: [("plain", line) for line in path.read_text(encoding="utf-8").splitlines()],
    }[target]()
    fields = list(fields)
    assert fields and {fmt for fmt, _ in fields} <= {"html", "plain"}
    for fmt, text in fields:
        if fmt == "html":  # nothing of the article's is a tag or an entity reference in an HTML field
            assert not any(m in text for m in MARKUP), text
    visible = " ".join(_visible(fmt, text) for fmt, text in fields)
    for markup in MARKUP:
        assert markup in visible, f"{markup!r} is not shown as text in {path.name}"


@pytest.mark.parametrize("ci,outcome", [("true", pytest.fail.Exception), ("", pytest.skip.Exception)], ids=["CI", "at home"])
def test_without_node_the_gift_pegjs_tests_fail_in_ci_and_skip_at_home(monkeypatch, ci, outcome):
    from conftest import _node_or_skip

    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome):
        _node_or_skip("needs node and npm")


def test_every_target_is_the_same_bytes_for_the_same_input_seed_and_source_date_epoch(runner, bundled, tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    builds = []
    for name in ("first", "second"):
        if builds:
            time.sleep(2.05 - time.time() % 2)  # the clock moves on to another two seconds, zip's grain
        out = tmp_path / name
        result = runner.invoke(main, ["build", str(bundled), "--out", str(out), "--format", ALL, "--seed", "3"])
        assert result.exit_code == 0, result.output
        builds.append({p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")})
    assert len(builds[0]) == 8 and builds[0].keys() == builds[1].keys()
    different = [name for name in builds[0] if builds[0][name] != builds[1][name]]
    assert different == []
    with zipfile.ZipFile(io.BytesIO(builds[0][f"{SLUG}.kahoot.xlsx"])) as z:
        core = z.read("docProps/core.xml").decode()
        assert {info.date_time for info in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    assert core.count("2023-11-14T22:13:20Z") == 2  # created and modified: the build's time, not the clock's
