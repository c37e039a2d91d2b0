"""Who said it, and the plan around it: what a teacher sees asked, left out, and kept under one id."""

from __future__ import annotations

import random

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate import _speakers
from quizgen.generate.context import Context
from quizgen.generate.mcq import multiple_choice

TITLE = "Avalonia opens the Northport rail tunnel"
PEOPLE = "Maria Lindqvist of Avalonia opened the Northport rail tunnel with Jonas Berg, Peter Holm and Anna Kowal.\n\n"
# three others who spoke: the options of a "Who said ...?" whose speaker is a person
OTHERS = (
    '"Passengers will pay less for the trip than for the ferry," Peter Holm said.\n\n'
    '"The rail workers of Avalonia built it in 2025," said Anna Kowal.\n\n'
)
# three other bodies that spoke: the options of a "Who said ...?" whose speaker is a body
BODIES = (
    "Transit Avalonia opened the Northport rail tunnel in Eldvik.\n\n"
    '"Freight trains will carry coal and timber every hour," said the Eldvik Council.\n\n'
    '"Freight trains will carry coal and timber every hour," said the Norland Rail Agency.\n\n'
    '"Freight trains will carry coal and timber every hour," said the Eldvik Harbour Board.\n\n'
)


def who_said(body: str, speaker: str):
    """The "Who said ...?" of the first quote of ``speaker``: (prompt, options, answer), or the rule that left it out."""
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "quote" and f.speaker == speaker)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0), "auto")
    return q if isinstance(q, str) else (q.prompt, q.options, q.answer)


WHO_SAID = [
    ("a person's quote", PEOPLE + '"Freight trains from Northport will reach Eldvik in two hours," said Maria Lindqvist.\n\n'
     + '"Freight trains will run every hour," said Jonas Berg.\n\n' + OTHERS, "Maria Lindqvist",
     ("Who said “Freight trains from Northport will reach Eldvik in two hours”?",
      ("Jonas Berg", "Peter Holm", "Maria Lindqvist", "Anna Kowal"), "Maria Lindqvist")),
    ("a quote that leans on words it does not explain", PEOPLE + '"The tunnel is the longest in the world," said Jonas Berg.\n\n'
     + OTHERS, "Jonas Berg", "who: the quote leans on words it does not explain: 'the tunnel' is not named"),
    # the option is the body as the article describes it; the quote gives away the name inside it
    ("a body whose quote names it", BODIES + '"Transit Avalonia will run freight trains every hour of every day from Northport,"'
     " said rail firm Transit Avalonia.", "rail firm Transit Avalonia", "giveaway: the quote names its speaker"),
    ("a body whose quote does not", BODIES + '"Freight trains will run every hour of every day and every night from Northport,"'
     " said rail firm Transit Avalonia.", "rail firm Transit Avalonia",
     ("Who said “Freight trains will run every hour of every day and every night from Northport”?",
      ("Eldvik Harbour Board", "Norland Rail Agency", "Rail firm Transit Avalonia", "Eldvik Council"),
      "Rail firm Transit Avalonia")),
]  # fmt: skip


@pytest.mark.parametrize("body,speaker,expected", [w[1:] for w in WHO_SAID], ids=[w[0] for w in WHO_SAID])
def test_who_said_it_or_the_rule_that_leaves_it_out(body, speaker, expected):
    assert who_said(body, speaker) == expected


def said_by(first: str, second: str) -> str:
    return (
        PEOPLE + f'"Freight trains from Northport will reach Eldvik in two hours," said {first}.\n\n'
        f'"Freight trains will run every hour," said {second}.\n\n' + OTHERS
    )


@pytest.mark.parametrize(
    "first,second", [("Maria Lindqvist", "Jonas Berg"), ("Jonas Berg", "Maria Lindqvist")], ids=["as first written", "corrected"]
)
def test_a_who_said_it_keeps_its_id_when_its_speaker_is_corrected_and_from_release_to_release(first, second):
    # the id is the Anki note's and the review file's: a student's progress and a teacher's tick carry over, so
    # the ids earlier releases wrote stay the same; the speaker is masked in it, so a corrected speaker keeps it
    from quizgen.generate import plan

    article = article_of(said_by(first, second), TITLE)
    asked = [(q.prompt, q.answer, q.guid_key) for q in plan(article, extract(article)).questions if q.type == "mcq"]
    assert asked == [
        ("Who said “Freight trains from Northport will reach Eldvik in two hours”?", first, "9f1133db1c689d15e93e"),
        ("Who said “The rail workers of Avalonia built it in 2025”?", "Anna Kowal", "1571b04ed3ef8ffebed9"),
    ]


# --- a part of the answer the sentence gives: every option is more ---------------------------------

PARTS = [
    ("a part in digits", "Police in Eldvik evacuated 1,300 people, 1,200 of them children, from Norland Street in 2019.",
     "1,300", ("Police in Eldvik evacuated _____ people, 1,200 of them children, from Norland Street in 2019.",
               ("1,300", "1,600", "1,800", "2,300"), "1,300")),
    ("a part in words", "Police in Eldvik evacuated nine people, seven of them children, from Norland Street in 2019.",
     "nine", ("Police in Eldvik evacuated _____ people, seven of them children, from Norland Street in 2019.",
              ("eight", "nine", "ten", "eleven"), "nine")),
    ("a part after 'including'", "Police in Eldvik evacuated 21 people, including 17 children, from Norland Street in 2019.",
     "21", ("Police in Eldvik evacuated _____ people, including 17 children, from Norland Street in 2019.",
            ("18", "21", "25", "32"), "21")),
    ("the part itself asked", "Police in Eldvik evacuated nine people, seven of them children, from Norland Street in 2019.",
     "seven", ("Police in Eldvik evacuated nine people, _____ of them children, from Norland Street in 2019.",
               ("four", "five", "six", "seven"), "seven")),
    ("a part before the blank", "Transit Avalonia won 5 out of 7 tenders in Norland in 2019, beating Eldvik Rail.",
     "7", ("Transit Avalonia won 5 out of _____ tenders in Norland in 2019, beating Eldvik Rail.",
           ("6", "7", "8", "10"), "7")),
    ("a part of the first ones", "Transit Avalonia won five of the first seven tenders in Norland in 2019, beating Eldvik Rail.",
     "seven", ("Transit Avalonia won five of the first _____ tenders in Norland in 2019, beating Eldvik Rail.",
               ("six", "seven", "eight", "nine"), "seven")),
]  # fmt: skip


def choice(body: str, kind: str, text: str):
    """The multiple choice of one fact: (prompt, options, answer), or the rule that left it out."""
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0), "auto")
    return q if isinstance(q, str) else (q.prompt, q.options, q.answer)


@pytest.mark.parametrize("body,text,expected", [p[1:] for p in PARTS], ids=[p[0] for p in PARTS])
def test_every_option_of_a_count_exceeds_a_part_the_sentence_gives(body, text, expected):
    assert choice(body, "count", text) == expected


# --- a month and year: asked whole, or as the month when the sentence gives the year ---------------

MONTHS = [
    ("the year only in the date", "The Eldvik ferry first sailed to Norland in March 2019.",
     ("The Eldvik ferry first sailed to Norland in _____.", ("July 2018", "November 2018", "February 2019", "March 2019"),
      "March 2019")),
    ("the year again in the sentence", "The 2019 season of the Eldvik ferry to Norland began in March 2019.",
     ("The 2019 season of the Eldvik ferry to Norland began in _____ 2019.", ("February", "March", "April", "May"), "March")),
]  # fmt: skip


@pytest.mark.parametrize("body,expected", [m[1:] for m in MONTHS], ids=[m[0] for m in MONTHS])
def test_a_month_and_year_is_asked_as_the_month_when_the_sentence_gives_the_year(body, expected):
    assert choice(body, "date", "March 2019") == expected


# --- what a short article's second pass asks is no longer listed as left out -----------------------

FIRM = "Transit Avalonia is a rail firm in Eldvik.\n\n"
VOTE = "Transit Avalonia, which won the 2019 Eldvik vote on 3 March 2019, bought 40 trains from Norland in 2004."
FERRY = "The Eldvik ferry, which sailed to Norland in March, carried 400 buses to Eldvik."
SIDE = "date: a side detail in a clause about something else (', which won the 2019 Eldvik vote on 3 March 2019,')"
DAY = "trivial: the day of the month ('began on August 10'), which reviewers found nothing to learn in"
SECOND_PASS = [
    # a date in a side clause stays out of a second pass too (reviewers passed none); the main clause's
    # year after the clause is no part of it
    # (and no statement: the article has one, and a sheet holds as many true as false)
    ("a side clause's dates, in no form", FIRM + VOTE,
     [("mcq", "2004", False), ("cloze", "2004", False), ("mcq", "40", False), ("cloze", "40", False)],
     [("2019", "both", SIDE), ("3 March 2019", "both", DAY)]),
    # the month in a side clause is not asked; the count's card leans on that month and is not made either
    ("a side clause's month, in no form", "Friday, 21 August 2015\n\n" + FIRM + FERRY,
     [("mcq", "400", False)],
     [("March", "both", "date: a side detail in a clause about something else (', which sailed to Norland in March,')"),
      ("400", "cloze", "time: 'March' with no date to anchor it")]),
    # a bare surname is let through in a stem, which names the person; a card word for word cannot
    # name them, so the second pass makes no card of it
    ("a stem names whom a card would leave bare",
     "Chief executive Maria Lindqvist thanked transport minister Jonas Berg in Eldvik.\n\n"
     "Lindqvist met Berg in Eldvik in 2016 to plan the route.",
     [("mcq", "2016", True)],
     [("2016", "cloze", "context: 'Lindqvist' is not introduced")]),
]  # fmt: skip


@pytest.mark.parametrize("body,asked,dropped", [s[1:] for s in SECOND_PASS], ids=[s[0] for s in SECOND_PASS])
def test_a_fact_the_second_pass_asks_in_one_form_is_not_listed_as_left_out(body, asked, dropped):
    from quizgen.generate import plan

    article = article_of(body, TITLE)
    made = plan(article, extract(article))
    assert [(q.type, q.answer, q.extra.get("relaxed", False)) for q in made.questions] == asked
    assert [(d.fact.text, d.form, d.rule) for d in made.dropped if d.form != "order"] == dropped


# --- the years a date's options may take --------------------------------------------------------------

ELECTIONS = "Avalonia held elections in 2008 and 2011, and Maria Lindqvist won both of them for Transit Avalonia."
DATELINE = "Friday, 21 August 2015\n\n"
YEARS = [
    ("before the year the blank is paired with", ELECTIONS, "2008", [str(y) for y in range(2002, 2011)]),
    ("after the year the blank is paired with", ELECTIONS, "2011", [str(y) for y in range(2009, 2018)]),
    ("never after the article's date", DATELINE + "The Eldvik ferry of Transit Avalonia sank off the coast of Norland in 2015.",
     "2015", [str(y) for y in range(2009, 2016)]),
    ("after it, for what is still to come", DATELINE + "Transit Avalonia will open its Eldvik line to Norland in 2015.",
     "2015", [str(y) for y in range(2009, 2022)]),
    ("after it, in an article with no date", "The Eldvik ferry of Transit Avalonia sank off the coast of Norland in 2015.",
     "2015", [str(y) for y in range(2009, 2022)]),
]  # fmt: skip


@pytest.mark.parametrize("body,text,years", [y[1:] for y in YEARS], ids=[y[0] for y in YEARS])
def test_the_years_a_dates_options_take_over_twenty_seeds(body, text, years):
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "date" and f.text == text)
    ctx = Context(article, facts)
    shown = set()
    for seed in range(20):
        q = multiple_choice(ctx, fact, _speakers(facts), random.Random(seed), "auto")
        shown.update(q.options)
    assert sorted(shown) == years


# --- a true/false statement made of a multiple choice -----------------------------------------------


STATEMENTS = [(True, "Avalonia bought 40 trains from Norland in 2004.", "true"),
              (False, "Avalonia bought 80 trains from Norland in 2004.", "false")]  # fmt: skip


@pytest.mark.parametrize("truth,prompt,answer", STATEMENTS, ids=["true", "false"])
def test_a_statement_has_no_options_and_an_id_of_its_own(truth, prompt, answer):
    from quizgen.generate.truefalse import true_false
    from quizgen.model import Question, Sentence

    choice = Question(type="mcq", kind="count", fact_ids=("f",), sentence=Sentence("s", 0, 1, 1), answer="40",
                      prompt="Avalonia bought _____ trains from Norland in 2004.", options=("20", "40", "60", "80"),
                      guid_key="k")  # fmt: skip
    made = true_false(choice, truth, 1)
    # no choices to show, and the id its Anki note and review item have had since the first release: its
    # choice's, marked, so the two never share a note
    assert (made.type, made.prompt, made.answer, made.options, made.guid_key) == ("true_false", prompt, answer, (), "k:tf")


@pytest.mark.parametrize("kind", ["count", "date"])
def test_a_false_statement_never_takes_an_option_next_to_the_key(kind):
    # "six unions" for five, "born in 1962" for 1963: a trap for the careless, not a test of the fact
    from quizgen.generate.truefalse import true_false
    from quizgen.model import Question, Sentence

    options = ("20", "40", "60", "80") if kind == "count" else ("1962", "1963", "1966", "1968")
    for at, key in enumerate(options):
        choice = Question(type="mcq", kind=kind, fact_ids=("f",), sentence=Sentence("s", 0, 1, 1), answer=key,
                          prompt="Avalonia bought _____ trains.", options=options, guid_key=f"k{at}")  # fmt: skip
        shown = {true_false(choice, False, seed).extra["shown"] for seed in range(12)}
        assert shown == {o for i, o in enumerate(options) if abs(i - at) > 1}


@pytest.mark.parametrize(
    "prompt,options,key,shown",
    [
        ("Eldvik did not lose a game in _____ matches.", ("two", "five", "six", "eight"), "five", {"eight"}),
        ("Eldvik did not lose a game in _____ matches.", ("two", "three", "four", "five"), "five", set()),
        ("_____ trains ran to Eldvik.", ("Roughly 6,000", "Roughly 10,000", "Roughly 13,000", "Roughly 20,000"),
         "Roughly 13,000", {"Roughly 6,000"}),
        ("_____ trains ran to Eldvik.", ("Roughly 10,000", "Roughly 11,000", "Roughly 13,000", "Roughly 16,000"),
         "Roughly 13,000", set()),
        ("Eldvik would reply within _____ if the trains did not stop.", ("12 hours", "24 hours", "36 hours", "48 hours"),
         "48 hours", {"12 hours", "24 hours"}),
    ],
    ids=["a negation: a larger count", "a negation and no larger count: no statement", "a hedge: half as large again or a "
         "third smaller", "a hedge and no such count: no statement", "a negation after the count is no bound on it"],
)  # fmt: skip
def test_a_false_count_is_one_no_reading_of_the_sentence_makes_true(prompt, options, key, shown):
    # "did not lose in two matches" is true of five as well; "roughly 10,000" may be said of 13,000
    from quizgen.generate.truefalse import can_be_false, true_false
    from quizgen.model import Question, Sentence

    choice = Question(type="mcq", kind="count", fact_ids=("f",), sentence=Sentence("s", 0, 1, 1), answer=key,
                      prompt=prompt, options=options, guid_key="k")  # fmt: skip
    made = [true_false(choice, False, seed) for seed in range(12)]
    if not shown:
        # no fair falsehood: the plan makes no statement of it (one that could only be true tips the share)
        assert not can_be_false(choice)
        assert {(m.answer, m.extra["shown"]) for m in made} == {("true", key)}
        return
    assert can_be_false(choice)
    assert {m.extra["shown"] for m in made} == shown
    assert all(m.answer == "false" for m in made)
    assert true_false(choice, True, 0).extra["shown"] == key


def test_a_false_who_said_takes_any_other_speaker():
    from quizgen.generate.truefalse import true_false
    from quizgen.model import Question, Sentence

    speakers = ("Anna Kowal", "Jonas Berg", "Maria Lindqvist", "Peter Holm")
    choice = Question(type="mcq", kind="quote", fact_ids=("f",), sentence=Sentence("s", 0, 1, 1), answer="Jonas Berg",
                      prompt="Who said “We will open the tunnel in May”?", options=speakers, guid_key="k")  # fmt: skip
    shown = {true_false(choice, False, seed).extra["shown"] for seed in range(20)}
    assert shown == {"Anna Kowal", "Maria Lindqvist", "Peter Holm"}


# --- a timeline's events: five to twenty-five words, in the order of their dates -------------------

VOTERS = "Voters in Eldvik elected Maria Lindqvist to the board of Transit Avalonia."
LINES = "Transit Avalonia bought 40 electric trains from Norland in 2006 for the long line between Eldvik and Northport"
EVENT_LENGTHS = [
    ("five words", "In 2011, Avalonia elected Maria Lindqvist again.", "2011", "Avalonia elected Maria Lindqvist again."),
    ("four words", "In 2011, Avalonia elected Maria Lindqvist.", "2011", None),
    ("twenty-five words", LINES + " and the short line between Eldvik and southern Norland.", "2006",
     "Transit Avalonia bought 40 electric trains from Norland for the long line between Eldvik and Northport and the short"
     " line between Eldvik and southern Norland."),
    ("twenty-six words", LINES + " and the short line between Eldvik and far southern Norland.", "2006", None),
    # an event is edited as a stem is: "also" points at what it does not show
    ("'also' goes", "In 2011, Transit Avalonia also opened 14 new stations on the Eldvik line.", "2011",
     "Transit Avalonia opened 14 new stations on the Eldvik line."),
    ("no space before a comma", "Transit Avalonia opened 14 new stations on the Eldvik line in 2011 , after a long wait.", "2011",
     "Transit Avalonia opened 14 new stations on the Eldvik line, after a long wait."),
    ("one space where the article has two", "Transit Avalonia opened  14 new stations on the Eldvik line in 2011.", "2011",
     "Transit Avalonia opened 14 new stations on the Eldvik line."),
    ("a year opening the sentence without a comma", "In 2011 v" + VOTERS[1:], "2011", VOTERS),
    ("a year between commas", VOTERS.replace("Eldvik elected", "Eldvik, in 2011, elected"), "2011", VOTERS),
]  # fmt: skip


@pytest.mark.parametrize("sentence,date,expected", [e[1:] for e in EVENT_LENGTHS], ids=[e[0] for e in EVENT_LENGTHS])
def test_an_event_has_five_to_twenty_five_words_and_reads_as_a_stem_does(sentence, date, expected):
    from quizgen.generate.timeline import event

    article = article_of(sentence, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "date" and f.text == date)
    assert event(Context(article, facts), fact) == expected


def test_events_of_one_year_are_put_in_the_order_of_their_months():
    from quizgen.generate.timeline import timeline

    body = (
        "In 2004, Transit Avalonia bought 40 electric trains from Norland.\n\n"
        "In October 2011, Transit Avalonia opened 14 new stations on the Eldvik line.\n\n"
        "In March 2011, voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia."
    )
    article = article_of(body, TITLE)
    facts = extract(article)
    q = timeline(Context(article, facts), [f for f in facts if f.kind == "date"], 0)
    assert q.sequence == (
        "Transit Avalonia bought 40 electric trains from Norland.",
        "Voters in Avalonia elected Maria Lindqvist to the board of Transit Avalonia.",
        "Transit Avalonia opened 14 new stations on the Eldvik line.",
    )
    assert q.extra["dates"] == ["2004", "March 2011", "October 2011"]


# --- the number behind a choice, for the targets that ask for a number to type ----------------------

NUMBERS = [
    ("a count", "Police in Eldvik evacuated 21 people from Norland Street in 2019.", "count", "21",
     {"number": 21, "unit": "", "hedged": False}),
    ("a hedged count", "Police in Eldvik evacuated about 80 people from Norland Street in 2019.", "count", "about 80",
     {"number": 80, "unit": "", "hedged": True}),
    ("a year: no number to type", "Police in Eldvik evacuated 21 people from Norland Street in 2019.", "date", "2019", {}),
    ("a distance with a hyphen", "Transit Avalonia built a 300-metre bridge over the Eldvik river in 2019.", "distance",
     "300-metre", {"number": 300, "unit": "metre"}),
    ("an ordinal: no number to type", "The Eldvik Rail Bill passed its 14th reading in the Norland parliament in 2019.", "count",
     "14th", {}),
    ("a distance", "The Northport tunnel of Transit Avalonia runs 57 km under the mountains to Eldvik.", "distance", "57 km",
     {"number": 57, "unit": "km"}),
]  # fmt: skip


@pytest.mark.parametrize("body,kind,text,number", [n[1:] for n in NUMBERS], ids=[n[0] for n in NUMBERS])
def test_the_number_and_unit_behind_a_choice(body, kind, text, number):
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    q = multiple_choice(Context(article, facts), fact, _speakers(facts), random.Random(0), "auto")
    assert {k: v for k, v in q.extra.items() if k in ("number", "unit", "hedged")} == number


# --- a statement made false by another year must be false -------------------------------------------

# (a second sentence, of a count, gives the article a second statement: one alone is not made)
BUSES = "\n\nAvalonia's ferries carried 400 buses from Northport to Eldvik."
MEASURED = [
    ("a year's growth alone", "Avalonia's ferry trade grew by 4% during 2004, helped by new routes.",
     ["mcq", "cloze", "true_false"]),
    ("the fastest in four years", "Avalonia's ferry trade had its busiest year in a decade during 2004.", ["cloze"]),
    ("for the first time", "Eldvik won the Norland cup for the first time in 2004, beating Northport.", ["cloze"]),
    ("the first time since", "Northport won the Norland cup in 2004, the first time it has done so since its founding.",
     ["cloze"]),
    ("a record", "Transit Avalonia carried a record 400 buses from Northport to Eldvik in 2004.", ["cloze"]),
    ("a span of years", "Transit Avalonia has run the Eldvik ferry for seven years since buying it in 2004.", ["mcq", "cloze"]),
]  # fmt: skip


@pytest.mark.parametrize("body,forms", [m[1:] for m in MEASURED], ids=[m[0] for m in MEASURED])
def test_no_choice_or_statement_puts_another_year_into_a_claim_measured_against_other_years(body, forms):
    # "its busiest year in a decade during 1999" may be true as well: no student can call it false,
    # and 1999 may be as right a choice as 2004; a card asks the year back, which only one answers
    from quizgen.generate import plan

    article = article_of(body + BUSES, TITLE)
    made = plan(article, extract(article))
    assert sorted(q.type for q in made.questions if q.kind == "date") == sorted(forms)


# --- a change from the blank to a figure: the options stay on the side the change allows ------------

SALES = "Transit Avalonia expects its ticket sales in Eldvik to {} from 64,000 in 2003 to {} in 2007."
CHANGES = [
    ("a count that swells", SALES.format("swell", "92,000"), "count", "64,000", lambda v: v < 92_000),
    ("a count that falls", SALES.format("fall", "58,000"), "count", "64,000", lambda v: v > 58_000),
    ("a count in words", "Transit Avalonia's fleet in Eldvik grew from nine trains in 2003 to 12 in 2007.", "count", "nine",
     lambda v: v < 12),
    ("the year it starts", SALES.format("swell", "92,000"), "date", "2003", lambda v: v < 2007),
    ("the year it ends", SALES.format("swell", "92,000"), "date", "2007", lambda v: v > 2003),
]  # fmt: skip
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


@pytest.mark.parametrize("body,kind,text,fits", [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_the_options_of_one_end_of_a_change_stay_on_its_side_of_the_other(body, kind, text, fits):
    # "swell from _____ to 92,000": 110,000 is ruled out at sight; "in _____ to ... in 2007": so is 2009
    article = article_of(body, TITLE)
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    for seed in range(12):
        q = multiple_choice(Context(article, facts), fact, [], random.Random(seed), "auto")
        values = [WORDS.get(o) or int(o.replace(",", "")) for o in q.options]
        assert text in q.options and all(fits(v) for v in values), q.options


def test_the_day_of_a_month_is_asked_in_no_form():
    # "began on 8 August 2019" for "10 August 2019": a student learns nothing by telling them apart
    # (reviewers passed none of seven such choices); its year alone stands in the sentence
    from quizgen.generate import plan

    body = "Transit Avalonia opened the Northport rail tunnel in Eldvik on 10 August 2019, a year late."
    article = article_of(body, TITLE)
    made = plan(article, extract(article))
    assert [q.type for q in made.questions if q.kind == "date"] == []
    assert [d.rule for d in made.dropped if d.fact.text == "10 August 2019"] == [DAY]
