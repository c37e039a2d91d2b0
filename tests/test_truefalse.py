"""True or false statements and timelines, from sentences written for the tests."""

from __future__ import annotations

import re

from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import generate
from quizgen.generate.truefalse import statement, true_false
from quizgen.model import Question, Sentence

HISTORY = (
    "Avalonia opened the Eldvik Tunnel in 1998, the first rail tunnel of Avalonia.\n\n"
    "Transit Avalonia bought 40 electric trains from Norland in 2004.\n\n"
    "In 2011, voters in Avalonia elected Maria Lindqvist as the first woman to lead Transit Avalonia.\n\n"
    "Transit Avalonia opened the Northport Tunnel in 2025 after nine years of work."
)


def mcq(prompt, answer, options):
    return Question(type="mcq", kind="count", fact_ids=("f",), sentence=Sentence("s", 0, 1, 1), answer=answer,
                    prompt=prompt, options=tuple(options), guid_key="k")  # fmt: skip


def test_a_statement_is_the_stem_with_the_key_or_a_distractor():
    q = mcq("Avalonia bought _____ trains from Norland.", "40", ["20", "40", "60", "80"])
    true, false = true_false(q, True, 0), true_false(q, False, 0)
    assert (true.prompt, true.answer) == ("Avalonia bought 40 trains from Norland.", "true")
    assert false.answer == "false" and re.fullmatch(r"Avalonia bought (20|60|80) trains from Norland\.", false.prompt)
    assert not re.search(r"\b(?:not|never|no)\b", false.prompt)


def test_a_n_before_the_blank_agrees_with_the_word_put_in():
    q = mcq("Eldvik built a(n) _____ metre wall.", "eight", ["seven", "eight", "nine", "ten"])
    assert statement(q, "eight") == "Eldvik built an eight metre wall."
    assert statement(q, "nine") == "Eldvik built a nine metre wall."


def test_who_said_becomes_a_statement_of_who_said_it():
    q = mcq("Who said “We will open the Northport Tunnel in March”?", "Maria Lindqvist", ["Maria Lindqvist", "Jonas Berg"])
    assert statement(q, "Jonas Berg") == "Jonas Berg said “We will open the Northport Tunnel in March”."


def test_an_article_has_about_as_many_true_statements_as_false(rich):
    article = article_of(HISTORY + "\n\n" + rich.read_text(encoding="utf-8").split("\n\n", 1)[1])
    answers = [q.answer for q in generate(article, extract(article)) if q.type == "true_false"]
    assert len(answers) >= 6 and abs(answers.count("true") - answers.count("false")) <= 1


def test_dated_events_make_a_timeline_with_their_dates_taken_out():
    article = article_of(HISTORY)
    [order] = [q for q in generate(article, extract(article)) if q.type == "order"]
    assert order.sequence == (
        "Avalonia opened the Eldvik Tunnel, the first rail tunnel of Avalonia.",
        "Transit Avalonia bought 40 electric trains from Norland.",
        "Voters in Avalonia elected Maria Lindqvist as the first woman to lead Transit Avalonia.",
        "Transit Avalonia opened the Northport Tunnel after nine years of work.",
    )
    assert sorted(order.items) == sorted(order.sequence) and list(order.items) != list(order.sequence)
    assert not any(re.search(r"\b(?:19|20)\d\d\b", e) for e in order.items)
    assert order.to_json()["answer"] == list(order.sequence)
