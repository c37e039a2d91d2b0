"""The answer key in every target, read back the way its importer reads it and held against the
Question each item came from: what a student is marked right for is what the article says.

Each target is read into items (form, text, key) and compared with the items the README's table
says it holds, made here from the Questions alone. Texts are compared as their words (escaping and
markup aside), keys exactly.
"""

from __future__ import annotations

import functools
import html
import io
import re
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace

import genanki
import lxml.html
import pytest
from conftest import BUNDLED, RICH, ROOT
from openpyxl import load_workbook

from quizgen.articles import read_article
from quizgen.export.anki import deck_bytes
from quizgen.export.gift import gift
from quizgen.export.moodle import moodle
from quizgen.export.qti import qti
from quizgen.export.quizlet import quizlet
from quizgen.export.sheets import kahoot, quizizz
from quizgen.export.targets import tolerance
from quizgen.export.worksheet import render
from quizgen.extract import extract
from quizgen.generate import generate

# A made-up article whose text is full of what each target must escape: & < > { } ~ = # : '
ELDVIK = ROOT / "tests" / "data" / "eldvik-bridge.txt"
ARTICLES = {"northport": RICH, "kim": BUNDLED, "eldvik": ELDVIK}
BLANK = "_____"
MARK = re.compile(r"\{\{c(\d+)::(.*?)(?:::([^}]*))?\}\}")
PRONOUNS = ("he", "she", "they", "it")


def questions_of(name: str, variant: str):
    """An article and the questions a build asks about it. "planned": as quizgen plans them;
    "statements": as a teacher keeps them who asks a sentence only as true or false (the multiple
    choice and fill-in items of every sentence with a statement unticked), so that statements
    reach every target that takes them."""
    article = read_article(ARTICLES[name])
    questions = generate(article, extract(article))
    if variant == "statements":
        told = {q.sentence.start for q in questions if q.type == "true_false"}
        questions = [q for q in questions if q.type not in ("mcq", "cloze") or q.sentence.start not in told]
    return article, questions


@pytest.fixture(scope="module")
def made():
    """questions_of, made once for each article and variant in a test run (not cached across runs,
    so that a mutation test run sees what the generators it mutates make)."""
    return functools.cache(questions_of)


CASES = [pytest.param(name, variant, id=f"{name}-{variant}") for name in ARTICLES for variant in ("planned", "statements")]


# --- the items each target should hold, from the Questions alone ---------------------------------


def norm(text: str) -> str:
    """Words only: a text as a reader sees it, whatever the target's escaping and markup."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", html.unescape(text)))
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def cued(q, text: str) -> str:
    return f"{q.context} {text}"


def unmarked(text: str) -> str:
    return MARK.sub(r"\2", text)


def typed_blanks(q) -> list[tuple[str, str]]:
    """(the sentence with one blank, the words it hides) for each blank a student types: marks of one
    number joined by "and" or a dash are one blank ("in 2018 and 2019"); speakers are asked by matching."""
    groups: list[list[re.Match]] = []
    for m in MARK.finditer(q.cloze):
        if (
            groups
            and groups[-1][-1].group(1) == m.group(1)
            and re.fullmatch(r"\s*(?:and|or|to|-|–|,)\s*", q.cloze[groups[-1][-1].end() : m.start()])
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    for group in groups:
        if group[0].group(3) == "who":
            continue
        a, b = group[0].start(), group[-1].end()
        out.append((unmarked(q.cloze[:a]) + BLANK + unmarked(q.cloze[b:]), unmarked(q.cloze[a:b])))
    return out


def typed(answer: str) -> tuple[str, ...]:
    """What a student may type in a blank and be marked right for: the words it hides; for a figure
    with its conversion ("130 km (80 miles)") either alone too; straight quotes for curly ones."""
    forms = [answer]
    m = re.fullmatch(r"(.+?) \(([^()]+)\)", answer)
    if m:
        forms += [m.group(1), m.group(2)]
    forms += [f.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"') for f in forms]
    return tuple(dict.fromkeys(forms))


def shown_together(questions):
    """A target that shows its items together never shows a statement of a sentence it asks as
    multiple choice: the statement would give the answer away."""
    asked = {q.sentence.start for q in questions if q.type == "mcq"}
    return [q for q in questions if not (q.type == "true_false" and q.sentence.start in asked)]


def said(questions) -> dict[str, str]:
    """Who said each quote (its words -> the speaker), as the questions record it."""
    out = {}
    for q in questions:
        for speaker, quote in q.extra.get("quotes", []):
            if quote and speaker.lower() not in PRONOUNS:
                out[norm(quote)] = speaker
    return out


def numeric_stem(q) -> str:
    unit = q.extra.get("unit")
    return q.prompt.replace(BLANK, f"{BLANK} {unit}", 1) if unit else q.prompt


def choice(q, cue: bool = True) -> tuple:
    return ("choice", norm(cued(q, q.prompt) if cue else q.prompt), (tuple(q.options), (q.answer,)))


def statement(q, cue: bool = True, as_choice: bool = False) -> tuple:
    text = norm(cued(q, q.prompt) if cue else q.prompt)
    if as_choice:
        return ("choice", text, (("True", "False"), (q.answer.capitalize(),)))
    return ("tf", text, q.answer == "true")


def matching(questions) -> list[tuple]:
    pairs = frozenset(said(questions).items())
    return [("match", "", pairs)] if len(pairs) >= 3 else []


# --- GIFT ------------------------------------------------------------------------------------------


def gift_items_of(questions) -> list[tuple]:
    items = []
    for q in shown_together(questions):
        if q.type == "mcq":
            items.append(choice(q))
            if "number" in q.extra:
                items.append(("number", norm(cued(q, numeric_stem(q))), (float(q.extra["number"]), tolerance(q))))
        elif q.type == "cloze":
            items += [("blank", norm(cued(q, shown)), typed(answer)) for shown, answer in typed_blanks(q)]
        elif q.type == "true_false":
            items.append(statement(q))
    return items + matching(questions)


def read_gift(data: bytes) -> list[tuple]:
    """The items as pygiftparser (Moodle's GIFT grammar) reads them: the = answers are the key."""
    from pygiftparser import parser

    items = []
    for q in parser.parseFile(io.StringIO(data.decode("utf-8"))):
        assert q.valid, q.source
        # a context cue "[Title (date)]" opens the text; GIFT reads only [html], [plain], [moodle] and [markdown] as a format
        known = q.markup in ("html", "plain", "moodle", "markdown")
        text = q.text if known else f"[{q.markup}] {q.text}"

        def read(s: str, markup: str = q.markup) -> str:
            s = re.sub(r"\\(.)", r"\1", s).strip()
            return html.unescape(s) if markup == "html" else s

        kind = type(q.answers).__name__
        answers = getattr(q.answers, "answers", [])
        if kind == "SelectSet":
            options = tuple(read(a.answer) for a in answers)
            items.append(("choice", norm(text), (options, tuple(read(a.answer) for a in answers if a.fraction == 100))))
        elif kind == "NumericAnswerSet":
            [a] = answers
            items.append(("number", norm(text), (a.value, a.tolerance)))
        elif kind == "ShortSet":
            items.append(("blank", norm(f"{text} {BLANK} {q.tail}"), tuple(read(a.answer) for a in answers)))
        elif kind == "TrueFalseSet":
            items.append(("tf", norm(text), q.answers.answer))
        elif kind == "MatchingSet":
            items.append(("match", "", frozenset((norm(read(a.question)), read(a.answer)) for a in answers)))
        else:
            raise AssertionError(f"GIFT question of an unexpected kind {kind}: {q.source}")
    return items


@pytest.mark.parametrize("name,variant", CASES)
def test_gift_marks_the_key_of_every_item(made, name, variant):
    article, questions = made(name, variant)
    data, report = gift(article, questions)
    items = read_gift(data)
    assert items == gift_items_of(questions)
    assert report.written == len(items)


# --- Moodle XML ------------------------------------------------------------------------------------

# An embedded answer of Moodle's "Embedded answers (Cloze)": {1:SHORTANSWER:=130 km~=130}
EMBEDDED = re.compile(r"\{(\d+):SHORTANSWER:((?:\\.|[^\\}])*)\}")


def moodle_items_of(questions) -> list[tuple]:
    items = []
    for q in shown_together(questions):
        if q.type == "mcq":
            items.append(choice(q))
            if "number" in q.extra:
                value = float(q.extra["number"])
                items.append(("number", norm(cued(q, numeric_stem(q))), (value, tolerance(q), q.extra.get("unit") or None)))
        elif q.type == "cloze":
            # every mark its own blank, speakers too; the answers in place give back the sentence
            answers = tuple(typed(m.group(2)) for m in MARK.finditer(q.cloze))
            items.append(("cloze", norm(cued(q, unmarked(q.cloze))), answers))
        elif q.type == "true_false":
            items.append(statement(q))
        elif q.type == "order":
            items.append(("order", norm(cued(q, q.prompt)), tuple(q.sequence)))
    return items + matching(questions)


def read_moodle(data: bytes) -> list[tuple]:
    """The items as Moodle's XML import reads them: an answer with fraction 100 is the key."""
    items = []
    for q in ET.fromstring(data).iter("question"):
        qtype = q.get("type")
        if qtype == "category":
            continue
        raw = q.findtext("questiontext/text") or ""
        answers = q.findall("answer")
        right = [a for a in answers if float(a.get("fraction")) == 100]
        if qtype == "multichoice":
            options = tuple(html.unescape(a.findtext("text")) for a in answers)
            items.append(("choice", norm(raw), (options, tuple(html.unescape(a.findtext("text")) for a in right))))
        elif qtype == "numerical":
            [a] = right
            unit = q.findtext("units/unit/unit_name")
            items.append(("number", norm(raw), (float(a.findtext("text")), float(a.findtext("tolerance")), unit)))
        elif qtype == "cloze":
            blanks = []

            def answer(m: re.Match, blanks: list = blanks) -> str:
                accepted = tuple(
                    html.unescape(re.sub(r"\\(.)", r"\1", a[1:]))
                    for a in re.split(r"(?<!\\)~", m.group(2))
                    if a.startswith("=") or a.startswith("%100%")
                )
                blanks.append(accepted)
                return html.escape(accepted[0])

            filled = EMBEDDED.sub(answer, raw)
            items.append(("cloze", norm(filled), tuple(blanks)))
        elif qtype == "truefalse":
            [a] = right
            items.append(("tf", norm(raw), a.findtext("text") == "true"))
        elif qtype == "ordering":
            # the answers in the right order, each graded by its position
            fractions = [float(a.get("fraction")) for a in answers]
            assert fractions == sorted(fractions) and len(set(fractions)) == len(fractions), fractions
            items.append(("order", norm(raw), tuple(html.unescape(a.findtext("text")) for a in answers)))
        elif qtype == "matching":
            pairs = frozenset(
                (norm(html.unescape(s.findtext("text")).strip("“”")), s.findtext("answer/text")) for s in q.findall("subquestion")
            )
            items.append(("match", "", pairs))
        else:
            raise AssertionError(f"Moodle question of an unexpected type {qtype}")
    return items


@pytest.mark.parametrize("name,variant", CASES)
def test_moodle_xml_marks_the_key_of_every_item(made, name, variant):
    article, questions = made(name, variant)
    data, report = moodle(article, questions)
    items = read_moodle(data)
    assert items == moodle_items_of(questions)
    assert report.written == len(items)


# --- QTI 1.2 for Canvas ----------------------------------------------------------------------------

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


def qti_items_of(questions) -> list[tuple]:
    items = []
    for q in shown_together(questions):
        if q.type == "mcq":
            items.append(choice(q))
            if "number" in q.extra:
                value, tol = float(q.extra["number"]), tolerance(q)
                items.append(("number", norm(cued(q, numeric_stem(q))), (value, value - tol, value + tol)))
        elif q.type == "cloze":
            items += [("blank", norm(cued(q, shown)), typed(answer)) for shown, answer in typed_blanks(q)]
        elif q.type == "true_false":
            items.append(statement(q, as_choice=True))
    return items


def qti_assessment(data: bytes) -> ET.Element:
    """The assessment the package's manifest names, as Canvas finds it."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        manifest = ET.fromstring(z.read("imsmanifest.xml"))
        [resource] = manifest.iter(f"{CP}resource")
        assert resource.get("type") == "imsqti_xmlv1p2"
        return ET.fromstring(z.read(resource.find(f"{CP}file").get("href")))


def read_qti(data: bytes) -> list[tuple]:
    """The items as Canvas reads them: the response a varequal names scores 100."""
    items = []
    for item in qti_assessment(data).iter(f"{QTI}item"):
        meta = {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry") for f in item.iter(f"{QTI}qtimetadatafield")}
        assert meta["points_possible"] == "1"
        qtype = meta["question_type"]
        text = html.unescape(item.find(f"{QTI}presentation/{QTI}material/{QTI}mattext").text)
        labels = {
            label.get("ident"): html.unescape(label.find(f".//{QTI}mattext").text)
            for label in item.iter(f"{QTI}response_label")
            if label.find(f".//{QTI}mattext") is not None  # a typed answer's box has no text of its own
        }
        [scoring] = [c for c in item.iter(f"{QTI}respcondition") if c.findtext(f"{QTI}setvar") == "100"]
        assert scoring.find(f"{QTI}setvar").get("action") == "Set" and scoring.find(f"{QTI}setvar").get("varname") == "SCORE"
        equal = [v.text for v in scoring.iter(f"{QTI}varequal")]
        if qtype in ("multiple_choice_question", "true_false_question"):
            [key] = equal
            items.append(("choice", norm(text), (tuple(labels.values()), (labels[key],))))
        elif qtype == "numerical_question":
            [value] = equal
            low, high = scoring.find(f".//{QTI}vargte").text, scoring.find(f".//{QTI}varlte").text
            items.append(("number", norm(text), (float(value), float(low), float(high))))
        elif qtype == "short_answer_question":
            items.append(("blank", norm(text), tuple(html.unescape(e) for e in equal)))
        else:
            raise AssertionError(f"QTI item of an unexpected type {qtype}")
    return items


@pytest.mark.parametrize("name,variant", CASES)
def test_qti_scores_the_key_of_every_item(made, name, variant):
    article, questions = made(name, variant)
    data, report = qti(article, questions)
    items = read_qti(data)
    assert items == qti_items_of(questions)
    assert report.written == len(items)


# --- Kahoot and Quizizz ----------------------------------------------------------------------------


def rows(data: bytes, first: int) -> list[tuple]:
    ws = load_workbook(io.BytesIO(data)).active
    return [r for r in ws.iter_rows(min_row=first, values_only=True) if any(r)]


@pytest.mark.parametrize("name,variant", CASES)
def test_kahoot_correct_answer_points_at_the_key(made, name, variant):
    article, questions = made(name, variant)
    data, report = kahoot(article, questions)
    expected = [choice(q, cue=False) if q.type == "mcq" else statement(q, cue=False, as_choice=True)
                for q in shown_together(questions) if q.type in ("mcq", "true_false")]  # fmt: skip
    got = rows(data, first=9)
    assert len(got) == len(expected) == report.written
    for number, ((n, text, *answers, _seconds, correct), (_, prompt, key)) in enumerate(zip(got, expected, strict=True), 1):
        options = tuple(a for a in answers if a)
        assert n == number
        assert (options, (options[correct - 1],)) == key
        # a stem over Kahoot's 120 characters is cut at word boundaries, marked "…"
        assert norm(text) == prompt if "…" not in text else norm(text.replace("…", " ")) in prompt


@pytest.mark.parametrize("name,variant", CASES)
def test_quizizz_correct_answer_points_at_the_key(made, name, variant):
    article, questions = made(name, variant)
    data, report = quizizz(article, questions)
    expected, sentences = [], []
    for q in shown_together(questions):
        if q.type in ("mcq", "true_false"):
            expected.append(choice(q) if q.type == "mcq" else statement(q, as_choice=True))
            sentences.append(q.sentence)
        elif q.type == "cloze":
            expected += [("blank", norm(cued(q, shown)), typed(answer)[:5]) for shown, answer in typed_blanks(q)]
            sentences += [q.sentence] * len(typed_blanks(q))
    got = []
    for text, qtype, *options, correct, _seconds, _image, _explanation in rows(data, first=2):
        options = tuple(o for o in options if o)
        if qtype == "Multiple Choice":
            got.append(("choice", norm(text), (options, (options[correct - 1],))))
        else:
            assert qtype == "Fill-in-the-Blank"
            got.append(("blank", norm(text), options))
    assert got == expected and report.written == len(got)
    explanations = [r[-1] for r in rows(data, first=2)]
    assert explanations == [f"{s.text} (paragraph {s.paragraph})" for s in sentences]


# --- Quizlet ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name,variant", CASES)
def test_quizlet_definition_is_the_key(made, name, variant):
    article, questions = made(name, variant)
    data, report = quizlet(article, questions)
    expected = []
    for q in questions:  # flash cards are studied one at a time: nothing is left out for being shown together
        if q.type == "mcq":
            expected.append((norm(cued(q, q.prompt)), q.answer))
        elif q.type == "cloze":
            expected += [(norm(cued(q, shown)), answer) for shown, answer in typed_blanks(q)]
    text = data.decode("utf-8")
    assert text.endswith("\n")
    lines = text[:-1].split("\n") if text != "\n" else []
    cards = [line.split("\t") for line in lines]
    assert all(len(card) == 2 for card in cards), lines
    assert [(norm(term), definition) for term, definition in cards] == expected
    assert report.written == len(cards)
    assert len(report.skipped) == sum(q.type in ("true_false", "order") for q in questions)


# --- Anki ------------------------------------------------------------------------------------------


def deck_notes(data: bytes) -> dict[str, list[str]]:
    """Each note's fields by its GUID, straight from the deck's collection."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        db = z.read("collection.anki2")
    conn = sqlite3.connect(":memory:")
    conn.deserialize(db)
    notes = {guid: fields.split("\x1f") for guid, fields in conn.execute("select guid, flds from notes")}
    conn.close()
    return notes


def text_of(field: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", field))


@pytest.mark.parametrize("name,variant", CASES)
def test_anki_notes_hold_the_key(made, name, variant):
    article, questions = made(name, variant)
    notes = deck_notes(deck_bytes(article, questions, timestamp=1_700_000_000))
    cards = [q for q in questions if q.type in ("mcq", "cloze")]  # a false statement would be learnt as true
    assert len(notes) == len(cards)
    for q in cards:
        fields = notes[genanki.guid_for(q.guid_key)]
        source = fields[-1]
        assert norm(source) == norm(f"{q.sentence.text} {article.title} paragraph {q.sentence.paragraph}")
        if q.type == "mcq":
            question, options, answer, _ = fields
            letter = "ABCDE"[q.options.index(q.answer)]
            assert text_of(answer) == f"{letter}. {q.answer}"
            assert [text_of(o) for o in re.findall(r"<li>(.*?)</li>", options)] == list(q.options)
            assert norm(question) == norm(cued(q, q.prompt))
        else:
            text, back_extra, _ = fields
            assert [html.unescape(m.group(2)) for m in MARK.finditer(text)] == q.extra["answers"]
            assert norm(unmarked(text)) == norm(cued(q, q.sentence.text))
            assert text_of(back_extra) == ", ".join(q.extra["answers"])


@pytest.fixture(scope="module")
def collection(tmp_path_factory):
    from anki.collection import Collection

    col = Collection(str(tmp_path_factory.mktemp("anki") / "collection.anki2"))
    yield col
    col.close()


@pytest.mark.parametrize("name", ARTICLES)
def test_every_card_shows_the_key_on_its_back(made, name, collection, tmp_path):
    """Through Anki's own importer and renderer: the back of each card is what a learner checks."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    article, questions = made(name, "planned")
    deck = tmp_path / "deck.apkg"
    deck.write_bytes(deck_bytes(article, questions, timestamp=1_700_000_000))
    request = ImportAnkiPackageRequest(package_path=str(deck), options=ImportAnkiPackageOptions())
    collection.import_anki_package(request)
    by_guid = {genanki.guid_for(q.guid_key): q for q in questions}
    deck_name = "quizgen::" + " ".join(article.title.split()).replace("::", ":")
    cids = collection.find_cards(f'"deck:{deck_name}"')
    assert len(cids) == sum(q.type in ("mcq", "cloze") for q in questions)
    for cid in cids:
        card = collection.get_card(cid)
        q = by_guid[card.note().guid]
        front, back = rendered(card.question()), rendered(card.answer())
        assert norm(q.context) in front and norm(q.sentence.text) in back
        if q.type == "mcq":
            letter = "ABCDE"[q.options.index(q.answer)]
            assert norm(q.prompt) in front and all(norm(o) in front for o in q.options)
            assert back.endswith(norm(f"{letter}. {q.answer} {q.sentence.text} {article.title} paragraph {q.sentence.paragraph}"))
        else:
            assert norm(q.answer) not in front.replace(norm(q.context), "")  # the blank hides it
            shown = norm(cued(q, unmarked(q.cloze)))
            assert back.startswith(shown) and norm("Answer: " + ", ".join(q.extra["answers"])) in back


def rendered(page: str) -> str:
    """A rendered card side as a learner reads it (its style sheet aside)."""
    return norm(re.sub(r"(?s)<style>.*?</style>", " ", page))


# --- the worksheet ---------------------------------------------------------------------------------


def key_rows(doc, part: str) -> list[str]:
    """The answer key's lines for one part, as printed, each numbered as the question it answers."""
    heading = next(h for h in doc.get_element_by_id("answer-key").iter("h3") if h.text_content().strip() == part)
    block = heading.getnext()
    if block.tag != "ol":
        return [block.text_content()]
    return [f"{li.get('value')} {words(li)}" for li in block.iter("li")]


def numbered(items) -> list[str]:
    """The numbers a list of questions prints before its items."""
    return [li.get("value") for li in items]


def counted(items) -> list[str]:
    """1, 2, 3, ... for as many items."""
    return [str(n) for n in range(1, len(items) + 1)]


def words(element) -> str:
    return " ".join(element.text_content().split())


def read_sheet(page: str) -> dict:
    """Everything a student and a teacher read on one version of the worksheet."""
    doc = lxml.html.fromstring(page)
    parts = {p.get("id"): p for p in doc.iter("section") if (p.get("id") or "").startswith("part-")}
    sheet: dict = {"parts": sorted(parts)}
    if "part-a" in parts:
        sheet["a"] = [
            (words(li.find_class("prompt")[0]), [tuple(words(o).split(". ", 1)) for o in li.find_class("options")[0].iter("li")])
            for li in parts["part-a"].find_class("questions")[0].iterchildren("li")
        ]
        sheet["a_key"] = [re.fullmatch(r"(\d+) ([A-Z]+) (.*) \(paragraph \d+\)", row).groups() for row in key_rows(doc, "Part A")]
        sheet["a_numbers"] = numbered(parts["part-a"].find_class("questions")[0].iterchildren("li"))
    if "part-b" in parts:
        items = []
        for li in parts["part-b"].find_class("blanks")[0].iterchildren("li"):
            for span in li.find_class("blank"):
                number = re.search(r"\((\d+)\)", span.text_content()).group(1)
                span.text = f" [[{number}]] "  # the blank, marked with its number
            items.append(words(li))
        sheet["b"] = items
        sheet["bank"] = [li.text_content().strip() for li in parts["part-b"].find_class("bank")[0].iter("li")]
        sheet["b_key"] = dict(re.fullmatch(r"(\d+) (.*) \(paragraph \d+\)", row).groups() for row in key_rows(doc, "Part B"))
    if "part-c" in parts:
        speakers = parts["part-c"].find_class("speakers")[0].iter("li")
        sheet["c_speakers"] = dict(words(li).split(". ", 1) for li in speakers)
        quotes = parts["part-c"].find_class("matching")[0].iter("li")
        sheet["c"] = [li.text_content().replace("____", "").strip().strip("“”") for li in quotes]
        sheet["c_key"] = [re.fullmatch(r"(\d+) ([A-Z]+) (.*) \(paragraph \d+\)", row).groups() for row in key_rows(doc, "Part C")]
        sheet["c_numbers"] = numbered(parts["part-c"].find_class("matching")[0].iter("li"))
    if "part-d" in parts:
        sheet["d"] = [words(li).removeprefix("T / F ") for li in parts["part-d"].iter("li")]
        sheet["d_key"] = [re.fullmatch(r"(\d+) ([TF]) \(paragraph \d+\)", row).groups() for row in key_rows(doc, "Part D")]
        sheet["d_numbers"] = numbered(parts["part-d"].iter("li"))
    if "part-e" in parts:
        sheet["e"] = dict(words(li).split(". ", 1) for li in parts["part-e"].find_class("events")[0].iter("li"))
        sheet["e_key"] = re.match(r"([A-Z](?:, [A-Z])*)", key_rows(doc, "Part E")[0].strip()).group(1).split(", ")
    return sheet


def check_sheet(sheet: dict, questions) -> None:
    """Every part's key holds each question's answer: the letter, the words, the order."""
    mcqs = {(norm(q.prompt), frozenset(q.options)): q for q in questions if q.type == "mcq"}
    # Part A: the letter in the key is the letter the key's option has on the paper
    assert [n for n, _, _ in sheet.get("a_key", [])] == sheet.get("a_numbers", []) == counted(sheet.get("a", []))
    for (prompt, options), (_, letter, answer) in zip(sheet.get("a", []), sheet.get("a_key", []), strict=True):
        q = mcqs[(norm(prompt), frozenset(o for _, o in options))]
        assert [o[0] for o in options] == list("ABCDE"[: len(options)])
        assert dict(options)[letter] == answer == q.answer
    asked_a = {norm(p) for p, _ in sheet.get("a", [])}
    # Part B: the key's words in their blanks give back a sentence of the article; the bank holds every one
    clozes = {norm(unmarked(q.cloze)) for q in questions if q.type == "cloze"}
    key = sheet.get("b_key", {})
    filled = [norm(re.sub(r"\[\[(\d+)\]\]", lambda m: key[m.group(1)], item)) for item in sheet.get("b", [])]
    assert set(filled) <= clozes and len(set(filled)) == len(filled)  # one fill-in a sentence: two would give each other away
    numbers = [n for item in sheet.get("b", []) for n in re.findall(r"\[\[(\d+)\]\]", item)]
    assert numbers == list(key) == counted(key)
    bank = list(sheet.get("bank", []))
    for answer in key.values():
        bank.remove(answer)  # each answer once for each blank it fills
    assert len(bank) <= 3 and not set(bank) & set(key.values())
    # every multiple-choice question is in Part A, or its sentence is a Part B fill-in
    for q in questions:
        if q.type == "mcq" and norm(q.prompt) not in asked_a:
            assert q.kind != "quote" and any(norm(q.sentence.text) in s for s in filled), q.prompt
    # Part C: the letter in the key is the letter of the one who said the quote
    who = said(questions)
    assert [n for n, _, _ in sheet.get("c_key", [])] == sheet.get("c_numbers", []) == counted(sheet.get("c", []))
    for quote, (_, letter, speaker) in zip(sheet.get("c", []), sheet.get("c_key", []), strict=True):
        assert sheet["c_speakers"][letter] == speaker == who[norm(quote)]
    if len(who) >= 3:
        assert "c" in sheet and {norm(q) for q in sheet["c"]} == set(who)
    # Part D: T for a true statement, F for a false one
    statements = {norm(q.prompt): q.answer for q in questions if q.type == "true_false"}
    assert [n for n, _ in sheet.get("d_key", [])] == sheet.get("d_numbers", []) == counted(sheet.get("d", []))
    for text, (_, mark) in zip(sheet.get("d", []), sheet.get("d_key", []), strict=True):
        assert mark == {"true": "T", "false": "F"}[statements[norm(text)]]
    # Part E: the letters of the key put the events in the order they happened
    order = next((q for q in questions if q.type == "order"), None)
    if order is not None:
        assert [sheet["e"][letter] for letter in sheet["e_key"]] == list(order.sequence)
        assert sorted(sheet["e"].values()) == sorted(order.items)
    else:
        assert "e" not in sheet


@pytest.mark.parametrize("name,variant", CASES)
def test_worksheet_keys_hold_every_answer(made, name, variant):
    article, questions = made(name, variant)
    sheet = read_sheet(render(article, questions))
    check_sheet(sheet, questions)
    # what the paper asks, part by part
    told = {q.sentence.text for q in questions if q.type in ("mcq", "cloze")}
    statements = [q for q in questions if q.type == "true_false" and q.sentence.text not in told]
    assert [norm(s) for s in sheet.get("d", [])] == [norm(q.prompt) for q in statements]
    assert ("part-e" in sheet["parts"]) == any(q.type == "order" for q in questions)
    assert ("part-a" in sheet["parts"]) == any(q.type == "mcq" for q in questions)


@pytest.mark.parametrize("name", ARTICLES)
def test_each_version_of_the_worksheet_has_its_own_right_key(made, name):
    article, questions = made(name, "planned")
    sheets = [read_sheet(render(article, questions, seed=3, version=v)) for v in "ABCD"]
    for sheet in sheets:
        check_sheet(sheet, questions)
    # the same questions, in other orders: multiple choice shuffled, speakers' options too, numbers never
    assert len({tuple(p for p, _ in s["a"]) for s in sheets}) > 1
    assert all(sorted(p for p, _ in s["a"]) == sorted(p for p, _ in sheets[0]["a"]) for s in sheets)
    shuffled = False
    for sheet in sheets:
        for prompt, options in sheet["a"]:
            q = next(q for q in questions if q.type == "mcq" and norm(q.prompt) == norm(prompt))
            if q.kind != "quote":
                assert [o for _, o in options] == list(q.options)  # numbers and dates stay in order
            else:
                shuffled = shuffled or [o for _, o in options] != list(q.options)
    # speakers have no order of their own: each version shows them in its own
    assert shuffled == any(q.type == "mcq" and q.kind == "quote" for q in questions)


def test_a_statement_reaches_every_target_that_takes_it(made):
    """The 'statements' variant is what the tests above need it to be: true and false both asked."""
    _, questions = made("northport", "statements")
    answers = [q.answer for q in questions if q.type == "true_false"]
    assert "true" in answers and "false" in answers
    assert not {q.sentence.start for q in questions if q.type == "mcq"} & {
        q.sentence.start for q in questions if q.type == "true_false"
    }


# --- numbers with a tolerance ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind,answer,number,hedged,expected",
    [
        ("distance", "130 km", 130, False, 10),
        ("distance", "57 km", 57, False, 5),
        ("distance", "2,300 metres", 2300, False, 200),
        ("distance", "0.5 km", 0.5, False, 0.05),
        ("distance", "9 km", 9, False, 0.9),
        ("count", "14", 14, False, 0),
        ("count", "three", 3, False, 0),
        ("count", "99", 99, False, 0),
        ("count", "120", 120, False, 10),
        ("count", "30,000", 30000, False, 3000),
        ("count", "About 80", 80, True, 8),
        ("count", "About 4,500", 4500, True, 400),
        ("count", "100", 100, False, 10),
        ("distance", "10 km", 10, False, 1),
        ("distance", "0 km", 0, False, 0),
    ],
    ids=[
        "130 km: 10",
        "57 km: 5 (rounded down)",
        "2,300 metres: 200",
        "half a km: 0.05",
        "9 km: 0.9",
        "a small count is exact",
        "a word count is exact",
        "99 is still small",
        "120 is large: 10",
        "30,000: 3,000",
        "a hedged count: 10%",
        "a hedged large count: 400",
        "100 is large",
        "10 km: 1",
        "0 km: exact",
    ],
)
def test_a_typed_number_may_be_this_far_from_the_key(kind, answer, number, hedged, expected):
    from quizgen.model import Question, Sentence

    s = Sentence("x", 0, 1, 1)
    q = Question("mcq", kind, ("f",), s, answer, extra={"number": number, "hedged": hedged})
    assert tolerance(q) == pytest.approx(expected)


@pytest.mark.parametrize("name", ARTICLES)
def test_no_wrong_option_is_within_a_numbers_tolerance(made, name):
    """A student who types a distractor's number is never marked right."""
    _, questions = made(name, "planned")
    numeric = [q for q in questions if q.type == "mcq" and "number" in q.extra]
    assert numeric
    for q in numeric:
        value, tol = float(q.extra["number"]), tolerance(q)
        assert figure(q.answer) == value
        for option in q.options:
            if option != q.answer:
                assert abs(figure(option) - value) > tol, (q.prompt, option, tol)


WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def figure(option: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    if m:
        return float(m.group().replace(",", ""))
    return float(WORDS[option.split()[-1].lower()])


def test_a_question_whose_options_a_review_reworded_still_marks_its_key(made):
    """The key is the option that equals the answer, wherever it stands."""
    article, questions = made("northport", "planned")
    q = next(q for q in questions if q.type == "mcq" and q.kind == "distance")
    moved = replace(q, options=(q.options[-1], *q.options[:-1]))
    assert read_gift(gift(article, [moved])[0])[0][2] == (moved.options, (q.answer,))
    assert read_moodle(moodle(article, [moved])[0])[0][2] == (moved.options, (q.answer,))
    assert read_qti(qti(article, [moved])[0])[0][2] == (moved.options, (q.answer,))


def test_a_figure_typed_without_its_conversion_is_marked_right(made):
    """ "Vladivostok lies _____ from the border": a student who types 130 km, or 80 miles, is right."""
    article, questions = made("kim", "planned")
    [card] = [q for q in questions if q.type == "cloze" and "130 km (80 miles)" in q.cloze]
    right = {"130 km (80 miles)", "130 km", "80 miles"}
    blank = norm(cued(card, unmarked(card.cloze).replace("130 km (80 miles)", BLANK)))
    for reader, export in ((read_gift, gift), (read_qti, qti)):
        [key] = [key for form, text, key in reader(export(article, [card])[0]) if form == "blank" and text == blank]
        assert set(key) == right, export.__name__
    [(_, _, (key,))] = read_moodle(moodle(article, [card])[0])
    assert set(key) == right
    [row] = rows(quizizz(article, [card])[0], first=2)
    assert set(o for o in row[2:7] if o) == right


def test_part_b_keeps_a_speaker_in_view_and_its_word_bank_adds_a_few_wrong_words():
    """A fill-in whose sentence names who spoke (a teacher's review may make one) shows the speaker;
    the word bank holds every answer and two or three wrong words from the multiple-choice options."""
    from quizgen.export.worksheet import worksheet_context
    from quizgen.model import Question, Sentence

    def s(n: int, text: str) -> Sentence:
        return Sentence(text, 100 * n, 100 * n + len(text), n)

    def choice(n: int, key: str, options: tuple[str, ...], kind: str = "count") -> Question:
        return Question("mcq", kind, (f"m{n}",), s(n, f"x{n}"), key, prompt=f"Q{n} _____?", options=options, guid_key=f"m{n}")

    choices = [choice(1, "14", ("10", "14", "17", "20")), choice(2, "6", ("5", "6", "7", "31")),
               choice(3, "Ann Lee", ("Ann Lee", "Bo Li", "Cy Wu", "Di Ma"), kind="quote")]  # fmt: skip
    said = Question("cloze", "date", ("d", "q"), s(4, "Maria Lindqvist said “we won in 2019”."), "2019",
                    cloze="{{c1::Maria Lindqvist::who}} said “we won in {{c1::2019::date}}”.", guid_key="c",
                    extra={"answers": ["Maria Lindqvist", "2019"], "kinds": ["quote", "date"]})  # fmt: skip
    cards = [
        Question("cloze", "count", (f"n{i}",), s(10 + i, f"Eldvik built {30 + i} bridges."), str(30 + i),
                 cloze=f"Eldvik built {{{{c1::{30 + i}::number}}}} bridges.", guid_key=f"n{i}")
        for i in range(8)
    ]  # fmt: skip
    for count, extras in ((1, 2), (5, 2), (7, 3), (9, 3)):
        sheet = worksheet_context(ARTICLE_OF_KEYS, [*choices, said, *cards[: count - 1]], seed=1)
        answers = [b.answer for b in sheet["blanks"]]
        assert answers == ["2019", *[str(30 + i) for i in range(count - 1)]]
        wrong = [w for w in sheet["bank"] if w not in answers]
        assert sorted(sheet["bank"]) == sorted(answers + wrong) and len(wrong) == extras, (count, sheet["bank"])
        # never a key, never a speaker, never a word that is an answer too ("31" fills a blank from 9 on)
        assert set(wrong) <= {"10", "17", "20", "5", "7", "31"} - set(answers)
    parts = sheet["part_b"][0]["parts"]
    assert parts == [("Maria Lindqvist", None), (" said “we won in ", None), ("", 1), ("”.", None)]
    page = render(ARTICLE_OF_KEYS, [*choices, said], seed=1)
    assert "Maria Lindqvist said “we won in (1)" in " ".join(
        lxml.html.fromstring(page).get_element_by_id("part-b").text_content().split()
    )


ARTICLE_OF_KEYS = read_article(ELDVIK)
