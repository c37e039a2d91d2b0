"""True or false: a fact's multiple-choice stem filled in, with its key (true) or with one of its
distractors (false). Never a negation a student can spot by grammar. Input: a multiple-choice
Question; output: a "true_false" Question."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from ..extract.numbers import DIGITS, WORD_NUMBERS, parse_number
from ..model import Question
from .distractors import HEDGE, starts_with_vowel_sound
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


# A negation: "did not lose a game in five matches" is true of two matches as well
NEGATION = re.compile(r"\b(?:not|no|never|without|none)\b|n['’]t\b", re.I)


def _amount(option: str) -> float | None:
    """The number an option of a count gives: "about 13,000" -> 13000, "five matches" -> 5."""
    m = re.search(DIGITS, option)
    if m:
        return parse_number(m.group())
    return next((float(WORD_NUMBERS[w]) for w in re.findall(r"[a-z]+", option.lower()) if w in WORD_NUMBERS), None)


def _falsehoods(mcq: Question) -> list[str]:
    """The distractors a false statement may take: for ordered options (numbers, dates), none right
    next to the key ("born in 1957" for 1958, "six firms" for five): a statement false by one step
    is a trap to catch the careless, not a test of the fact. A count under a negation takes a larger
    one ("lost no game in two matches" is true of five too), and a hedged count ("roughly 13,000")
    one at least half as large again or a third smaller, which "roughly" cannot stretch to. None
    where the options hold no such value: the statement is then made true."""
    others = [o for o in mcq.options if o != mcq.answer]
    if mcq.kind == "quote":
        return others  # speakers have no order
    at = mcq.options.index(mcq.answer)
    far = [o for i, o in enumerate(mcq.options) if abs(i - at) > 1]
    key = _amount(mcq.answer) if mcq.kind == "count" else None
    if key:
        amounts = {o: _amount(o) or 0.0 for o in far}
        if NEGATION.search(mcq.extra.get("stem", mcq.prompt).split(BLANK)[0]):  # a negation before the count
            fair = [o for o in far if amounts[o] > key]
        elif HEDGE.match(mcq.answer):
            fair = [o for o in far if amounts[o] >= 1.5 * key or amounts[o] <= key / 1.5]
        else:
            fair = far
        return fair
    return far


def can_be_false(mcq: Question) -> bool:
    """True where an option of the question makes a fair falsehood: a statement that could only be
    true would tip the share of true ones, and teach a class to mark such sentences true."""
    return bool(_falsehoods(mcq))


def true_false(mcq: Question, truth: bool, seed: int | str) -> Question:
    """A true statement of the fact behind a multiple-choice question, or a false one made with one
    of its distractors (chosen by the question's id and the seed, so a rebuild gives the same); true
    where no option makes a fair falsehood (see can_be_false)."""
    rng = random.Random(f"tf:{seed}:{mcq.guid_key}")
    falsehoods = _falsehoods(mcq)
    truth = truth or not falsehoods
    value = mcq.answer if truth else rng.choice(falsehoods)
    return replace(
        mcq,
        type="true_false",
        prompt=statement(mcq, value),
        answer="true" if truth else "false",
        options=(),
        guid_key=mcq.guid_key + ":tf",
        extra={**mcq.extra, "key": mcq.answer, "shown": value},
    )
