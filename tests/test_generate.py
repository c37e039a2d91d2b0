from __future__ import annotations

import random
import re

from conftest import article_of
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.articles import read_article
from quizgen.extract import extract
from quizgen.generate import generate
from quizgen.generate.distractors import NUMBER_WORD, count_options, date_options, distance_options
from quizgen.model import Fact, Sentence

CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


def questions_of(path, seed=0):
    article = read_article(path)
    return generate(article, extract(article), seed=seed)


def number_of(option: str) -> float:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", option)
    return float(m.group().replace(",", ""))


def test_every_mcq_is_well_formed(rich):
    qs = [q for q in questions_of(rich) if q.type == "mcq"]
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
    assert q.prompt == "How far does Vladivostok lie from the border with North Korea?"
    assert "80 miles" not in q.prompt and "130 km" in q.options
    [c] = [q for q in questions_of(bundled) if q.type == "cloze" and "Vladivostok lies" in q.sentence.text]
    assert c.cloze == "Vladivostok lies {{c1::130 km (80 miles)::distance}} from the border with North Korea."


def test_cloze_markup_removed_gives_the_sentence(bundled):
    clozes = [q for q in questions_of(bundled) if q.type == "cloze"]
    assert clozes
    for q in clozes:
        assert CLOZE.sub(r"\1", q.cloze) == q.sentence.text
        assert q.answer in CLOZE.findall(q.cloze)


def test_each_fact_of_a_sentence_gets_a_card_with_one_blank():
    article = article_of("Kim made four trips to China in 2018 and met Xi there.", "Kim visits China")
    clozes = [q.cloze for q in generate(article, extract(article)) if q.type == "cloze"]
    assert sorted(clozes) == [
        "Kim made four trips to China in {{c1::2018::date}} and met Xi there.",
        "Kim made {{c1::four::number}} trips to China in 2018 and met Xi there.",
    ]


def test_facts_that_give_each_other_away_are_hidden_together():
    article = article_of("Avalonia held elections in 2014 and 2019 under its new constitution.", "Avalonia votes")
    [cloze] = [q.cloze for q in generate(article, extract(article)) if q.type == "cloze"]
    assert cloze == "Avalonia held elections in {{c1::2014::date}} and {{c1::2019::date}} under its new constitution."
    # years side by side give each other away in any form: "in 2016 and _____" is 2017
    article = article_of("Avalonia held elections in 2016 and 2017 under its new constitution.")
    assert generate(article, extract(article)) == []


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
    amount=st.integers(min_value=5, max_value=200000),  # 1 to 4 km leave no three fair options below or above
    unit=st.sampled_from(["km", "miles", "metres", "m", "feet"]),
    seed=st.integers(0, 10**6),
)
def test_distance_distractors_are_typed(amount, unit, seed):
    text = f"{amount:,} {unit}"
    options = distance_options(_fact("distance", text, {"amount": amount, "unit": unit}), random.Random(seed))
    assert options is not None, text
    assert options.count(text) == 1 and len(set(options)) == 4
    values = [number_of(o) for o in options]
    assert values == sorted(values) and min(values) > 0
    assert all(o.endswith(" " + unit) for o in options)
    assert all(b > a * 1.03 for a, b in zip(values, values[1:], strict=False))  # none equivalent to another


# a count as a number word ("four", "forty") or in digits: every example drawn reaches the checks
COUNTS = st.one_of(
    st.tuples(st.sampled_from(sorted(v for v in NUMBER_WORD if v >= 3)), st.just(True)),
    st.tuples(st.integers(min_value=2, max_value=20000), st.just(False)),
)


def test_two_as_a_word_gets_no_options():
    # "one" never fits a plural noun, so "two" would always be the first option: a pattern a class learns
    assert count_options(_fact("count", "two", 2), random.Random(0)) is None
    assert count_options(_fact("count", "second", 2), random.Random(0)) is None
    assert count_options(_fact("count", "three", 3), random.Random(0)) is not None


@settings(max_examples=200, deadline=None)
@given(count=COUNTS, seed=st.integers(0, 10**6))
def test_count_distractors_keep_the_form(count, seed):
    value, words = count
    text = NUMBER_WORD[value] if words else str(value)
    options = count_options(_fact("count", text, value), random.Random(seed))
    assert options is not None, text  # number words up to twenty and the round tens, and any figure, have options
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
    from quizgen.generate.context import Context
    from quizgen.generate.mcq import multiple_choice

    article = article_of(
        "The talks in Eldvik were “useful for both sides in Avalonia” and “we will meet again in Norland,”"
        " said envoy Ann Reyes.\n\n"
        "“It went well for Avalonia,” said minister Paul Okafor.\n\n“We disagree with Avalonia,” said senator Mia Lund.\n\n"
        "“Nothing changed for Avalonia,” said analyst Tom Berg."
    )
    facts = extract(article)
    ctx = Context(article, facts)
    reyes = [f for f in facts if f.kind == "quote" and "Reyes" in f.speaker]
    assert [f.quote for f in reyes] == ["useful for both sides in Avalonia", "we will meet again in Norland"]
    speakers = [(f.speaker, "person") for f in facts if f.kind == "quote"]
    qs = [multiple_choice(ctx, f, speakers, random.Random(0)) for f in reyes]
    keys = [identity_of(f, article) for f in reyes]
    assert keys[0] != keys[1]
    assert all(isinstance(q, str) for q in qs)  # a phrase cut from someone's prose is no "Who said ...?"


def identity_of(fact, article):
    from quizgen.generate.wording import identity
    from quizgen.model import digest

    return digest(identity(article, "quote", fact.sentence, [(fact.start, fact.end)]), fact.quote, size=20)


def test_identity_survives_a_corrected_number():
    a = article_of("Vladivostok lies 130 km (80 miles) from the border with North Korea.")
    b = article_of("Vladivostok lies 131 km (81 miles) from the border with North Korea.")
    ka = [q.guid_key for q in generate(a, extract(a))]
    kb = [q.guid_key for q in generate(b, extract(b))]
    assert ka == kb and ka


def test_a_hedged_count_keeps_its_hedge_in_every_option():
    article = article_of("Police in Eldvik evacuated about 80 people from Norland Street in 2019.")
    [q] = [q for q in generate(article, extract(article)) if q.type == "mcq" and q.kind == "count"]
    assert q.answer == "about 80" and all(o.startswith("about ") for o in q.options)
    assert q.prompt == "Police in Eldvik evacuated _____ people from Norland Street in 2019."


def test_a_bound_is_asked_as_a_cloze_never_as_a_choice_between_bounds():
    body = "Police in Eldvik evacuated more than 80 people from Norland Street in 2019."
    article = article_of(body, "Eldvik evacuates a street")
    counts = [q for q in generate(article, extract(article)) if q.kind == "count"]
    assert [q.type for q in counts] == ["cloze"]  # "more than 60" would be true as well


def test_a_sentence_with_double_braces_is_no_cloze_but_still_a_choice():
    # Anki would read "{{c1::x}}" in the article's own words as a blank of the card
    article = article_of("Police in Eldvik evacuated 80 people from Norland Street {{c1::x}} in March 2019.")
    qs = generate(article, extract(article))
    assert [q.type for q in qs if q.type == "cloze"] == []
    assert any(q.type == "mcq" and "{{c1::x}}" in q.prompt for q in qs)


def test_a_or_an_before_the_blank_becomes_a_n_unless_every_option_fits():
    from quizgen.generate.mcq import _fix_article

    assert _fix_article("Eldvik built an _____ tunnel.", ["eight", "nine", "ten", "eleven"]) == "Eldvik built a(n) _____ tunnel."
    assert _fix_article("Eldvik built an _____ tunnel.", ["eight", "eleven", "18", "80"]) == "Eldvik built an _____ tunnel."


def test_year_options_respect_a_year_the_blank_is_paired_with():
    article = article_of("Avalonia held elections in 2004 and again in 2011, officials in Eldvik said.")
    for seed in range(20):
        for q in generate(article, extract(article), seed=seed):
            if q.type == "mcq" and q.answer == "2004":
                assert q.prompt.startswith("Avalonia held elections in _____ and again in 2011")
                assert all(int(o) < 2011 for o in q.options)


def test_options_exceed_a_part_the_stem_gives():
    article = article_of("Gunmen in Eldvik killed 21 people, 20 of them tourists from Norland, in March 2015.")
    for seed in range(20):
        [q] = [q for q in generate(article, extract(article), seed=seed) if q.type == "mcq" and q.kind == "count"]
        assert all(number_of(o) > 20 for o in q.options), q.options


def test_who_said_shows_a_whole_statement_and_full_names_without_titles(rich):
    whos = [q for q in questions_of(rich) if q.type == "mcq" and q.kind == "quote"]
    assert whos
    for q in whos:
        assert re.fullmatch(r"Who said “[A-Z].*[^,]”\?", q.prompt), q.prompt
        assert all(len(o.split()) == 2 and not o.startswith(("Mr ", "Dr ")) for o in q.options), q.options


def test_every_item_carries_the_articles_title_and_date(rich):
    for q in questions_of(rich):
        assert q.context == "Avalonia opens the Northport rail tunnel under the Grey Mountains (3 March 2025)"
