"""A QTI 1.2 package (a zip with imsmanifest.xml) as Canvas imports it: multiple choice and
numerical items, each with the source sentence as feedback."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from markupsafe import escape

from ..model import Article, Question, cued, digest
from .files import MARK, build_time, zip_time
from .targets import BLANK, Report, accepted, blanks, in_play, numeric_stem, plain, title_of, tolerance

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"


def _field(meta: ET.Element, label: str, entry: str) -> None:
    f = ET.SubElement(meta, "qtimetadatafield")
    ET.SubElement(f, "fieldlabel").text = label
    ET.SubElement(f, "fieldentry").text = entry


def _material(parent: ET.Element, text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", {"texttype": "text/html"}).text = str(escape(text))


def _item(section: ET.Element, ident: str, title: str, qtype: str, prompt: str) -> tuple[ET.Element, ET.Element]:
    item = ET.SubElement(section, "item", {"ident": ident, "title": title})
    meta = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    _field(meta, "question_type", qtype)
    _field(meta, "points_possible", "1")
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, prompt)
    return item, presentation


def _processing(item: ET.Element) -> ET.Element:
    proc = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(proc, "outcomes")
    ET.SubElement(outcomes, "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"})
    always = ET.SubElement(proc, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(always, "conditionvar"), "other")
    ET.SubElement(always, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    return proc


def _feedback(item: ET.Element, q: Question) -> None:
    fb = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
    _material(ET.SubElement(fb, "flow_mat"), f"{q.sentence.text} (paragraph {q.sentence.paragraph})")


def assessment(article: Article, questions: list[Question], ident: str) -> tuple[ET.Element, Report]:
    """The questestinterop document of one article."""
    report = Report("qti")
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    test = ET.SubElement(root, "assessment", {"ident": ident, "title": f"quizgen: {title_of(article)}"})
    section = ET.SubElement(test, "section", {"ident": "root_section"})
    n = 0
    questions, report.skipped = in_play(questions)
    for q in questions:
        if q.type == "true_false":
            n += 1
            item, presentation = _item(section, f"{ident}_{q.id}", f"Q{n}", "true_false_question", cued(q, q.prompt))
            lid = ET.SubElement(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
            choices = ET.SubElement(lid, "render_choice")
            for label in ("True", "False"):
                _material(ET.SubElement(choices, "response_label", {"ident": f"{n}{label}"}), label)
            proc = _processing(item)
            right = ET.SubElement(proc, "respcondition", {"continue": "No"})
            key = f"{n}{'True' if q.answer == 'true' else 'False'}"
            ET.SubElement(ET.SubElement(right, "conditionvar"), "varequal", {"respident": "response1"}).text = key
            ET.SubElement(right, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
            _feedback(item, q)
            report.written += 1
            continue
        if q.type == "order":
            report.skipped.append("Canvas's QTI has no ordering question")
            continue
        if q.type == "cloze":
            for k, (before, answer, after) in enumerate(blanks(q)):
                n += 1
                item, presentation = _item(section, f"{ident}_{q.id}_{k}", f"Q{n}", "short_answer_question",
                                           cued(q, f"{before}{BLANK}{after}"))  # fmt: skip
                strs = ET.SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
                ET.SubElement(ET.SubElement(strs, "render_fib"), "response_label", {"ident": "answer1", "rshuffle": "No"})
                proc = _processing(item)
                right = ET.SubElement(proc, "respcondition", {"continue": "No"})
                forms = ET.SubElement(right, "conditionvar")
                for form in accepted(answer):  # any of them scores
                    ET.SubElement(forms, "varequal", {"respident": "response1"}).text = form
                ET.SubElement(right, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
                _feedback(item, q)
                report.written += 1
            continue
        if q.type != "mcq":
            continue
        n += 1
        item, presentation = _item(section, f"{ident}_{q.id}", f"Q{n}", "multiple_choice_question", cued(q, q.prompt))
        lid = ET.SubElement(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
        choices = ET.SubElement(lid, "render_choice")
        for i, option in enumerate(q.options):
            label = ET.SubElement(choices, "response_label", {"ident": f"{n}{'ABCDE'[i]}"})
            _material(label, option)
        proc = _processing(item)
        right = ET.SubElement(proc, "respcondition", {"continue": "No"})
        ET.SubElement(
            ET.SubElement(right, "conditionvar"), "varequal", {"respident": "response1"}
        ).text = f"{n}{'ABCDE'[q.options.index(q.answer)]}"
        ET.SubElement(right, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
        _feedback(item, q)
        report.written += 1
        if "number" in q.extra:
            n += 1
            item, presentation = _item(section, f"{ident}_{q.id}_n", f"Q{n}", "numerical_question", cued(q, numeric_stem(q)))
            strs = ET.SubElement(presentation, "response_str", {"ident": "response1", "rcardinality": "Single"})
            ET.SubElement(ET.SubElement(strs, "render_fib", {"fibtype": "Decimal"}), "response_label", {"ident": "answer1"})
            proc = _processing(item)
            right = ET.SubElement(proc, "respcondition", {"continue": "No"})
            value, tol = float(q.extra["number"]), tolerance(q)
            either = ET.SubElement(ET.SubElement(right, "conditionvar"), "or")
            ET.SubElement(either, "varequal", {"respident": "response1"}).text = plain(value)
            both = ET.SubElement(either, "and")
            ET.SubElement(both, "vargte", {"respident": "response1"}).text = plain(value - tol)
            ET.SubElement(both, "varlte", {"respident": "response1"}).text = plain(value + tol)
            ET.SubElement(right, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
            _feedback(item, q)
            report.written += 1
    return root, report


def manifest(ident: str) -> ET.Element:
    """imsmanifest.xml: one QTI resource, the assessment file."""
    root = ET.Element("manifest", {"identifier": f"{ident}_manifest", "xmlns": CP_NS})
    meta = ET.SubElement(root, "metadata")
    ET.SubElement(meta, "schema").text = "IMS Content"
    ET.SubElement(meta, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    resource = ET.SubElement(resources, "resource", {"identifier": ident, "type": "imsqti_xmlv1p2"})
    ET.SubElement(resource, "file", {"href": f"{ident}/{ident}.xml"})
    return root


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    return xml.encode()


def qti(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """The QTI 1.2 zip for one article, with fixed entry times so a rebuild gives the same bytes."""
    ident = "qg" + digest(article.slug, title_of(article), size=16)
    test, report = assessment(article, questions, ident)
    buf = io.BytesIO()
    stamp = zip_time(build_time())
    with zipfile.ZipFile(buf, "w") as z:  # every entry says how it is compressed
        z.comment = MARK
        for name, data in (("imsmanifest.xml", _xml(manifest(ident))), (f"{ident}/{ident}.xml", _xml(test))):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue(), report
