"""What an article of any size and shape gives to ask: repeats once, and caps per sentence and article."""

from __future__ import annotations

from ..model import Article, Fact, Question

# A sentence gives at most this many facts to ask about (the development articles' most is 5):
# a table or a list pasted as one sentence would otherwise make cards with a hundred blanks
MAX_FACTS_PER_SENTENCE = 12
# An article gives questions from at most this many facts, in reading order: what 1.6 MB of
# news prose holds (the development articles hold one fact per 160 characters, 1,600 in all),
# so that a file of any shape is built into every target in seconds; a warning names the cut
MAX_FACTS = 10_000


def askable(article: Article, facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """The facts that go on to become questions, and a warning when some were left out: a fact
    seen before (the same words in a sentence that comes again word for word) is asked once,
    a sentence gives at most MAX_FACTS_PER_SENTENCE, an article at most MAX_FACTS."""
    seen: set[tuple] = set()
    per_sentence: dict[tuple[int, int], int] = {}
    kept: list[Fact] = []
    for f in facts:
        key = (f.kind, f.text, f.start - f.sentence.start, f.sentence.text, f.quote)
        where = (f.sentence.start, f.sentence.end)
        per_sentence[where] = per_sentence.get(where, 0) + 1
        if key in seen or per_sentence[where] > MAX_FACTS_PER_SENTENCE:
            continue
        seen.add(key)
        if len(kept) == MAX_FACTS:
            last = kept[-1].sentence.paragraph
            return kept, [
                f"{article.source}: only the facts up to paragraph {last} become questions (the first {MAX_FACTS:,}); "
                "split the article into smaller files to be asked about the rest"
            ]
        kept.append(f)
    return kept, []


def distinct(questions: list[Question]) -> list[Question]:
    """The questions without repeats: a quote the article gives twice is asked once."""
    seen: set[tuple] = set()
    kept = []
    for q in questions:
        key = (q.type, q.prompt, q.cloze, q.answer)
        if key not in seen:
            seen.add(key)
            kept.append(q)
    return kept
