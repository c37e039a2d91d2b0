"""Between extracting and asking: which facts become questions, each once."""

from __future__ import annotations

from conftest import article_of

import quizgen.pipeline as pipeline
from quizgen.extract import extract


def questions(body: str):
    article = article_of(body)
    return pipeline.questions_of(article, extract(article))


def test_a_sentence_that_comes_again_is_asked_once():
    once, _ = questions("The crew made four trips to China in 2018, officials said.")
    twice, _ = questions("The crew made four trips to China in 2018, officials said.\n\n" * 3)
    assert once and [q.prompt or q.cloze for q in twice] == [q.prompt or q.cloze for q in once]


def test_a_list_pasted_as_one_sentence_gives_at_most_a_dozen_blanks():
    qs, _ = questions("The survey counted " + ", ".join(f"{n} boats in port {n}" for n in range(2, 60)) + ".")
    assert qs and all(len(q.extra.get("answers", [])) <= pipeline.MAX_FACTS_PER_SENTENCE for q in qs)


def test_an_article_past_the_limit_is_asked_about_up_to_it_with_a_warning(monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_FACTS", 6)
    body = "\n\n".join(f"The crew made {n} trips to China in {1950 + n}, officials said." for n in range(2, 12))
    qs, warnings = questions(body)
    assert qs and max(q.sentence.paragraph for q in qs) == 3  # two facts a paragraph
    assert warnings == [
        "test.txt: only the facts up to paragraph 3 become questions (the first 6); "
        "split the article into smaller files to be asked about the rest"
    ]
    _, warnings = questions("The crew made 4 trips to China in 2018, officials said.")
    assert warnings == []
