"""Articles of pathological shapes, and the time each stage of a build takes on them.

Used by test_scaling.py (the same shape at n and 4n must cost about four times as much) and
by scripts/scaling.py (which prints the figures). Every sentence here is written for the tests.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

SYLLABLES = "ka lo mi ne ru sa ti vo be do fa gu".split()


def speaker_names(n: int) -> list[str]:
    """n made-up people with distinct surnames ("Kaka Nekaka", ...)."""

    def word(i: int, length: int) -> str:
        parts = []
        for _ in range(length):
            i, r = divmod(i, len(SYLLABLES))
            parts.append(SYLLABLES[r])
        return "".join(parts).capitalize()

    length = 3 if n <= 12**3 else 4 if n <= 12**4 else 5  # surname syllables: enough for n surnames
    return [f"{word(i, 2)} {word(i * 7 + 3, length)}" for i in range(n)]


def many_speakers_text(n: int) -> str:
    """An article in which n different people are each quoted once, one paragraph each."""
    lines = [f"“We built {i % 9 + 2} bridges in ten years,” said engineer {name}." for i, name in enumerate(speaker_names(n))]
    return "Engineers of the valley\n\n" + "\n\n".join(lines) + "\n"


def _article(body: str, title: str = "A pathological article") -> str:
    return f"{title}\n\n{body}\n"


# name -> a function from n (how many times the shape's unit repeats) to the article's text
SHAPES: dict[str, Callable[[int], str]] = {
    # the case: one sentence holding n distances
    "many facts in one sentence": lambda n: _article(
        "The new road runs " + "".join(f"{i % 90 + 5} km and then " for i in range(n)) + "ends."
    ),
    # a transcript or a list pasted with no full stop anywhere
    "one sentence with no full stop": lambda n: _article(
        " ".join(f"Mr Ortiz said the {i % 9 + 2} boats reached Lisbon in May {1950 + i % 70} and" for i in range(n))
    ),
    # (these two stand alone, as quizgen asks only what does: their questions are exported)
    "many quotes": lambda n: _article(
        " ".join(f"“The Avon Bridge in Bristol is {i} km long,” said engineer Sam Ortiz." for i in range(n)),
        title="Sam Ortiz on the Avon Bridge",
    ),
    "many paragraphs": lambda n: _article(
        "\n\n".join(
            f"The Lisbon Sailing Club crew made {i % 97 + 2} trips to China in {1900 + i % 120}, said its captain Mia Lund."
            for i in range(n)
        )
    ),
    "many speakers": many_speakers_text,
    # "he said" resolved against every named speaker before it
    "many pronoun quotes": lambda n: _article(
        "“We begin today,” said Sam Ortiz.\n\n" + " ".join(f"“We made {i} trips in 2018,” he said." for i in range(n))
    ),
    # one speaker's quote left open at each paragraph's end, continued by the next paragraph
    "quotes running over paragraphs": lambda n: _article(
        "Sam Ortiz said: " + "\n\n".join(f"“We made {i % 50 + 2} trips in {1950 + i % 70}." for i in range(n)) + "”"
    ),
    # runs of marks and quote marks that open and never close
    "punctuation runs": lambda n: _article("".join(f"It rose {i} km?!?!?! “so " for i in range(n))),
}


def stage_times(text: str, exports: bool = True) -> dict[str, float]:
    """Seconds each stage takes on one article: read, extract, generate, and (with exports) the
    export to each target."""
    from quizgen.articles import parse_article
    from quizgen.export import exporter
    from quizgen.export.anki import deck_bytes
    from quizgen.export.worksheet import render
    from quizgen.extract import extract
    from quizgen.pipeline import questions_of

    times: dict[str, float] = {}

    def timed(stage: str, work: Callable):
        start = time.perf_counter()
        value = work()
        times[stage] = time.perf_counter() - start
        return value

    article = timed("read", lambda: parse_article(text, source="shape.txt", slug="shape"))
    facts = timed("extract", lambda: extract(article))
    questions, _ = timed("generate", lambda: questions_of(article, facts))
    if questions and exports:
        timed("anki", lambda: deck_bytes(article, questions, timestamp=1_700_000_000))
        timed("html", lambda: render(article, questions))
        for name in ("gift", "moodle", "qti", "kahoot", "quizizz", "quizlet"):
            timed(name, lambda name=name: exporter(name)(article, questions))
    return times


def best_times(text: str, runs: int = 2, exports: bool = True) -> dict[str, float]:
    """The fastest of a few runs for each stage: noise only ever adds time. The garbage
    collector is held off while they run, as timeit does: its passes over every object
    alive would otherwise land in one run or another."""
    results = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            results.append(stage_times(text, exports))
        finally:
            gc.enable()
    return {stage: min(r[stage] for r in results) for stage in results[0]}
