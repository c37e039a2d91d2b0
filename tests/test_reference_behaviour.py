"""What a sentence leans on, word by word: the pronouns, quotations and names that keep it from standing alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.clauses import cuttable
from quizgen.generate.cloze import cloze
from quizgen.generate.context import Context
from quizgen.generate.references import Names, references
from quizgen.generate.wording import display_speaker, identity, opening_mark
from quizgen.model import Fact, Sentence

PEOPLE = Names(["Jonas Berg", "Maria Lindqvist"])


def leans(sentence: str, people: Names = PEOPLE) -> list[tuple[str, str, bool]]:
    """Each word the sentence leans on, the rule's reason, and whether a short article may do without it."""
    return [(sentence[r.start : r.end], r.rule, r.soft) for r in references(sentence, people)]


HE = ("he", "context: 'he' with no person named before it", False)
WE = ("we", "context: 'we' with no speaker named", False)
BERG_UNINTRODUCED = ("Berg", "context: 'Berg' is not introduced", True)

PRONOUNS = [
    ("Eldvik said he would resign before Mayor Holm arrived in 2019.", [HE]),
    ("Eldvik said Mayor Holm would resign before he arrived in 2019.", []),
    ("Berg's office said he would resign in 2019.", [BERG_UNINTRODUCED]),
    ("Berg’s office said he would resign in 2019.", [BERG_UNINTRODUCED]),
    ("Eldvik's office said he would resign in 2019.", [HE]),
]


@pytest.mark.parametrize(
    "sentence,expected",
    PRONOUNS,
    ids=[
        "a titled name after 'he' does not count",
        "a titled name before 'he' does",
        "a person's name with 's before 'he'",
        "a person's name with a curly 's before 'he'",
        "a place with 's is no person",
    ],
)
def test_he_needs_a_person_named_before_it(sentence, expected):
    assert leans(sentence) == expected


SPEAKERS = [
    ('Eldvik fans sang "we said we would win" in 2019.', [WE]),
    ('"We will win in Eldvik," said Jonas Berg.', []),
    ('"We will win in Eldvik,"said Jonas Berg.', []),
    ("Jonas Berg said“we will win in Eldvik” in 2019.", []),
]


@pytest.mark.parametrize(
    "sentence,expected",
    SPEAKERS,
    ids=[
        "a speech verb inside the quotation names no speaker",
        "a speech verb after the quotation",
        "a speech verb right after the closing mark (a missing space)",
        "a speech verb right before the opening mark (a missing space)",
    ],
)
def test_we_needs_a_speaker_named_outside_the_quotation(sentence, expected):
    assert leans(sentence) == expected


def not_named(phrase: str, soft: bool = True) -> tuple[str, str, bool]:
    return (phrase, f"context: '{phrase}' is not named", soft)


DEFINITES = [
    ("Avalonia and Norland voted at the same time in 2019.", [], "'the same time' is a time"),
    (
        "Avalonia and Norland voted at the same tunnel in 2019.",
        [("the same", "context: 'the same' points back", True)],
        "'the same tunnel' points back",
    ),
    (
        "Avalonia and Norland voted at the next two meetings in 2019.",
        [("the next", "context: 'the next' points back", True)],
        "the message names the first word only",
    ),
    ("A tunnel opened in Eldvik in 2019, and the tunnels cost 12 million crowns.", [], "a plural told before as one"),
    ("Eldvik sold a car in 2019, and the cars cost 12 million crowns.", [], "a four-letter plural told before as one"),
    (
        "Eldvik chose a place in 2019, and the plans cost 12 million crowns.",
        [not_named("the plans")],
        "'plans' is not 'place'",
    ),
    (
        "Eldvik chose a place in 2019, and the plan cost 12 million crowns.",
        [not_named("the plan", soft=False)],
        "'plan' is not 'place'",
    ),
    (
        "Eldvik built 14 tunnels in 2019, and the bus cost 12 million crowns.",
        [not_named("the bus")],
        "'bus' is not 'built'",
    ),
    (
        "Avalonia opened the Northport Tunnel in 2025, and the tunnel cost 12 billion crowns.",
        [],
        "named before with a capital",
    ),
    ("Eldvik heard the spokesman, Jonas Berg, say 14 tunnels opened in 2019.", [], "a name right after the comma"),
    (
        "Eldvik heard the spokesman, and Jonas Berg said 14 tunnels opened in 2019.",
        [not_named("the spokesman")],
        "a name after the comma and another word",
    ),
    (
        "Tourism in Avalonia grew as more ferries came, and the country's hotels employ 19,000 people.",
        [],
        "the country's name 40 characters before",
    ),
    (
        "Tourism in Avalonia grew as more visitors came, and the country's hotels employ 19,000 people.",
        [not_named("the country")],
        "the country's name 41 characters before",
    ),
    (
        # no name before it at all: which country is not a nicety a short article may do without
        "More visitors came, and the country's hotels employ 19,000 people in Avalonia.",
        [not_named("the country", soft=False)],
        "the country's name only after it: a fault even in a second pass",
    ),
]


@pytest.mark.parametrize("sentence,expected", [d[:2] for d in DEFINITES], ids=[d[2] for d in DEFINITES])
def test_the_needs_its_noun_named_before_it_or_made_specific(sentence, expected):
    assert leans(sentence) == expected


SPEAKERS_AS_OPTIONS = [
    ("The Eldvik council", "organisation", "Eldvik council"),
    ("the Eldvik council", "organisation", "Eldvik council"),
    ("AN Eldvik union", "organisation", "Eldvik union"),
    ("Theatre Avalonia", "organisation", "Theatre Avalonia"),
]


@pytest.mark.parametrize(
    "speaker,kind,shown",
    SPEAKERS_AS_OPTIONS,
    ids=["a capital 'The' goes", "a small 'the' goes", "an 'AN' in capitals goes", "a name that opens on 'The' stays"],
)
def test_a_body_as_an_option_goes_without_its_article(speaker, kind, shown):
    fact = Fact("quote", speaker, 0, 1, Sentence("x", 0, 1, 1), None, speaker=speaker, speaker_type=kind)
    assert display_speaker(fact) == shown


UNANCHORED = [
    (
        'Two gunmen died, and officials said: "It\'s over."',
        [
            ("Two gunmen died", "context: 'Two gunmen died' of what, or whose?", True),
            ("Two gunmen died, and", "context: the sentence names no one and nowhere", False),
        ],
    ),
    (
        'Two gunmen died, and officials said: "It’s over."',
        [
            ("Two gunmen died", "context: 'Two gunmen died' of what, or whose?", True),
            ("Two gunmen died, and", "context: the sentence names no one and nowhere", False),
        ],
    ),
    ('Two gunmen died, and officials said: "Eldvik\'s over."', []),
]


@pytest.mark.parametrize(
    "sentence,expected",
    UNANCHORED,
    ids=["'It's' names no one", "'It's' with a curly mark names no one", "'Eldvik's' names a place"],
)
def test_a_capitalised_word_with_s_names_something_only_when_the_word_does(sentence, expected):
    assert leans(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Berg opened the Northport Tunnel in 2025.", []),
        ("Mr Berg opened the Northport Tunnel in 2025.", [("Mr Berg", "context: 'Mr Berg' is not introduced")]),
    ],
    ids=["a bare surname is a name like any other", "a title still asks for the full name"],
)
def test_with_no_people_given_only_a_titled_surname_asks_to_be_introduced(sentence, expected):
    assert [(sentence[r.start : r.end], r.rule) for r in references(sentence)] == expected


SURNAMES = [
    (["Jonas Peter Berg", "Jonas Berg"], "Jonas Peter Berg"),
    (["Jonas Berg", "Jonas Peter Berg"], "Jonas Peter Berg"),
    (["Jonas Berg", "Peter Berg"], "Jonas Berg"),
    (["Jonas Berg", "Maria Anna Lindqvist", "Anna Lindqvist Berg"], "Jonas Berg"),
    (["Jonas Berg", "Nils Peter Berg"], "Jonas Berg"),  # (a birth name the article gives later is never the name used)
]


@pytest.mark.parametrize(
    "people,full",
    SURNAMES,
    ids=[
        "the longer name, given first",
        "the longer name, given last",
        "of two as long, the first",
        "another's longer name with the surname: the first",
        "a longer name given later, not the first one's: the first",
    ],
)
def test_a_surname_stands_for_the_fullest_form_of_the_first_full_name_the_article_gives_it(people, full):
    assert Names(people).full("Berg") == full


OTHER_RULES = [
    (
        '"But it was over," Jonas Berg said in Eldvik.',
        [("it", "context: opens on 'It', which points back", False)],
        "an opening 'it' after a quote mark and a connective",
    ),
    (
        "He told Eldvik that he would resign in 2019.",
        [("He", "context: opens on 'He', which points back", False), HE],
        "a second 'he' after an opening 'He'",
    ),
    (
        "The Eldvik striker scored twice against Norland in 2019.",
        [("The Eldvik striker", "context: 'The Eldvik striker' is not named", False)],
        "a player known by a title",
    ),
    (
        "Jonas Berg said an increase is not expected in 2019.",
        [("an increase", "context: 'an increase' in what?", False)],
        "a change that does not say what changed",
    ),
    (
        "In 2019, voters chose a council led by the Eldvik Party, a party like Norland's Rail Party.",
        [("voters", "context: 'voters' of which place?", False)],
        "voters with no place named",
    ),
    ("In 2019, voters in Avalonia elected a council led by the Eldvik Party.", [], "voters in a place"),
    (
        "Avalonia's biggest rail firm said ticket sales rose 15% over the whole of 2019.",
        [("Avalonia's biggest rail firm", "context: 'Avalonia's biggest rail firm' is not named", False)],
        "a firm known only by its rank",
    ),
    ("Avalonia's biggest rail firm, Transit Avalonia, said sales rose 15% in 2019.", [], "a ranked firm named after it"),
    (
        "Jonas Berg said Eldvik in 2019 was still upset by what had happened.",
        [("what had happened", "context: 'what had happened' points back to an event not named", False)],
        "an event told only as what happened",
    ),
    ("Jonas Berg said what happened to the Eldvik ferry in 2019 was a shock.", [], "what happened to something named"),
    (
        "Many staff and investors holding share options still wait, as they have all year, to learn when a share sale by "
        "Transit Avalonia will come.",
        [("Many staff and investors", "context: 'Many staff and investors': whose?", False)],
        "a group told only by how many",
    ),
    (
        "However, many staff and investors holding share options still wait, as they have all year, to learn when a "
        "share sale by Transit Avalonia will come.",
        [("many staff and investors", "context: 'many staff and investors': whose?", False)],
        "a group told only by how many, after an opening connective",
    ),
    ("Many employees of Transit Avalonia went on strike in 2019.", [], "a group of a named firm"),
    (
        "Jonas Berg lost twice to his southern neighbours at the Eldvik games in 2019.",
        [("his southern neighbours", "context: 'his southern neighbours' is not named", False)],
        "a side known only by how it stands to the subject",
    ),
    ("Eldvik beat its rivals, Norland Rail, in five games in 2019.", [], "a side named after it"),
    (
        "Should anyone doubt it, Transit Avalonia has counted 400 trains through Eldvik since 2019.",
        [("Should anyone d", "context: opens on a condition, not a statement of fact", False)],
        "a sentence that opens on a condition",
    ),
    (
        "But should anyone doubt it, Transit Avalonia has counted 400 trains through Eldvik since 2019.",
        [("should anyone d", "context: opens on a condition, not a statement of fact", False)],
        "a condition after an opening connective",
    ),
    (
        "Had Eldvik won the vote, Transit Avalonia would have built 40 trains in 2019.",
        [("Had Eldvik w", "context: opens on a condition, not a statement of fact", False)],
        "a sentence that opens on what did not happen",
    ),
    ("Thousands of people marched through Eldvik in 2019.", [], "a group in a named place"),
    ("Transit Avalonia, Avalonia's biggest rail firm, said sales rose 15% in 2019.", [], "a ranked firm named before"),
    ("In 2019, Avalonian voters elected a council led by the Eldvik Party.", [], "voters of a place named before"),
    (
        "A tunnel which Eldvik built in 2019.",
        [("A tunnel which Eldvi", "context: a fragment, not a sentence", False)],
        "a fragment: its first 20 characters",
    ),
    (
        "A man who ran.",
        [
            ("A man who ran.", "context: a fragment, not a sentence", False),
            ("A man who ran.", "context: the sentence names no one and nowhere", False),
        ],
        "a fragment shorter than 20 characters",
    ),
]


@pytest.mark.parametrize("sentence,expected", [r[:2] for r in OTHER_RULES], ids=[r[2] for r in OTHER_RULES])
def test_each_rule_marks_its_words(sentence, expected):
    assert leans(sentence) == expected


CUTS = [
    ("After the vote, Eldvik celebrated in 2019.", [(0, 16, "opening")]),
    ("In 2019, which was a good year, Eldvik grew.", [(7, 31, "between commas")]),
    ("In Eldvik, and in Norland, the vote passed in 2019.", []),
    ("Transit Avalonia, which won the vote on 3 March, bought 40 trains.", [(16, 48, "between commas")]),
    (
        "Transit Avalonia bought trains, which it sold to Eldvik, Norland and Avalonia.",
        [(30, 56, "between commas"), (30, 77, "to the end")],
    ),
]


@pytest.mark.parametrize(
    "sentence,cuts",
    CUTS,
    ids=[
        "an opening before a name",
        "no opening before 'which'",
        "no opening before 'and'",
        "a clause after the subject closes at its comma",
        "a clause after the verb may run to the end",
    ],
)
def test_an_opening_phrase_goes_only_where_a_clause_follows_it(sentence, cuts):
    assert list(cuttable(sentence)) == cuts


def identity_of(text: str, answers: list[str]) -> str:
    """The identity of a card on the article's one sentence, with these answers hidden."""
    article = article_of(text)
    s = next(s for s in article.sentences if s.body)
    spans = [(s.start + s.text.index(a), s.start + s.text.index(a) + len(a)) for a in answers]
    return identity(article, "cloze", s, spans)


@pytest.mark.parametrize(
    "before,after",
    [
        (
            ("Avalonia sold trains to Norland and buses to Eldvik.", ["trains", "buses"]),
            ("Avalonia sold ships to Norland and ferries to Eldvik.", ["ships", "ferries"]),
        ),
        (
            ("Eight tunnel workers were hurt in Eldvik.", ["Eight"]),
            ("Nine tunnel workers were hurt in Eldvik.", ["Nine"]),
        ),
        (
            ("Avalonia sold 40 trains to Norland in 2019.", ["trains"]),
            ("Avalonia sold 42 trains to Norland in 2018.", ["trains"]),
        ),
    ],
    ids=["two answers corrected", "an answer that opens the sentence corrected", "a number beside the answer corrected"],
)
def test_a_card_keeps_its_identity_when_its_answers_are_corrected(before, after):
    assert identity_of(*before) == identity_of(*after)


def test_a_card_keeps_its_identity_when_the_answer_ends_a_sentence_without_a_full_stop():
    article = article_of("Avalonia sold 40 trains to Eldvik.")

    def key(text: str, answer: str) -> str:
        start = text.index(answer)
        return identity(article, "cloze", Sentence(text, 0, len(text), 1), [(start, start + len(answer))])

    assert key("Avalonia sold 40 trains to Eldvik", "Eldvik") == key("Avalonia sold 40 trains to Norland", "Norland")


def test_a_span_outside_the_sentence_leaves_the_identity_as_the_sentence_alone():
    article = article_of("Avalonia sold 40 trains to Eldvik.")
    s = next(s for s in article.sentences if s.body)
    assert identity(article, "cloze", s, [(s.end + 5, s.end + 9)]) == identity(article, "cloze", s, [])


SAID = '"Northport will double its freight traffic by 2026," said '


def card(body: str, kind: str, text: str) -> str:
    """The cloze card of one fact (its marked-up text), or the rule that stops it, under a headline that
    names the places the sentences name (a card of a sentence naming nothing of its headline is not made)."""
    article = article_of(body, "Avalonia opens the Northport rail tunnel between Eldvik and Norland")
    facts = extract(article)
    fact = next(f for f in facts if f.kind == kind and f.text == text)
    made = cloze(Context(article, facts), fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    return made if isinstance(made, str) else made[0].cloze


@pytest.mark.parametrize(
    "speaker,shown",
    [
        ("transport minister Jonas Berg", "transport minister {{c1::Jonas Berg::who}}"),
        ("the rail firm Transit Avalonia", "{{c1::the rail firm Transit Avalonia::who}}"),
        ("transport minister Holm", "transport minister {{c1::Holm::who}}"),
        ("Transit Avalonia", "{{c1::Transit Avalonia::who}}"),
        ("Jonas Berg of Eldvik", "{{c1::Jonas Berg of Eldvik::who}}"),
    ],
    ids=[
        "a person: the name after the title is hidden",
        "a body: the whole speaker is hidden",
        "a person known by one name: the name is hidden",
        "a body that is all name",
        "a person whose name does not end the speaker: the whole speaker",
    ],
)
def test_a_who_card_hides_a_persons_name_and_a_bodys_whole_description(speaker, shown):
    assert card(SAID + speaker + ".", "quote", speaker) == SAID + shown + "."


@pytest.mark.parametrize("opening", ["Forty", "40"])
def test_a_card_may_hide_the_number_that_opens_its_sentence(opening):
    body = f"{opening} trains left Eldvik for Norland in 2019."
    assert card(body, "count", opening) == f"{{{{c1::{opening}::number}}}} trains left Eldvik for Norland in 2019."


OPENS = 'Maria Lindqvist of Transit Avalonia said: "The Northport Tunnel cost 12 billion crowns in 2019.'


@pytest.mark.parametrize(
    "rest,expected",
    [
        (
            ' Trains from Norland will use the Northport Tunnel from 2026. Ferries from Eldvik will stop in 2027."',
            'Maria Lindqvist of Transit Avalonia said: "The Northport Tunnel cost {{c1::12 billion::number}} crowns in 2019.'
            ' Trains from Norland will use the Northport Tunnel from 2026. Ferries from Eldvik will stop in 2027."',
        ),
        ('\n\nTrains from Norland will use the Northport Tunnel from 2026."', "formatting: unbalanced quotation marks"),
    ],
    ids=["two more sentences of the quotation", "the quotation goes on in the next paragraph"],
)
def test_a_card_takes_in_the_rest_of_its_quotation_within_its_paragraph(rest, expected):
    assert card(OPENS + rest, "count", "12 billion") == expected


@pytest.mark.parametrize("words,made", [(60, True), (61, False)], ids=["60 words", "61 words"])
def test_a_card_with_the_rest_of_its_quotation_is_at_most_60_words(words, made):
    rest = " Trains from Norland will use the Northport Tunnel" + " daily" * (words - len(OPENS.split()) - 8) + '."'
    body = OPENS + rest
    assert len(body.split()) == words
    expected = body.replace("12 billion", "{{c1::12 billion::number}}") if made else "formatting: unbalanced quotation marks"
    assert card(body, "count", "12 billion") == expected


@pytest.mark.parametrize(
    "body,kind,text,expected",
    [
        (
            "A 57 km tunnel under the Grey Mountains links Eldvik and Norland since 2019.",
            "distance",
            "57 km",
            "giveaway: 'a' or 'an' before the blank tells which answers fit",
        ),
        (
            "In 2019, 40 trains left Eldvik for Norland.",
            "date",
            "2019",
            "In {{c1::2019::date}}, 40 trains left Eldvik for Norland.",
        ),
        (
            "Avalonia sold 40 trains in Eldvik to Norland in 1998 and 2019.",
            "date",
            "2019",
            "Avalonia sold 40 trains in Eldvik to Norland in {{c1::1998::date}} and {{c1::2019::date}}.",
        ),
        (
            "Avalonia sold trains to Norland in 2019 (or 2018).",
            "date",
            "2019",
            "giveaway: a figure beside the blank leads to the answer",
        ),
    ],
    ids=[
        "a capital 'A' before the blank",
        "a figure of another kind beside the blank stays",
        "years side by side: one card",
        "a figure in brackets right after the blank",
    ],
)
def test_what_stands_beside_a_blank(body, kind, text, expected):
    assert card(body, kind, text) == expected


BRACES = "cloze: the sentence holds double braces, which a flash card would read as blanks of its own"


@pytest.mark.parametrize(
    "body,kind,text,expected",
    [
        ("Avalonia sold 40 trains {{to Norland in 2019.", "count", "40", BRACES),
        ("Avalonia sold 40 trains to}} Norland in 2019.", "count", "40", BRACES),
        (
            'Maria Lindqvist of Transit Avalonia said: "The Northport Tunnel runs 57 km under the Grey Mountains.'
            ' A branch of 12 km runs to Eldvik."',
            "distance",
            "57 km",
            "giveaway: another length in view shows the answer's scale",
        ),
    ],
    ids=["opening braces", "closing braces", "a length in the rest of the quotation"],
)
def test_a_card_is_not_made_of_what_it_would_show_wrongly(body, kind, text, expected):
    assert card(body, kind, text) == expected


def test_a_card_may_hide_the_words_that_end_a_sentence_without_a_full_stop():
    body = "Avalonia sold 40 trains to Norland in 2019"
    assert card(body, "date", "2019") == "Avalonia sold 40 trains to Norland in {{c1::2019::date}}"


@pytest.mark.parametrize("before,after", [(0, 5), (5, 0)], ids=["past its end", "before its start"])
def test_an_answer_that_runs_outside_its_sentence_makes_no_card(before, after):
    article = article_of("Avalonia sold 40 trains to Norland in 2019. Eldvik opened the Northport Tunnel in 2025.")
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "count" and f.text == "40")
    wide = replace(fact, extent=(fact.sentence.start - before, fact.sentence.end + after))
    assert cloze(Context(article, facts), wide, [wide]) == "cloze: the answer runs outside its sentence"


TWO_SPEAKERS = (
    "Maria Lindqvist of Avalonia opened the Northport rail tunnel with Jonas Berg, Peter Holm and Anna Kowal.\n\n"
    '"Northport will double its freight traffic by 2026," said transport minister Jonas Berg,'
    ' and "Eldvik will follow in 2027," said Peter Holm of Norland.'
)


@pytest.mark.parametrize(
    "speaker,expected",
    [
        (
            "transport minister Jonas Berg",
            '"Northport will double its freight traffic by 2026," said transport minister {{c1::Jonas Berg::who}},'
            ' and "Eldvik will follow in 2027," said Peter Holm of Norland.',
        ),
        (
            "Peter Holm of Norland",
            '"Northport will double its freight traffic by 2026," said transport minister Jonas Berg,'
            ' and "Eldvik will follow in 2027," said {{c1::Peter Holm of Norland::who}}.',
        ),
    ],
    ids=["the first speaker", "the second speaker"],
)
def test_two_speakers_in_one_sentence_make_a_card_each(speaker, expected):
    assert card(TWO_SPEAKERS, "quote", speaker) == expected


def test_a_who_card_keeps_its_answer_and_the_quoted_words_with_their_speaker():
    article = article_of(TWO_SPEAKERS, "Avalonia opens the Northport rail tunnel")
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "quote" and f.text == "transport minister Jonas Berg")
    note, picked = cloze(Context(article, facts), fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    assert (note.answer, note.sentence.text, note.extra, picked) == (
        "Jonas Berg",
        TWO_SPEAKERS.split("\n\n")[1],
        {
            "answers": ["Jonas Berg"],
            "kinds": ["quote"],
            "quotes": [("Jonas Berg", "Northport will double its freight traffic by 2026")],
        },
        [fact],
    )


def test_a_card_that_starts_after_an_opening_phrase_starts_with_a_capital():
    body = "Hours after the vote in Eldvik, eight people marched through Norland in 2019."
    article = article_of(body, "Avalonia opens the Northport rail tunnel between Eldvik and Norland")
    facts = extract(article)
    fact = next(f for f in facts if f.kind == "count" and f.text == "eight")
    note, _ = cloze(Context(article, facts), fact, [f for f in facts if f.sentence.start == fact.sentence.start])
    assert (note.cloze, note.answer, note.sentence.text, note.extra["answers"]) == (
        "{{c1::Eight::number}} people marched through Norland in 2019.",
        "Eight",
        "Eight people marched through Norland in 2019.",
        ["Eight"],
    )


KFB = ("KFB", "context: 'KFB' is not spelled out", True)
SHORT_FORMS = [
    ("Eldvik joined NATO in 2019.", [], "a short form everyone knows"),
    ("Eldvik hired two CEOs in 2019.", [], "the plural of one"),
    ("Eldvik joined the KFB in 2019.", [KFB], "a short form not spelled out"),
    ("The Eldvik Rail Company (ERC) and the KFB met in 2019.", [KFB], "one spelled out before another that is not"),
    ("The KFB (Eldvik Rail Company) bought 40 trains in 2019.", [], "spelled out right after"),
    (
        "In 2019, those tunnels cost Eldvik 12 million crowns.",
        [("those", "context: opens on 'Those', which points back", False)],
        "an opening 'those' is the opening rule's",
    ),
    (
        "In 2019, another tunnel opened in Eldvik.",
        [("another", "context: opens on 'Another', which points back", False)],
        "an opening 'another' is the opening rule's",
    ),
    (
        "Avalonia spent more because of that in 2019.",
        [("of that", "context: 'of that' points back", True)],
        "'of that' only lacks a frame",
    ),
    (
        "Avalonia made four trips to Norland over those two years.",
        [("those", "context: 'those' points back", False)],
        "'those' points at what the reader does not have",
    ),
]


@pytest.mark.parametrize("sentence,expected", [r[:2] for r in SHORT_FORMS], ids=[r[2] for r in SHORT_FORMS])
def test_short_forms_and_demonstratives(sentence, expected):
    assert leans(sentence) == expected


def test_the_mark_that_opens_the_quotation_a_word_lies_in():
    body = 'Jonas Berg said "Eldvik won" in 2019.\n\nMaria Lindqvist said: “The tunnel opened in 2019. Then Eldvik voted.'
    article = article_of(body)
    text = article.text
    marks = [opening_mark(article, text.index(word)) for word in ("Eldvik won", "in 2019.", "tunnel", "Then")]
    assert marks == ['"', "", "“", "“"]
    assert opening_mark(article, article.paragraphs[-1][1]) == ""  # the end of the paragraph is outside it
