"""Between extracting and asking: which facts become questions, each once."""

from __future__ import annotations

from conftest import article_of

import quizgen.generate.limits as limits
import quizgen.pipeline as pipeline
from quizgen.extract import extract


def questions(body: str):
    article = article_of(body)
    return pipeline.questions_of(article, extract(article))


# A sentence that stands alone (who, what, when), so that it is asked about
TRIPS = "The Northport rowing club made {n} trips to China in {year} to race on the Yangtze River, its coach Anna Berg said."


def test_a_sentence_that_comes_again_is_asked_once():
    once, _ = questions(TRIPS.format(n="four", year=2018))
    twice, _ = questions((TRIPS.format(n="four", year=2018) + "\n\n") * 3)
    assert once and [q.prompt or q.cloze for q in twice] == [q.prompt or q.cloze for q in once]


def test_a_list_pasted_as_one_sentence_is_weighed_for_a_dozen_facts_at_most():
    from quizgen.generate import plan

    boats = ", ".join(f"{n} boats at pier {n}" for n in range(2, 40))
    article = article_of(f"The Northport Port Authority counted {boats}.")
    facts = extract(article)
    made = plan(article, facts)
    weighed = {fid for q in made.questions for fid in q.fact_ids} | {d.fact.id for d in made.dropped}
    assert len(facts) > 30 and len(weighed) == limits.MAX_FACTS_PER_SENTENCE
    assert all(len(q.extra.get("answers", [])) <= limits.MAX_FACTS_PER_SENTENCE for q in made.questions)


def test_an_article_past_the_limit_is_asked_about_up_to_it_with_a_warning(monkeypatch):
    monkeypatch.setattr(limits, "MAX_FACTS", 6)
    body = "\n\n".join(TRIPS.format(n=n, year=1950 + n) for n in range(2, 12))
    qs, warnings = questions(body)
    assert qs and max(q.sentence.paragraph for q in qs) == 3  # two facts a paragraph
    assert warnings == [
        "test.txt: only the facts up to paragraph 3 become questions (the first 6); "
        "split the article into smaller files to be asked about the rest"
    ]
    _, warnings = questions(TRIPS.format(n=4, year=2018))
    assert warnings == []
