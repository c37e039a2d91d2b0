"""The newest rules as a reader meets them: what a sentence leans on, times, date options, views and the plan's order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import RICH, article_of

from quizgen.articles import parse_article
from quizgen.extract import extract
from quizgen.generate import plan
from quizgen.generate.context import Context
from quizgen.generate.distractors import date_options
from quizgen.generate.references import Names, references
from quizgen.generate.select import select
from quizgen.generate.timing import leaning_times
from quizgen.model import Fact, Sentence

TITLE = "Avalonia opens the Northport rail tunnel"

# --- what a sentence leans on ---------------------------------------------------------------------

LEANS = [
    ("one name and a role after a connective", "Meanwhile, Lund, a striker for Avalonia, scored twice in Eldvik.", [],
     [("Lund", "context: 'Lund' is not introduced", False)]),
    ("one name the article gives in full", "Lund, a striker for Avalonia, scored twice in Eldvik.", ["Tom Lund"],
     [("Lund", "context: 'Lund' is not introduced", True)]),
    ("one name the article never gives in full", "Lund, a striker for Avalonia, scored twice in Eldvik.", ["Maria Lindqvist"],
     [("Lund", "context: 'Lund' is not introduced", False)]),
    ("a firm by its base mid-sentence", "Shares in the Eldvik-based company fell by a third in Norland.", [],
     [("the Eldvik-based company", "context: 'the company' is not named", False)]),
    ("a stage of a day, not of a place", "Sunday's Stage 7 of the Tour of Avalonia was won by Tom Lund.", [],
     [("Stage 7", "context: 'Stage 7' of which place?", False)]),
    ("a gate after the airport's own terminal", "Passengers from Eldvik's Terminal 5 were sent to Gate 12 by bus.", [],
     [("Gate 12", "context: 'Gate 12' of which place?", False)]),
]  # fmt: skip


@pytest.mark.parametrize("sentence,full_names,expected", [r[1:] for r in LEANS], ids=[r[0] for r in LEANS])
def test_what_a_sentence_leans_on_is_marked_where_it_stands(sentence, full_names, expected):
    found = references(sentence, Names(full_names))
    assert [(sentence[r.start : r.end], r.rule, r.soft) for r in found] == expected


# --- times that lean on the day of writing --------------------------------------------------------

TIMES = [
    ("a span to now and a weekday after it",
     "Over the past two years the Northport line has grown, Transit Avalonia said on Monday.",
     ["Over the past two years", "on Monday"]),
    ("a month with a year only before it", "In 2004 Transit Avalonia closed the Eldvik line in July for repairs.", ["July"]),
    ("a month with a year too far after it", "Transit Avalonia said the Eldvik line, closed in July, would reopen in March 2026.",
     ["July"]),
    ("Now opening a sentence", "Now Transit Avalonia runs 40 trains a day to Eldvik.", ["Now"]),
    ("Already opening a sentence", "Already Transit Avalonia runs 40 trains to Eldvik.", ["Already"]),
    ("now and a time of day", "Transit Avalonia now runs its freight trains to Eldvik overnight.", ["now", "overnight"]),
    ("now and days ago", "Transit Avalonia now runs the Eldvik line it bought 17 days ago.", ["now", "17 days ago"]),
    ("Last year opening a sentence and now", "Last year the Northport tunnel carried 300 trains, and it now carries 400.",
     ["Last year", "now"]),
]  # fmt: skip


@pytest.mark.parametrize("sentence,expected", [r[1:] for r in TIMES], ids=[r[0] for r in TIMES])
def test_every_time_that_leans_on_the_day_of_writing_is_found(sentence, expected):
    assert [phrase for _, _, phrase in leaning_times(sentence)] == expected


# --- date options ---------------------------------------------------------------------------------


def _date(text: str, value: str) -> Fact:
    sentence = f"Norland Rail was founded in Eldvik in {text} by two brothers."
    at = sentence.index(text)
    whole = Sentence(sentence, 0, len(sentence), 1)
    return Fact(kind="date", text=text, start=at, end=at + len(text), sentence=whole, value=value)


ROUND_YEARS = [
    # another round year among the options already: none moves (never two of "1845")
    ("1845 among them", 9, None, ["1844", "1845", "1849", "1850"]),
    ("1845 among them, another draw", 11, None, ["1844", "1845", "1849", "1850"]),
    # no round year among them: the farthest moves to the round year on its side, even onto a bound
    ("onto the lowest year allowed", 0, (1845, 2100), ["1845", "1848", "1849", "1850"]),
    ("onto the highest year allowed", 4, (0, 1855), ["1847", "1850", "1851", "1855"]),
]


@pytest.mark.parametrize("seed,bounds,expected", [r[1:] for r in ROUND_YEARS], ids=[r[0] for r in ROUND_YEARS])
def test_a_round_year_gets_one_round_neighbour_and_no_repeat(seed, bounds, expected):
    options = date_options(_date("1850", "1850"), random.Random(seed), bounds=bounds)
    assert options == expected
    assert len(set(options)) == 4


PLACES = [
    ("a century", "the 1800s", "1800s", [None, 1, 2, 3]),  # no three centuries above 1800 before 2100: never first
    ("a month and year", "June 2016", "2016-06", [0, 1, 2, 3]),
    ("a month alone", "June", "--06", [0, 1, 2, 3]),
    ("a full date", "3 March 2015", "2015-03-03", [0, 1, 2, 3]),
]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("text,value,expected", [r[1:] for r in PLACES], ids=[r[0] for r in PLACES])
def test_a_date_key_takes_the_place_its_turn_wants(text, value, expected, seed):
    places = [date_options(_date(text, value), random.Random(seed), position=p).index(text) for p in range(4)]
    # (None: the sentence does not allow the place wanted; the key takes one it allows, as the seed falls)
    for wanted, place in zip(expected, places, strict=True):
        assert place in (1, 2, 3) if wanted is None else place == wanted


# --- the view a question shows --------------------------------------------------------------------


def view(body: str, start: str, keep: str, editable: bool = True):
    """The view of the sentence that starts so, asking about ``keep``: its rendered text and edits, or the rule."""
    article = article_of(body, TITLE)
    s = next(s for s in article.sentences if s.text.startswith(start))
    at = article.text.index(keep, s.start)
    v = Context(article, extract(article)).view(s, [(at, at + len(keep))], editable=editable)
    return v if isinstance(v, str) else (v.render(article), [e[2] for e in v.edits])


ELECTED = "Lawyer Jonas Berg was elected president of Avalonia in 1994.\n\n"
BOUGHT = "Jonas Berg founded Northport Rail in Eldvik in 1994.\n\nLawyer Jonas Berg bought a rail firm in Eldvik. "

VIEWS = [
    ("an unknown acronym after 'his'",
     ELECTED + "He served a single five-year term, and devoted much of his presidency to a fight with the KFB.", "He served",
     "five-year", True, "context: 'KFB' is not spelled out"),
    ("a time after the asked month", "Transit Avalonia closed the Eldvik line in July and reopened it last week.",
     "Transit", "July", True, "time: 'last week' with no date to anchor it"),
    ("a time the sentence before does not anchor",
     "Transit Avalonia opened the Northport rail tunnel in 2004. Transit Avalonia closed the Eldvik line for repairs last week.",
     "Transit Avalonia closed", "Eldvik", True, "time: 'last week' with no date to anchor it"),
    ("the sentence before, and the edits of this one",
     BOUGHT + "He said the firm had also cut 300 jobs in Northport.", "He said", "300", True,
     ("Lawyer Jonas Berg bought a rail firm in Eldvik. Jonas Berg said the firm had cut 300 jobs in Northport.",
      ["Jonas Berg", ""])),
    ("the sentence before, word for word", BOUGHT + "He said the firm had also cut 300 jobs in Northport.", "He said", "300",
     False, ("Lawyer Jonas Berg bought a rail firm in Eldvik. He said the firm had also cut 300 jobs in Northport.", [])),
]  # fmt: skip


@pytest.mark.parametrize("body,start,keep,editable,expected", [r[1:] for r in VIEWS], ids=[r[0] for r in VIEWS])
def test_a_view_names_what_it_can_and_says_why_not_otherwise(body, start, keep, editable, expected):
    assert view(body, start, keep, editable) == expected


def _words(n: int) -> str:
    filler = "and then the trains ran on to Eldvik and back to Northport again"
    words = ("Transit Avalonia ran 40 trains through the Northport rail tunnel " + " ".join([filler] * 6)).split()
    return " ".join(words[: n - 1]) + " daily."


@pytest.mark.parametrize("n,expected", [(50, None), (51, "context: a sentence too long for a card")])
def test_a_card_holds_a_sentence_of_fifty_words_and_no_more(n, expected):
    body = _words(n)
    assert len(body.split()) == n
    got = view(body, "Transit", "40")
    assert (None if isinstance(got, tuple) else got) == expected


# --- the plan: where each key goes, what each card and statement is, in which order ----------------


def _rich():
    return parse_article(Path(RICH).read_text(), source="northport-tunnel.txt", slug="northport-tunnel")


def _key_places(seed: int) -> list[str]:
    """The key's place among the options of each multiple choice, in the order the facts were chosen ("Q" a quote)."""
    article = _rich()
    facts = extract(article)
    order = {f.id: i for i, f in enumerate(select(facts, article, False)[0])}
    asked = sorted((q for q in plan(article, facts, seed=seed).questions if q.type == "mcq"), key=lambda q: order[q.fact_ids[0]])
    return [("Q" if q.kind == "quote" else "") + str(q.options.index(q.answer)) for q in asked]


@pytest.mark.parametrize(
    "seed,expected",
    [
        # four places in a turn the seed shuffles; the place a key took leaves the turn, whichever was wanted
        # (so "0" comes again only once a turn is through); a speaker takes no place of the turn
        (0, ["2", "0", "1", "Q3", "Q1", "1", "Q1", "0", "Q0", "2", "3", "2", "0", "2", "0", "0"]),
        (1, ["3", "1", "0", "Q0", "Q0", "2", "Q3", "1", "Q2", "3", "1", "3", "0", "2", "0", "2"]),
        (2, ["3", "0", "1", "Q3", "Q3", "2", "Q0", "0", "Q3", "1", "3", "0", "2", "3", "0", "1"]),
    ],
)
def test_the_keys_take_their_places_in_turn(seed, expected):
    assert _key_places(seed) == expected


def test_a_sheet_shows_the_same_statements_for_a_seed_best_first():
    made = plan(_rich(), extract(_rich()), seed=0).questions
    assert [(q.answer, q.prompt) for q in made if q.type == "true_false"] == [
        ("true", "The deepest point of the Northport Tunnel lies 2,300 metres below the summit of Mount Ardal."),
        ("true", "Avalonia opened its previous longest tunnel, the Eldvik Tunnel, in 1998."),
        ("false", "In 2016, voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia."),
        ("true", "The Northport Tunnel runs 57 km under the Grey Mountains and is the longest rail tunnel in Avalonia."),
        ("false", "The Avalonian rail operator Transit Avalonia opened the Northport Tunnel on 3 March 2025, ending a "
         "construction project that began in September 2016."),
        ("false", "Northport lies 650 km from Eldvik, the capital of Avalonia."),
        ("false", "Union leader Anna Kowal represents 50,000 rail workers in Avalonia."),
        ("true", "Transit Avalonia bought 40 electric trains from Norland in 2004."),
        ("true", "About 4,500 workers built the Northport Tunnel, and the Avalonian government paid for most of the work."),
        ("false", "The Northport Tunnel has 7 emergency exits and three ventilation shafts."),
    ]  # fmt: skip


def test_the_seed_shuffles_the_events_of_a_timeline():
    shown = [q.items for seed in range(5) for q in plan(_rich(), extract(_rich()), seed=seed).questions if q.type == "order"]
    assert len(shown) == 5
    assert len(set(shown)) > 1  # another seed, another order to put right
    answer = [q.sequence for q in plan(_rich(), extract(_rich()), seed=0).questions if q.type == "order"][0]
    assert all(items != answer for items in shown)  # never shown in the right order already


def test_a_card_of_a_sentence_no_choice_asks_ranks_with_the_choices_and_a_joined_pair_leaves_the_rest_asked():
    article = article_of(
        "Transit Avalonia opened the Northport rail tunnel in Eldvik in March 2024, Maria Lindqvist said.\n\n"
        "The two bores of the Northport rail tunnel run 12 km and 14 km under the hills of Avalonia, and Transit "
        "Avalonia began to drill them in 2019.\n\n"
        "Transit Avalonia has run more than 3,000 freight trains through the Northport rail tunnel.\n\n"
        "Jonas Berg has led Transit Avalonia since 2011.",
        TITLE,
    )
    made = plan(article, extract(article)).questions
    # "more than 3,000" is no choice (every smaller option would be true), so its card is the sentence's first question;
    # "12 km and 14 km" are one card (each gives the other away), and the sentence's year has a card of its own
    assert [(q.type, q.extra.get("answers", q.answer)) for q in made] == [
        ("mcq", "March 2024"),
        ("mcq", "2019"),
        ("cloze", ["3,000"]),
        ("mcq", "2011"),
        ("cloze", ["12 km", "14 km"]),
        ("cloze", ["March 2024"]),
        ("cloze", ["2019"]),
        ("cloze", ["2011"]),
        ("true_false", "false"),
        ("true_false", "true"),
    ]
