"""How questions are worded: WH-questions, plain items for what was left out, people's roles and anchored times."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.context import Context
from quizgen.generate.people import Cast
from quizgen.generate.plain import plain_questions
from quizgen.generate.timing import Anchor, anchor_time
from quizgen.generate.wh import lemma, wh_question
from quizgen.model import Dropped

TITLE = "Avalonia opens a rail tunnel"


# --- wh: WH-questions from blank stems ---------------------------------------------------------------


@pytest.mark.parametrize(
    "past,base",
    [("installed", "install"), ("spelled", "spell"), ("labelled", "label"), ("levelled", "level")],
    ids=["a double l after a short vowel that is not -ell stays", "a short -ell stem keeps its double l",
         "a six-letter -ell stem drops one l", "another six-letter -ell stem"],
)  # fmt: skip
def test_a_past_tense_in_double_l_loses_an_l_only_after_a_long_ell_stem(past, base):
    assert lemma(past) == base


WH = [
    ("a subject of eight words", "The new rail tunnel from Northport to Eldvik is _____ long.", "distance", "57 km", None,
     "How long is the new rail tunnel from Northport to Eldvik?"),
    ("a subject of nine words is too long", "The new rail tunnel from Northport to central Eldvik is _____ long.", "distance",
     "57 km", None, None),
    ("a verb in -ches loses -es", "The Northport Tunnel stretches _____ under the Grey Mountains.", "distance", "57 km", None,
     "How far does the Northport Tunnel stretch under the Grey Mountains?"),
    ("a present tense in -es keeps its stem", "The ferry crosses _____ rivers on the way to Eldvik.", "count", "14", "rivers",
     "How many rivers does the ferry cross on the way to Eldvik?"),
    ("a verb in -ss is no third person", "The ferries cross _____ rivers on the way to Eldvik.", "count", "14", "rivers", None),
    ("a year at the end of a sentence with nothing after the verb", "The Northport Tunnel opened in _____.", "date", "2019", None,
     "In which year did the Northport Tunnel open?"),
    ("a passive in -ed", "The Northport Tunnel was opened in _____.", "date", "2019", None,
     "In which year was the Northport Tunnel opened?"),
    ("a passive whose participle is its base form", "The Northport Tunnel was shut in _____.", "date", "2019", None,
     "In which year was the Northport Tunnel shut?"),
    ("'was' before no participle", "Jonas Berg was mayor of Eldvik in _____.", "date", "2019", None, None),
]  # fmt: skip


@pytest.mark.parametrize("stem,kind,answer,noun,question", [c[1:] for c in WH], ids=[c[0] for c in WH])
def test_a_wh_question_or_the_blank_kept(stem, kind, answer, noun, question):
    assert wh_question(stem, kind, answer, noun) == question


# --- plain: the items a plan left out, as the article has them ---------------------------------------

FIRM = "Transit Avalonia is a rail firm in Eldvik.\n\n"
SAID = 'Transit Avalonia said: "The tunnel will open in Eldvik in 2026."'


def _quote_said_by(opening: str):
    """An article whose last sentence has its speaker as ``opening``, and a quote fact whose speaker
    stands there (extraction takes no "we" or "I" for a speaker: the fact is made by hand)."""
    article = article_of(FIRM + SAID + "\n\n" + SAID.replace("Transit Avalonia", opening, 1), TITLE)
    named = next(f for f in extract(article) if f.kind == "quote")  # the first sentence's
    last = article.sentences[-1]
    return article, replace(named, text=opening, start=last.start, end=last.start + len(opening), sentence=last)


@pytest.mark.parametrize("opening", ["We", "I"])
def test_a_plain_cloze_never_hides_we_or_i_for_the_speaker(opening):
    article, fact = _quote_said_by(opening)
    assert plain_questions(article, [fact], [Dropped(fact, "who: an unnamed group or person", "cloze")]) == []


def test_a_plain_cloze_of_a_quote_hides_the_speakers_name():
    article, fact = _quote_said_by("Transit Avalonia")
    [(q, rule)] = plain_questions(article, [fact], [Dropped(fact, "trivial: quoted once", "cloze")])
    assert (q.answer, q.cloze, rule) == (
        "Transit Avalonia",
        '{{c1::Transit Avalonia::who}} said: "The tunnel will open in Eldvik in 2026."',
        "trivial: quoted once",
    )


def _date_fact():
    article = article_of(FIRM + "Transit Avalonia opened the Northport Tunnel in 2019.", TITLE)
    [fact] = [f for f in extract(article) if f.kind == "date"]
    return article, fact


def test_a_plain_item_of_a_date_hides_it_in_its_sentence():
    article, fact = _date_fact()
    items = [(q.type, q.prompt or q.cloze) for q, _ in plain_questions(article, [fact], [Dropped(fact, "below the cap")])]
    assert items == [
        ("mcq", "Transit Avalonia opened the Northport Tunnel in _____."),
        ("cloze", "Transit Avalonia opened the Northport Tunnel in {{c1::2019::date}}."),
    ]


@pytest.mark.parametrize(
    "broken",
    [lambda f, a: replace(f, sentence=a.sentences[1]), lambda f, a: replace(f, end=f.start)],
    ids=["its answer stands in another sentence", "it hides nothing"],
)
def test_no_plain_item_is_made_of_a_fact_whose_answer_is_not_in_its_sentence(broken):
    article, fact = _date_fact()
    fact = broken(fact, article)
    assert plain_questions(article, [fact], [Dropped(fact, "below the cap")]) == []


# --- people: the role the article first gives a person -----------------------------------------------


@pytest.mark.parametrize(
    "body,full,described",
    [
        ("In Eldvik, mayor Anna Kowal opened the tunnel.", "Anna Kowal", "mayor Anna Kowal"),
        ("Deputy transport minister Jonas Berg opened the tunnel in Eldvik.", "Jonas Berg",
         "deputy transport minister Jonas Berg"),
        ("Rail Weekly editor Paul Brandt opened the tunnel in Eldvik.", "Paul Brandt", "Rail Weekly editor Paul Brandt"),
        ("De facto leader Jonas Berg opened the tunnel in Eldvik.", "Jonas Berg", "de facto leader Jonas Berg"),
        # the role is read from the 60 characters before the name: "Yesterday" starts the 61st
        ("Yesterday Northport Authority assistant engineering director Maria Lindqvist opened the tunnel.", "Maria Lindqvist",
         "Northport Authority assistant engineering director Maria Lindqvist"),
    ],
    ids=["a role of one word", "a role of three words, no name in it, opening the sentence",
         "a role with a name in it, opening the sentence",
         "a role opening with a word of two letters", "a word more than 60 characters before the name is no part of the role"],
)  # fmt: skip
def test_the_role_a_person_is_described_by(body, full, described):
    article = article_of(body, TITLE)
    assert Cast(article, extract(article)).described(full) == described


# --- timing: a time anchored to the article's date ---------------------------------------------------

ANCHOR = Anchor(2015, 8, 21)  # a Friday


@pytest.mark.parametrize(
    "text,phrase,rewritten",
    [
        ("The tunnel opened in May in Eldvik.", "in May", "The tunnel opened in May 2015 in Eldvik."),
        ("The tunnel opened in early May in Eldvik.", "early May", "The tunnel opened in early May 2015 in Eldvik."),
        ("In May, the tunnel in Eldvik opened.", "In May", "In May 2015, the tunnel in Eldvik opened."),
        ("The tunnel opened on March 3 in Eldvik.", "March 3", "The tunnel opened on March 3, 2015 in Eldvik."),
        ("The tunnel opened on 3 March in Eldvik.", "3 March", "The tunnel opened on 3 March 2015 in Eldvik."),
    ],
    ids=["'in May', the word before it part of the time", "'early May'", "'In May' opening the sentence",
         "the month first takes a comma", "the day first takes none"],
)  # fmt: skip
def test_a_month_without_a_year_gets_the_year_of_the_articles_date(text, phrase, rewritten):
    s = text.index(phrase)
    start, end, new = anchor_time(text, 0, len(text), s, s + len(phrase), ANCHOR)
    assert text[:start] + new + text[end:] == rewritten


def test_next_monday_opening_a_sentence_is_the_monday_after_the_articles_date():
    article = article_of("Friday, 21 August 2015\n\nNext Monday, the Northport Tunnel opens to 14 trains from Eldvik.", TITLE)
    ctx = Context(article, extract(article))
    sentence = next(s for s in article.sentences if s.text.startswith("Next Monday"))
    a = article.text.index("14", sentence.start)
    assert ctx.view(sentence, [(a, a + 2)], True).render(article) == (
        "On Monday, 24 August 2015, the Northport Tunnel opens to 14 trains from Eldvik."
    )
