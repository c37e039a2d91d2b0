"""True or false: a fact's multiple-choice stem filled in, with its key (true) or with one of its
distractors (false). Never a negation a student can spot by grammar. Input: a multiple-choice
Question; output: a "true_false" Question."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..model import Question
from .distractors import starts_with_vowel_sound
from .wording import BLANK

# "Who said “...”?" read back as a statement: "Jane Doe said “...”."
WHO_SAID = re.compile(r"Who said (“.*”)\?$")
# "a(n) _____": the filled-in word decides the article
EITHER_ARTICLE = re.compile(rf"\b([Aa])\(n\)\s+{BLANK}")


def statement(mcq: Question, value: str) -> str:
    """The stem of a multiple-choice question with ``value`` in place of its blank."""
    who = WHO_SAID.fullmatch(mcq.prompt)
    if who:
        return f"{value} said {who.group(1)}."
    stem = mcq.extra.get("stem", mcq.prompt)  # a WH-question keeps the stem it was made from
    text = EITHER_ARTICLE.sub(lambda m: (m.group(1) + ("n" if starts_with_vowel_sound(value) else "")) + " " + BLANK, stem)
    return text.replace(BLANK, value, 1)  # pragma: no mutate - a stem has one blank: once or every time is one


def true_false(mcq: Question, truth: bool, seed: int | str) -> Question:
    """A true statement of the fact behind a multiple-choice question, or a false one made with one
    of its distractors (chosen by the question's id and the seed, so a rebuild gives the same)."""
    rng = random.Random(f"tf:{seed}:{mcq.guid_key}")
    value = mcq.answer if truth else rng.choice([o for o in mcq.options if o != mcq.answer])
    return replace(
        mcq,
        type="true_false",
        prompt=statement(mcq, value),
        answer="true" if truth else "false",
        options=(),
        guid_key=mcq.guid_key + ":tf",
        extra={**mcq.extra, "key": mcq.answer, "shown": value},
    )
