"""Spreadsheet imports: Kahoot's quiz template and Quizizz's question template (.xlsx),
each within its limits (lengths, number of options, allowed time limits)."""

from __future__ import annotations

import datetime
import io
import zipfile

from ..model import Article, Question, cued
from .files import MARK, build_time, zip_time
from .targets import BLANK, Report, accepted, blanks, in_play, shorten, title_of

KAHOOT_QUESTION, KAHOOT_ANSWER = 120, 75
KAHOOT_TIMES = (5, 10, 20, 30, 60, 90, 120, 240)
QUIZIZZ_OPTIONS = 5


def _time_limit(prompt: str, allowed: tuple[int, ...]) -> int:
    """Time to read the question and the options: about one second per 4 characters, at least 20 s."""
    want = max(20, len(prompt) // 4 + 10)
    return min((t for t in allowed if t >= want), default=allowed[-1])


def _workbook_bytes(wb) -> bytes:
    """The workbook as .xlsx bytes, the same for the same questions and build time
    (SOURCE_DATE_EPOCH): its created and modified times and its zip entries' times are the
    build's (openpyxl's save would stamp the clock), and it is marked as quizgen's."""
    from openpyxl.writer.excel import ExcelWriter

    ts = build_time()
    when = datetime.datetime.fromtimestamp(int(ts), datetime.UTC).replace(tzinfo=None)  # openpyxl writes naive UTC
    wb.properties.created = wb.properties.modified = when
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    stamp = zip_time(ts)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, src.read(info.filename))
        dst.comment = MARK  # a rebuild may replace the file, and nothing else
    return out.getvalue()


def kahoot(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """Kahoot's "Quiz template" spreadsheet: question (120), four answers (75), time, correct answer."""
    from openpyxl import Workbook

    report = Report("kahoot")
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    guide = "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."
    for row, text in enumerate(("Quiz template", f"quizgen: {title_of(article)}", guide), 2):
        ws.cell(row=row, column=2, value=text)
    header = [
        "",
        "Question - max 120 characters",
        "Answer 1 - max 75 characters",
        "Answer 2 - max 75 characters",
        "Answer 3 - max 75 characters",
        "Answer 4 - max 75 characters",
        "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
        "Correct answer(s) - choose at least one",
    ]
    for col, text in enumerate(header, 1):
        ws.cell(row=8, column=col, value=text)
    row = 9
    questions, report.skipped = in_play(questions)
    for q in questions:
        if q.type not in ("mcq", "true_false"):
            report.skipped.append("fill-in sentences and timelines have no Kahoot quiz equivalent")
            continue
        options = q.options if q.type == "mcq" else ("True", "False")
        answer = q.answer if q.type == "mcq" else q.answer.capitalize()
        prompt = shorten(q.prompt, KAHOOT_QUESTION)  # around the blank, where it has one
        if prompt is None or any(len(o) > KAHOOT_ANSWER for o in options):
            report.skipped.append("question or answer too long for Kahoot even when shortened")
            continue
        if prompt != q.prompt:
            report.shortened.append(q.prompt)
        values = [row - 8, prompt, *options, *[""] * (4 - len(options)), _time_limit(prompt, KAHOOT_TIMES),
                  options.index(answer) + 1]  # fmt: skip
        for col, value in enumerate(values, 1):
            ws.cell(row=row, column=col, value=value)
        row += 1
        report.written += 1
    return _workbook_bytes(wb), report


QUIZIZZ_TIMES = (5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)


def quizizz(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """Quizizz's question template: multiple choice (up to 5 options) and fill-in-the-blank."""
    from openpyxl import Workbook

    report = Report("quizizz")
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(
        ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
         "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]
    )  # fmt: skip
    questions, report.skipped = in_play(questions)
    for q in questions:
        explanation = f"{q.sentence.text} (paragraph {q.sentence.paragraph})"
        if q.type in ("mcq", "true_false"):
            choices = list(q.options) if q.type == "mcq" else ["True", "False"]
            key = q.answer if q.type == "mcq" else q.answer.capitalize()
            options = choices[:QUIZIZZ_OPTIONS] + [""] * (QUIZIZZ_OPTIONS - len(choices[:QUIZIZZ_OPTIONS]))
            prompt = cued(q, q.prompt)
            ws.append([prompt, "Multiple Choice", *options, choices.index(key) + 1,
                       _time_limit(prompt, QUIZIZZ_TIMES), "", explanation])  # fmt: skip
            report.written += 1
        elif q.type == "cloze":
            for before, answer, after in blanks(q):
                prompt = cued(q, f"{before}{BLANK}{after}")
                time_limit = _time_limit(prompt, QUIZIZZ_TIMES)
                forms = accepted(answer)[:QUIZIZZ_OPTIONS]  # a fill-in's options are the answers it takes
                options = forms + [""] * (QUIZIZZ_OPTIONS - len(forms))
                ws.append([prompt, "Fill-in-the-Blank", *options, "", time_limit, "", explanation])
                report.written += 1
        elif q.type == "order":
            report.skipped.append("Quizizz's spreadsheet has no ordering question")
    return _workbook_bytes(wb), report
