"""Whole articles made up by hypothesis, short, long and quoting many people, built into every
target: nothing raises, and every file reads back as its importer would read it."""

from __future__ import annotations

import io
import re
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapes import speaker_names

from quizgen.export import FORMATS
from quizgen.pipeline import build_one

NAMES = speaker_names(80)
MONTHS = "January February March April May June July August September October November December".split()
ROLES = ["engineer", "senator", "analyst", "spokesman", "the minister", "Dr", "Mrs", ""]
# What an article may carry that an exporter must not let through: markup, GIFT's and Anki's
# special characters, quote marks that open and never close
ODD = ["<b>", "</b>", "<script>alert(1)</script>", "&amp;", "{", "}", "{{c1::x}}", "~", "=", "#", ":", "\\", "->", "|",
       "\t", "“", "”", '"', "'", "…", "—", "?!", "Mr.", "U.S.", "$5m", "2.5%", "No. 10", "\u00a0", "é", "Ж", "中"]  # fmt: skip

words = st.sampled_from("the bridge road crew port city river council people boats trips plan work long new old".split())
number = st.integers(2, 5000).map(lambda n: f"{n:,}" if n > 999 else str(n))
year = st.integers(1900, 2030).map(str)


def _sentence(draw) -> str:
    kind = draw(st.sampled_from(["distance", "date", "count", "quote", "pronoun", "reported", "odd", "plain"]))
    name = draw(st.sampled_from(NAMES))
    filler = " ".join(draw(st.lists(words, min_size=1, max_size=8)))
    if kind == "distance":
        return f"The {filler} runs {draw(number)} {draw(st.sampled_from(['km', 'miles', 'metres', 'feet']))} to the sea."
    if kind == "date":
        return f"The {filler} opened in {draw(st.sampled_from(MONTHS))} {draw(year)}, officials said."
    if kind == "count":
        return f"About {draw(number)} {draw(st.sampled_from(['people', 'boats', 'trips', 'homes']))} saw the {filler}."
    if kind == "quote":
        role = draw(st.sampled_from(ROLES))
        return f"“{filler.capitalize()} is {draw(st.sampled_from(['safe', 'late', 'fine']))},” said {role} {name}."
    if kind == "pronoun":
        return f"“We made {draw(number)} trips to the {filler},” {draw(st.sampled_from(['he', 'she', 'they', 'it']))} said."
    if kind == "reported":
        return f"{name} said that the {filler} would cost {draw(number)} euros by {draw(year)}."
    if kind == "odd":
        return " ".join(draw(st.lists(st.one_of(st.sampled_from(ODD), words, number), min_size=1, max_size=12)))
    return draw(st.text(min_size=1, max_size=60))


@st.composite
def articles(draw, paragraphs: tuple[int, int] = (1, 12)) -> str:
    titles = st.sampled_from(["The bridge", "Port <b>news</b> & {notes}", "Ünïcode — title"])
    title = draw(st.one_of(titles, st.text(max_size=40)))
    body = []
    for _ in range(draw(st.integers(*paragraphs))):
        sentences = [_sentence(draw) for _ in range(draw(st.integers(1, 6)))]
        joiner = draw(st.sampled_from([" ", " ", "; ", ", and "]))  # sometimes no full stop between them
        body.append(joiner.join(sentences))
    return title + "\n\n" + "\n\n".join(body) + "\n"


@st.composite
def many_speakers(draw) -> str:
    people = NAMES[: draw(st.integers(27, 80))]
    lines = [f"“The {' '.join(draw(st.lists(words, min_size=2, max_size=5)))},” said {name}." for name in people]
    return "Many voices\n\n" + "\n\n".join(lines) + "\n"


# Tags quizgen writes itself into Anki and Moodle fields; anything else that looks like a tag came from the article
OWN_TAGS = re.compile(r"</?(?:div|ol|li|p|em)\b[^>]*>")


def _html_fields(root: ET.Element):
    """The text of every field of a Moodle XML or QTI document that its importer reads as HTML."""
    for el in root.iter():
        if el.tag.endswith("mattext") and el.get("texttype") == "text/html":
            yield el.text or ""
        elif el.get("format") == "html":
            yield el.findtext("text") or ""


def _reads_back(path: Path) -> None:
    """The file opens as its importer would open it (a zip, XML, the GIFT grammar, a sheet), and
    no field read as HTML holds a tag of the article's."""
    data = path.read_bytes()
    if path.suffix in (".apkg", ".zip", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            for name in z.namelist():
                if name.endswith(".xml"):
                    assert not any("<" in OWN_TAGS.sub("", t) for t in _html_fields(ET.fromstring(z.read(name))))
            if path.suffix == ".apkg":
                (path.parent / "c.anki2").write_bytes(z.read("collection.anki2"))
                con = sqlite3.connect(path.parent / "c.anki2")
                fields = [f for (flds,) in con.execute("select flds from notes") for f in flds.split("\x1f")]
                con.close()
                assert not any("<" in OWN_TAGS.sub("", f) for f in fields)
    elif path.name.endswith(".moodle.xml"):
        assert not any("<" in OWN_TAGS.sub("", t) for t in _html_fields(ET.fromstring(data)))
    elif path.name.endswith(".gift.txt"):
        from pygiftparser import parser

        with open(path, encoding="utf-8") as f:
            assert all(q.valid for q in parser.parseFile(f)), data.decode()
        questions = [line for line in data.decode().splitlines() if not line.startswith(("//", "$CATEGORY"))]
        assert not any("<" in line for line in questions)
    elif path.suffix == ".html":
        assert "<script" not in data.decode() and "<b>" not in data.decode()
    else:
        data.decode("utf-8")


def _build_everything(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "article.txt"
        source.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        out.mkdir()
        result = build_one(source, out, formats=tuple(FORMATS), versions=2, any_language=True)
        assert result.traceback is None, result.traceback
        # the one error an article may have is the user's: a NUL byte makes it "not a text file"
        assert result.error is None or ("\x00" in text and "not a text file" in result.error), result.error
        for path in result.files:
            _reads_back(path)


def examples(n: int) -> settings:
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@examples(30)
@given(articles())
def test_any_article_builds_into_every_target(text):
    _build_everything(text)


@examples(3)
@given(articles(paragraphs=(80, 160)))
def test_a_long_article_builds_into_every_target(text):
    _build_everything(text)


@examples(5)
@given(many_speakers())
def test_an_article_quoting_many_people_builds_into_every_target(text):
    _build_everything(text)
