"""Cost grows linearly with the article: each pathological shape is built at n and at 4n, and no
stage may take more than six times as long on the larger one (four is linear; a quadratic
stage takes sixteen). The shapes are in shapes.py; scripts/scaling.py prints the figures."""

from __future__ import annotations

import signal

import pytest
from shapes import SHAPES, best_times

# n for each shape, for reading, extracting and generating (large enough that a quadratic step
# among thousands of quotes shows) and for exporting to every target (which costs more per question)
SIZES = {
    "many facts in one sentence": (2000, 1000),
    "one sentence with no full stop": (200, 100),
    "many quotes": (400, 60),
    "many paragraphs": (300, 60),
    "many speakers": (300, 60),
    "many pronoun quotes": (400, 60),
    "quotes running over paragraphs": (400, 60),
    "punctuation runs": (400, 200),
}
MAX_RATIO = 6
# A stage this quick on the larger article is not judged: timer noise is a large part of it
FLOOR = 0.03


class TooSlow(Exception):
    pass


def _times(text: str, exports: bool, budget: float) -> dict[str, float]:
    """best_times, stopped with TooSlow after budget seconds (where the platform has SIGALRM)."""
    if not hasattr(signal, "setitimer"):
        return best_times(text, runs=1, exports=exports)

    def stop(signum, frame):
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        return best_times(text, runs=1, exports=exports)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _too_slow(small: dict[str, float], large: dict[str, float]) -> dict[str, str]:
    return {
        stage: f"{small.get(stage, 0):.3f} s -> {large[stage]:.3f} s"
        for stage in large
        if large[stage] > FLOOR and large[stage] > MAX_RATIO * max(small.get(stage, 0.0), FLOOR / MAX_RATIO)
    }


@pytest.mark.parametrize("exports", [False, True], ids=["read, extract, generate", "export to every target"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_cost_is_linear_in_the_article(shape, exports):
    make, n = SHAPES[shape], SIZES[shape][exports]
    small_text, large_text = make(n), make(4 * n)
    small = best_times(small_text, runs=2, exports=exports)  # the first run also warms imports and caches
    budget = max(5.0, 3 * MAX_RATIO * sum(small.values()))
    slow: dict[str, str] = {}
    large: dict[str, float] = {}
    for _ in range(3):  # a slow stage is measured again: a busy machine only ever adds time
        try:
            again = _times(large_text, exports, budget)
        except TooSlow:
            pytest.fail(f"{shape}: over {budget:.0f} s at 4x the size, {sum(small.values()):.3f} s at 1x")
        large = {stage: min(t, large.get(stage, t)) for stage, t in again.items()}
        slow = _too_slow(small, large)
        if not slow:
            break
    assert not slow, f"{shape}: more than {MAX_RATIO}x the time at 4x the size: {slow}"


def test_the_shapes_exercise_what_they_are_named_for():
    from quizgen.articles import parse_article
    from quizgen.extract import extract

    def facts(shape, n):
        article = parse_article(SHAPES[shape](n))
        return article, extract(article)

    article, found = facts("many facts in one sentence", 200)
    assert sum(f.kind == "distance" for f in found) == 200
    article, found = facts("many speakers", 40)
    assert len({f.speaker for f in found if f.kind == "quote"}) == 40
    article, found = facts("many pronoun quotes", 40)
    assert sum(f.kind == "quote" and f.speaker == "Sam Ortiz" for f in found) == 41
    article, found = facts("many paragraphs", 40)
    assert len(article.paragraphs) == 40
    article, found = facts("quotes running over paragraphs", 40)
    assert sum(f.kind == "quote" for f in found) >= 40
    # the export stage is timed on questions: these shapes give one or more a unit
    from quizgen.generate import generate

    for shape in ("many quotes", "many paragraphs"):
        article, found = facts(shape, SIZES[shape][1])
        assert len(generate(article, found)) >= SIZES[shape][1], shape
