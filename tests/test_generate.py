from __future__ import annotations

import random
import re

from conftest import article_of
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.articles import read_article
from quizgen.extract import extract
from quizgen.generate import generate
from quizgen.generate.distractors import count_options, date_options, distance_options
from quizgen.model import Fact, Sentence

CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def questions_of(path, seed=0):
    article = read_article(path)
    return generate(article, extract(article), seed=seed)


def number_of(option: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    return float(m.group().replace(",", ""))


def test_every_mcq_is_well_formed(bundled):
    qs = [q for q in questions_of(bundled) if q.type == "mcq"]
    assert len(qs) >= 8
    for q in qs:
        assert len(q.options) == 4
        assert q.options.count(q.answer) == 1, q
        assert len({o.lower() for o in q.options}) == 4, q
        assert not re.search(r"(?<!\w)" + re.escape(q.answer.lower()) + r"(?!\w)", q.prompt.lower()), q.prompt
        assert q.prompt.endswith("?") or "_____" in q.prompt
        if q.kind in ("distance", "date") and re.fullmatch(r"[\d,.]+\s?\w*", q.answer):
            values = [number_of(o) for o in q.options]
            assert values == sorted(values), q.options


def test_the_conversion_is_hidden_with_the_distance(bundled):
    [q] = [q for q in questions_of(bundled) if q.type == "mcq" and q.kind == "distance"]
    assert q.prompt == "Vladivostok lies _____ from the border with North Korea."
    assert "80 miles" not in q.prompt and "130 km" in q.options
    [c] = [q for q in questions_of(bundled) if q.type == "cloze" and "Vladivostok lies" in q.sentence.text]
    assert c.cloze == "Vladivostok lies {{c1::130 km (80 miles)::distance}} from the border with North Korea."


def test_cloze_markup_removed_gives_the_sentence(bundled):
    clozes = [q for q in questions_of(bundled) if q.type == "cloze"]
    assert clozes
    for q in clozes:
        assert CLOZE.sub(r"\1", q.cloze) == q.sentence.text
        assert q.answer in CLOZE.findall(q.cloze)


def test_several_facts_in_one_sentence_share_one_note():
    article = article_of("Kim made four trips to China in 2018 and met Xi there.")
    [cloze] = [q for q in generate(article, extract(article)) if q.type == "cloze"]
    assert cloze.cloze == "Kim made {{c1::four::number}} trips to China in {{c2::2018::date}} and met Xi there."


def test_relative_dates_and_one_are_not_asked():
    article = article_of("On Monday, one official visited the site.")
    assert generate(article, extract(article)) == []


def test_same_seed_same_questions_other_seed_other_distractors(bundled):
    a = [q.to_json() for q in questions_of(bundled, seed=1)]
    assert a == [q.to_json() for q in questions_of(bundled, seed=1)]
    b = [q.to_json() for q in questions_of(bundled, seed=2)]
    assert [q.get("options") for q in a] != [q.get("options") for q in b]


def test_max_questions_caps_each_article(bundled):
    article = read_article(bundled)
    assert len(generate(article, extract(article), max_questions=5)) == 5


def test_every_question_keeps_its_provenance(bundled):
    article = read_article(bundled)
    for q in generate(article, extract(article)):
        assert q.sentence.text in article.text
        assert q.sentence.paragraph >= 1


def _fact(kind, text, value, sentence="X"):
    s = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind=kind, text=text, start=0, end=len(text), sentence=s, value=value)


@settings(max_examples=200, deadline=None)
@given(
    amount=st.integers(min_value=1, max_value=200000),
    unit=st.sampled_from(["km", "miles", "metres", "m", "feet"]),
    seed=st.integers(0, 10**6),
)
def test_distance_distractors_are_typed(amount, unit, seed):
    text = f"{amount:,} {unit}"
    options = distance_options(_fact("distance", text, {"amount": amount, "unit": unit}), random.Random(seed))
    if options is None:
        return
    assert options.count(text) == 1 and len(set(options)) == 4
    values = [number_of(o) for o in options]
    assert values == sorted(values) and min(values) > 0
    assert all(o.endswith(" " + unit) for o in options)
    assert all(b > a * 1.03 for a, b in zip(values, values[1:], strict=False))  # none equivalent to another


@settings(max_examples=200, deadline=None)
@given(value=st.integers(min_value=2, max_value=20000), words=st.booleans(), seed=st.integers(0, 10**6))
def test_count_distractors_keep_the_form(value, words, seed):
    from quizgen.generate.distractors import NUMBER_WORD

    if words and value not in NUMBER_WORD:
        return
    text = NUMBER_WORD[value] if words else str(value)
    options = count_options(_fact("count", text, value), random.Random(seed))
    if options is None:
        return
    assert options.count(text) == 1 and len(set(options)) == 4
    if words:
        assert all(o.isalpha() for o in options)
    else:
        values = [int(o.replace(",", "")) for o in options]  # thousands are written 1,002
        assert values == sorted(values) and min(values) > 0


@settings(max_examples=200, deadline=None)
@given(year=st.integers(1800, 2090), month=st.integers(1, 12), seed=st.integers(0, 10**6))
def test_date_distractors_keep_the_grain(year, month, seed):
    import calendar

    text = f"{calendar.month_name[month]} {year}"
    options = date_options(_fact("date", text, f"{year:04d}-{month:02d}"), random.Random(seed))
    assert options is not None and options.count(text) == 1 and len(set(options)) == 4
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", o) for o in options)
    keys = [(int(o.split()[1]), list(calendar.month_name).index(o.split()[0])) for o in options]
    assert keys == sorted(keys)


def test_answer_positions_are_spread(bundled):
    from collections import Counter

    positions = Counter()
    for seed in range(30):
        for q in questions_of(bundled, seed=seed):
            if q.type == "mcq":
                positions[q.options.index(q.answer)] += 1
    total = sum(positions.values())
    assert max(positions.values()) / total <= 0.4, positions


def test_two_quotes_of_one_sentence_have_their_own_identity():
    from quizgen.generate import _speakers, multiple_choice

    article = article_of(
        "The talks were “useful for both sides” and “we will meet again,” said envoy Ann Reyes.\n\n"
        "“It went well,” said minister Paul Okafor.\n\n“We disagree,” said senator Mia Lund.\n\n"
        "“Nothing changed,” said analyst Tom Berg."
    )
    facts = extract(article)
    reyes = [f for f in facts if f.kind == "quote" and "Reyes" in f.speaker]
    assert [f.quote for f in reyes] == ["useful for both sides", "we will meet again"]
    qs = [multiple_choice(article, f, _speakers(facts), random.Random(0)) for f in reyes]
    assert all(q is not None and q.answer == "Ann Reyes" for q in qs)
    assert qs[0].guid_key != qs[1].guid_key


def test_identity_survives_a_corrected_number():
    a = article_of("Vladivostok lies 130 km (80 miles) from the border.")
    b = article_of("Vladivostok lies 131 km (81 miles) from the border.")
    ka = [q.guid_key for q in generate(a, extract(a))]
    kb = [q.guid_key for q in generate(b, extract(b))]
    assert ka == kb and ka


def test_a_hedged_count_keeps_its_hedge_in_every_option():
    article = article_of("Police evacuated about 80 people from the town after the storm.")
    [q] = [q for q in generate(article, extract(article)) if q.type == "mcq"]
    assert q.answer == "about 80" and all(o.startswith("about ") for o in q.options)
    assert q.prompt == "Police evacuated _____ people from the town after the storm."
