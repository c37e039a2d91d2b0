"""Moodle GIFT text: multiple choice with the source as feedback, numbers with a tolerance,
one-blank sentences as missing-word questions, and who-said-what as a matching question.

Every question declares its text [html], and article text goes into it HTML-escaped, so an
article's markup ("<b>north</b>", "<script>") shows as text in Moodle instead of being
rendered or silently cleaned away. The typed answer of a missing-word question and the
speakers of the matching question are plain text in Moodle, so they are GIFT-escaped only."""

from __future__ import annotations

import html
import re

from ..model import Article, Question, cued
from .targets import Report, accepted, blanks, in_play, numeric_stem, plain, quote_pairs, title_of, tolerance

# GIFT's special characters, escaped with a backslash wherever article text goes
SPECIAL = re.compile(r"([~=#{}:\\])")
# Line ends and runs of spaces: GIFT questions are one line each (a blank's own spaces stay)
SPACES = re.compile(r"\s+")
MARK = "// made by quizgen"
HTML = "[html]"  # the format of a question's text, its options and its feedback


def esc(text: str) -> str:
    """Article text as GIFT plain text: its special characters escaped, on one line."""
    return SPECIAL.sub(r"\\\1", SPACES.sub(" ", text))


def esc_html(text: str) -> str:
    """Article text for a field in [html]: markup escaped (it shows as text), then GIFT-escaped."""
    return esc(html.escape(text, quote=False))


def category(title: str) -> str:
    """A category name for $CATEGORY: a slash would start a subcategory, so it is doubled."""
    return esc(title).replace("/", "//")


def gift(article: Article, questions: list[Question]) -> tuple[bytes, Report]:
    """The GIFT file for one article, and what happened to each question."""
    report = Report("gift")
    out = [MARK, f"// {esc(title_of(article))}", f"$CATEGORY: $course$/quizgen/{category(title_of(article))}", ""]
    n = 0
    questions, report.skipped = in_play(questions)
    for q in questions:
        feedback = f"####{esc_html(q.sentence.text)} (paragraph {q.sentence.paragraph})"
        if q.type == "mcq":
            n += 1
            options = "\n".join(("=" if o == q.answer else "~") + esc_html(o) for o in q.options)
            out += [f"::Q{n}:: {HTML}{esc_html(cued(q, q.prompt))} {{", options, feedback, "}", ""]
            report.written += 1
            if "number" in q.extra:
                n += 1
                tol = tolerance(q)
                answer = plain(float(q.extra["number"])) + (f":{plain(tol)}" if tol else "")
                out += [f"::Q{n}:: {HTML}{esc_html(cued(q, numeric_stem(q)))} {{#{answer}", feedback, "}", ""]
                report.written += 1
        elif q.type == "cloze":
            for before, answer, after in blanks(q):
                n += 1
                right = " ".join("=" + esc(form) for form in accepted(answer))
                out += [f"::Q{n}:: {HTML}{esc_html(cued(q, before))}{{{right}}}{esc_html(after)}", ""]
                report.written += 1
        elif q.type == "true_false":
            n += 1
            out += [f"::Q{n}:: {HTML}{esc_html(cued(q, q.prompt))} {{{'T' if q.answer == 'true' else 'F'}{feedback}}}", ""]
            report.written += 1
        elif q.type == "order":
            report.skipped.append("GIFT has no ordering question")
    pairs = quote_pairs(questions)
    if len(pairs) >= 3:
        n += 1
        body = "\n".join(f"={esc_html(quote)} -> {esc(speaker)}" for quote, speaker, _ in pairs)
        out += [f"::Q{n} Who said it?:: {HTML}Match each quote with the person or body who said it. {{", body, "}", ""]
        report.written += 1
    return ("\n".join(out) + "\n").encode(), report
