"""Moodle GIFT text: multiple choice with the source as feedback, numbers with a tolerance,
one-blank sentences as missing-word questions, and who-said-what as a matching question."""

from __future__ import annotations

import re

from ..model import Article, Question
from .targets import Report, accepted, blanks, cued, in_play, numeric_stem, plain, quote_pairs, title_of, tolerance

# GIFT's special characters, escaped with a backslash wherever article text goes
SPECIAL = re.compile(r"([~=#{}:\\])")
MARK = "// made by quizgen"


def esc(text: str) -> str:
    """Article text as GIFT text: its special characters escaped, on one line."""
    return SPECIAL.sub(r"\\\1", " ".join(text.split()))


def gift(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """The GIFT file for one article, and what happened to each question."""
    report = Report("gift")
    out = [MARK, f"// {esc(title_of(article))}", f"$CATEGORY: $course$/quizgen/{esc(title_of(article))}", ""]
    n = 0
    questions, report.skipped = in_play(questions)
    for q in questions:
        feedback = f"####{esc(q.sentence.text)} (paragraph {q.sentence.paragraph})"
        if q.type == "mcq":
            n += 1
            options = "\n".join(("=" if o == q.answer else "~") + esc(o) for o in q.options)
            out += [f"::Q{n}:: {esc(cued(q, q.prompt))} {{", options, feedback, "}", ""]
            report.written += 1
            if "number" in q.extra:
                n += 1
                tol = tolerance(q)
                answer = plain(float(q.extra["number"])) + (f":{plain(tol)}" if tol else "")
                out += [f"::Q{n}:: {esc(cued(q, numeric_stem(q)))} {{#{answer}", feedback, "}", ""]
                report.written += 1
        elif q.type == "cloze":
            for before, answer, after in blanks(q):
                n += 1
                right = " ".join("=" + esc(form) for form in accepted(answer))
                out += [f"::Q{n}:: {esc(cued(q, before))}{{{right}}}{esc(after)}", ""]
                report.written += 1
        elif q.type == "true_false":
            n += 1
            out += [f"::Q{n}:: {esc(cued(q, q.prompt))} {{{'T' if q.answer == 'true' else 'F'}{feedback}}}", ""]
            report.written += 1
        elif q.type == "order":
            report.skipped.append("GIFT has no ordering question")
    pairs = quote_pairs(questions)
    if len(pairs) >= 3:
        n += 1
        body = "\n".join(f"={esc(quote)} -> {esc(speaker)}" for quote, speaker, _ in pairs)
        out += [f"::Q{n} Who said it?:: Match each quote with the person or body who said it. {{", body, "}", ""]
        report.written += 1
    return ("\n".join(out) + "\n").encode(), report
