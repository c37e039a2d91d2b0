"""Moodle XML: multiple choice (numbers and dates in order), numerical with unit and tolerance,
one sentence with its blanks as "Embedded answers (Cloze)", and who-said-what as matching."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markupsafe import escape

from ..model import CLOZE, Article, Question
from .targets import Report, accepted, in_play, numeric_stem, plain, quote_pairs, title_of, tolerance

# Characters that mean something inside an embedded-answers field: {1:SHORTANSWER:=...}
CLOZE_SPECIAL = re.compile(r"([}#~/\"\\=:{])")


def _html(text: str) -> str:
    """Article text as HTML for a Moodle field (markup shows as text)."""
    return str(escape(text))


def _answer_html(text: str) -> str:
    """A typed answer as HTML text: its markup characters escaped, its quotes left as a student types them."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cued(q: Question, html_text: str) -> str:
    """The question text with its context cue (article and date) above it."""
    return (f'<p class="context"><em>{_html(q.context)}</em></p>' if q.context else "") + f"<p>{html_text}</p>"


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = text
    return el


def _no_feedback(answer: ET.Element) -> None:
    """An answer's feedback, left empty: Moodle's XML wants the element."""
    ET.SubElement(ET.SubElement(answer, "feedback", {"format": "html"}), "text")


def _question(quiz: ET.Element, qtype: str, name: str, text: str, feedback: str = "") -> ET.Element:
    q = ET.SubElement(quiz, "question", {"type": qtype})
    _text(q, "name", name, fmt=None)
    _text(q, "questiontext", text)
    _text(q, "generalfeedback", feedback)
    ET.SubElement(q, "defaultgrade").text = "1"
    ET.SubElement(q, "penalty").text = "0.3333333"
    ET.SubElement(q, "hidden").text = "0"
    return q


def moodle(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """The Moodle XML file for one article, and what happened to each question."""
    report = Report("moodle")
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(" made by quizgen "))
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text(category, "category", f"$course$/quizgen/{title_of(article)}", fmt=None)
    n = 0
    questions, report.skipped = in_play(questions)
    for q in questions:
        feedback = _html(f"{q.sentence.text} (paragraph {q.sentence.paragraph})")
        if q.type == "mcq":
            n += 1
            el = _question(quiz, "multichoice", f"Q{n}", _cued(q, _html(q.prompt)), feedback)
            ET.SubElement(el, "single").text = "true"
            # numbers and dates are listed in order; shuffling them would give the order away
            ET.SubElement(el, "shuffleanswers").text = "1" if q.kind == "quote" else "0"
            ET.SubElement(el, "answernumbering").text = "ABCD"
            for option in q.options:
                answer = ET.SubElement(el, "answer", {"fraction": "100" if option == q.answer else "0", "format": "html"})
                ET.SubElement(answer, "text").text = _html(option)
                _no_feedback(answer)
            report.written += 1
            if "number" in q.extra:
                n += 1
                el = _question(quiz, "numerical", f"Q{n}", _cued(q, _html(numeric_stem(q))), feedback)
                answer = ET.SubElement(el, "answer", {"fraction": "100", "format": "moodle_auto_format"})
                ET.SubElement(answer, "text").text = plain(float(q.extra["number"]))
                ET.SubElement(answer, "tolerance").text = plain(tolerance(q))
                if q.extra.get("unit"):
                    units = ET.SubElement(el, "units")
                    unit = ET.SubElement(units, "unit")
                    ET.SubElement(unit, "multiplier").text = "1"
                    ET.SubElement(unit, "unit_name").text = q.extra["unit"]
                    ET.SubElement(el, "unitgradingtype").text = "0"
                    ET.SubElement(el, "showunits").text = "3"
                    ET.SubElement(el, "unitsleft").text = "0"
                report.written += 1
        elif q.type == "cloze":
            n += 1
            parts, pos = [], 0
            for m in CLOZE.finditer(q.cloze):
                parts.append(_html(q.cloze[pos : m.start()]))
                forms = [CLOZE_SPECIAL.sub(r"\\\1", _answer_html(form)) for form in accepted(m.group(2))]
                right = "~".join("=" + form for form in forms)
                parts.append(f"{{1:SHORTANSWER:{right}}}")
                pos = m.end()
            parts.append(_html(q.cloze[pos:]))
            _question(quiz, "cloze", f"Q{n}", _cued(q, "".join(parts)), feedback)
            report.written += 1
        elif q.type == "true_false":
            n += 1
            el = _question(quiz, "truefalse", f"Q{n}", _cued(q, _html(q.prompt)), feedback)
            for value in ("true", "false"):
                fraction = "100" if q.answer == value else "0"
                answer = ET.SubElement(el, "answer", {"fraction": fraction, "format": "moodle_auto_format"})
                ET.SubElement(answer, "text").text = value
                _no_feedback(answer)
            report.written += 1
        elif q.type == "order":
            n += 1
            el = _question(quiz, "ordering", f"Q{n}", _cued(q, _html(q.prompt)), feedback)
            for tag, value in (
                ("layouttype", "VERTICAL"),
                ("selecttype", "ALL"),
                ("selectcount", "0"),
                ("gradingtype", "ABSOLUTE_POSITION"),
                ("showgrading", "SHOW"),
                ("numberingstyle", "none"),
            ):
                ET.SubElement(el, tag).text = value
            # the events in the right order: Moodle shows them shuffled and grades each position
            for position, event in enumerate(q.sequence, 1):
                answer = ET.SubElement(el, "answer", {"fraction": f"{position}.0000000", "format": "html"})
                ET.SubElement(answer, "text").text = _html(event)
            report.written += 1
    pairs = quote_pairs(questions)
    if len(pairs) >= 3:
        n += 1
        el = _question(quiz, "matching", f"Q{n} Who said it?", "Match each quote with the person or body who said it.")
        ET.SubElement(el, "shuffleanswers").text = "1"
        for quote, speaker, _ in pairs:
            sub = _text(el, "subquestion", _html(f"“{quote}”"))
            answer = ET.SubElement(sub, "answer")
            ET.SubElement(answer, "text").text = speaker
        report.written += 1
    ET.indent(quiz)
    xml = ET.tostring(quiz, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n").encode(), report
