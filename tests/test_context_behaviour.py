"""Context resolution as a question shows it: who "he" and "it" are, and a quotation taken in whole."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.cloze import cloze
from quizgen.generate.context import Context
from quizgen.generate.mcq import multiple_choice
from quizgen.generate.people import Cast

TITLE = "Avalonia opens the Northport rail tunnel"


def made(body: str, kind: str, text: str):
    """The multiple-choice question (prompt) and the cloze card of one fact, each as its text or its rule."""
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    ctx = Context(article, facts)
    q = multiple_choice(ctx, fact, _speakers(facts), random.Random(0), "auto")
    c = cloze(ctx, fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    return (q if isinstance(q, str) else q.prompt), (c if isinstance(c, str) else c[0].cloze)


def stem(body: str, start: str, keep: str) -> str:
    """The edited stem of the sentence that starts so, asking about ``keep``, or the rule that refuses it."""
    article = article_of(body, TITLE)
    ctx = Context(article, extract(article))
    s = next(s for s in article.sentences if s.text.startswith(start))
    a = article.text.index(keep, s.start)
    v = ctx.view(s, [(a, a + len(keep))], editable=True)
    return v if isinstance(v, str) else v.render(article)


# --- "It" opening a sentence: the organisation that is the subject of the sentence before ----------

IT_SOLD = " It sold 14 trains to Eldvik in 2019."
JOINED = " It sold _____ trains to Eldvik in 2019."
JOINED_CARD = " It sold {{c1::14::number}} trains to Eldvik in 2019."
POINTS_BACK = "context: opens on 'It', which points back"
ORGANISATIONS = [
    pytest.param(
        "The Eldvik Rail Company opened a depot in Northport in 2018.",
        "How many trains did the Eldvik Rail Company sell to Eldvik in 2019?",
        "The Eldvik Rail Company opened a depot in Northport in 2018." + JOINED_CARD,
        id="'The' name: 'the' inside a question",
    ),
    pytest.param(
        "Avalonia opened a depot in Northport in 2018.",
        "How many trains did Avalonia sell to Eldvik in 2019?",
        "Avalonia opened a depot in Northport in 2018." + JOINED_CARD,
        id="a one-word name",
    ),
    pytest.param(
        "Bank of Norland opened a depot in Northport in 2018.",
        "How many trains did Bank of Norland sell to Eldvik in 2019?",
        "Bank of Norland opened a depot in Northport in 2018." + JOINED_CARD,
        id="'of' inside a name",
    ),
    pytest.param(
        "Eldvik and Northport Rail Company opened a depot in Northport in 2018.",
        "Eldvik and Northport Rail Company sold _____ trains to Eldvik in 2019.",
        "Eldvik and Northport Rail Company opened a depot in Northport in 2018." + JOINED_CARD,
        id="'and' inside a name",
    ),
    pytest.param(
        "Chief executive Maria Lindqvist founded a rail firm in Eldvik in 1990.\n\n"
        "The Lindqvist Company opened a depot in Northport in 2018.",
        "How many trains did the Lindqvist Company sell to Eldvik in 2019?",
        "The Lindqvist Company opened a depot in Northport in 2018." + JOINED_CARD,
        id="a firm named after a person of the article",
    ),
    pytest.param(
        "A Norland Company opened a depot in Northport in 2018.",
        "A Norland Company opened a depot in Northport in 2018." + JOINED,
        "A Norland Company opened a depot in Northport in 2018." + JOINED_CARD,
        id="'a' before the name: not one firm named",
    ),
    pytest.param(
        "The new Eldvik Rail Company opened a depot in Northport in 2018.",
        POINTS_BACK,
        POINTS_BACK,
        id="a small word inside the name",
    ),
    pytest.param(
        "Norlanders opened a depot in Northport in 2018.",
        "Norlanders opened a depot in Northport in 2018." + JOINED,
        "Norlanders opened a depot in Northport in 2018." + JOINED_CARD,
        id="one plural word: people, not 'it'",
    ),
    pytest.param(
        # (a plural is no firm "It" can name; "NTA Trains" is a name, so the pair stands together)
        "NTA Trains opened a depot in Northport in 2018.",
        "NTA Trains opened a depot in Northport in 2018." + JOINED,
        "NTA Trains opened a depot in Northport in 2018." + JOINED_CARD,
        id="a plural after a short form",
    ),
    pytest.param(
        "Mr Holm opened a depot in Northport in 2018.",
        POINTS_BACK,
        POINTS_BACK,
        id="a titled man is no 'it'",
    ),
    pytest.param(
        "Peter Holm opened a depot with his brother in Northport in 2018.",
        "Peter Holm opened a depot with his brother in Northport in 2018." + JOINED,
        "Peter Holm opened a depot with his brother in Northport in 2018." + JOINED_CARD,
        id="a man the article knows as a person is no 'it'",
    ),
    pytest.param(
        "Peter Holm opened a depot in 2018, and his brother ran it.",
        POINTS_BACK,
        POINTS_BACK,
        id="a man 'his' tells of is no 'it'",
    ),
]


@pytest.mark.parametrize(("before", "question", "card"), ORGANISATIONS)
def test_it_opening_a_sentence_is_named_only_where_the_sentence_before_names_a_firm(before, question, card):
    assert made(before + IT_SOLD, "count", "14") == (question, card)


# --- "He" and "she": the person the sentence before is about, where no one else is in play ---------

HE_SOLD = " He sold 14 trains to Norland in 2019."
HE_POINTS_BACK = "context: opens on 'He', which points back"
PERSONS = [
    pytest.param(
        "Transport minister Jonas Berg met the crew in Eldvik in 2018." + HE_SOLD,
        "He sold",
        "Jonas Berg sold 14 trains to Norland in 2019.",
        id="one man in the sentence before",
    ),
    pytest.param(
        "Transport minister Jonas Berg met Mr Holm in Eldvik in 2018." + HE_SOLD,
        "He sold",
        HE_POINTS_BACK,
        id="a titled man beside him",
    ),
    pytest.param(
        '"The depot in Eldvik is ready for the trains," Holm said.\n\n'
        "Transport minister Jonas Berg met Holm in Eldvik in 2018." + HE_SOLD,
        "He sold",
        HE_POINTS_BACK,
        id="a man the article quotes beside him",
    ),
    pytest.param(
        "Holm opened a depot in 2018." + HE_SOLD + '\n\n"The depot in Eldvik is ready for the trains," Holm said.',
        "He sold",
        "Holm sold 14 trains to Norland in 2019.",
        id="a man known only by his surname",
    ),
    pytest.param(
        "Mrs Lindqvist opened a depot in 2018. She sold 14 trains to Norland in 2019.",
        "She sold",
        "Mrs Lindqvist sold 14 trains to Norland in 2019.",
        id="a woman known by her title",
    ),
    pytest.param(
        "Mr Holm opened a depot in 2018." + HE_SOLD,
        "He sold",
        "Mr Holm sold 14 trains to Norland in 2019.",
        id="a man known by his title",
    ),
    pytest.param(
        "“Raised in Northport, Lord Holm still owns the depot in Eldvik.”" + HE_SOLD,
        "He sold",
        "Lord Holm sold 14 trains to Norland in 2019.",
        id="a name after a quotation mark and an opening participle",
    ),
]


@pytest.mark.parametrize(("body", "start", "expected"), PERSONS)
def test_he_or_she_is_named_only_where_one_person_of_that_gender_is_in_play(body, start, expected):
    assert stem(body, start, "14") == expected


# --- a card that opens a quotation takes in the rest of it --------------------------------------------


def test_a_card_that_opens_a_quotation_takes_the_next_sentence_of_it_along():
    body = (
        "Maria Lindqvist of Transit Avalonia opened the Northport Tunnel in Eldvik in 2025. "
        'She said: "The Northport Tunnel cost 12 billion crowns in 2019. '
        'Trains from Norland will use the Northport Tunnel from 2026."'
    )
    assert made(body, "count", "12 billion")[1] == (
        "Maria Lindqvist of Transit Avalonia opened the Northport Tunnel in Eldvik in 2025. "
        'She said: "The Northport Tunnel cost {{c1::12 billion::number}} crowns in 2019. '
        'Trains from Norland will use the Northport Tunnel from 2026."'
    )


# --- a person called by the first word of their name ------------------------------------------------

FIRST_WORD = [
    pytest.param(
        "Transport minister Tom Lund opened the Northport tunnel in 2018.\n\nTom said he sold 14 trains to Norland in 2019.",
        "Transport minister Tom Lund said he sold 14 trains to Norland in 2019.",
        id="a first name alone before 'said'",
    ),
    pytest.param(
        "Film director Han Eld-Su opened the Northport tunnel in 2018.\n\nHan, who sold 14 trains to Norland in 2019, "
        "was hailed in Eldvik.",
        "Film director Han Eld-Su, who sold 14 trains to Norland in 2019, was hailed in Eldvik.",
        id="a family name written first, before 'who'",
    ),
    pytest.param(
        "Envoy to Norland Tom Lund opened the Northport tunnel in 2018.\n\nNorland sold 14 trains to Eldvik in 2019.",
        "Norland sold 14 trains to Eldvik in 2019.",
        id="a place that a name runs on from is no person",
    ),
    pytest.param(
        "Editor Tom Lund and editor Tom Berg opened the Northport tunnel in 2018.\n\nTom said he sold 14 trains to "
        "Norland in 2019.",
        "context: 'Tom' is not introduced",
        id="a first name two people share",
    ),
]


@pytest.mark.parametrize(("body", "expected"), FIRST_WORD)
def test_a_person_called_by_the_first_word_of_their_name_is_named_in_full(body, expected):
    start = body.split("\n\n")[1][:4]
    assert stem(body, start, "14") == expected


def test_the_headline_is_no_part_of_a_persons_role():
    # the headline ends in a name ("... rob Tom") and the first paragraph opens on the role
    article = article_of("Transport minister Tom Lund lost 12 rings in Eldvik in 2019.", "Thieves rob Tom")
    assert Cast(article, extract(article)).described("Tom Lund") == "transport minister Tom Lund"


WAITING = " staff and investors holding share options still wait, as they have all year, for the sale of 14 trains to Norland."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Many" + WAITING, "context: 'Many staff and investors': whose?"),
        ("However, many" + WAITING, "context: 'Many staff and investors': whose?"),
    ],
    ids=["opening the sentence", "after an opening connective, which the stem drops"],
)
def test_a_group_told_only_by_how_many_leaves_the_stem_unasked(body, expected):
    assert stem(body, body[:7], "14") == expected


def test_a_sentence_that_opens_on_a_condition_is_not_asked():
    body = "Should anyone doubt it, Transit Avalonia has sold 14 trains to Norland since 2019."
    assert stem(body, "Should", "14") == "context: opens on a condition, not a statement of fact"
