"""Cues: where a quote's speaker is written; one named rule a case, negatives included."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.quotes import find_quotes

GOLDEN = [
    # after the quote
    ('"The roof held," a trade paper quoted surveyor Rasmus Haldt as saying.', [("surveyor Rasmus Haldt", "The roof held")]),
    ('"Fares will fall," the ferry operator was quoted as saying.', [("the ferry operator", "Fares will fall")]),
    (
        '"Visitors care more than trustees," is the blunt verdict of Ilse Varga, a museum guide.',
        [("Ilse Varga", "Visitors care more than trustees")],
    ),
    ('Commuters\' "quiet fury" could sink the scheme, Marek Quist has said.', [("Marek Quist", "quiet fury")]),
    ('"We were short of staff" while the storm lasted, Ilse Dorran said.', [("Ilse Dorran", "We were short of staff")]),
    ('"The harbour is safe again," beamed Mr Quist.', [("Mr Quist", "The harbour is safe again")]),
    ('"The paintings are fragile," curators said in a note.', [("curators", "The paintings are fragile")]),
    (
        '"We will open," Nadia Tovar said, "but only on weekdays."',
        [("Nadia Tovar", "We will open"), ("Nadia Tovar", "but only on weekdays.")],
    ),
    # before the quote, in its sentence
    ('Notes Dr Petra Varga: "The river is rising."', [("Dr Petra Varga", "The river is rising.")]),
    ('A radio station quoted Brenna Kessen as saying: "The bridge is shut."', [("Brenna Kessen", "The bridge is shut.")]),
    ('Dale Reed, 41, from Marlow, said: "We lost the boat."', [("Dale Reed", "We lost the boat.")]),
    ('Sam Ortiz, of Calder, said it was "a long night".', [("Sam Ortiz", "a long night")]),
    ('In the words of the harbour master, Rasmus Haldt, "Nobody was hurt."', [("Rasmus Haldt", "Nobody was hurt.")]),
    (
        'Odile Corro was called the "iron lady of the docks" by her rival Marek Quist.',
        [("her rival Marek Quist", "iron lady of the docks")],
    ),
    (
        'Mr Quist is alleged to have said that the funds should be "spent on the harbour".',
        [("Mr Quist", "spent on the harbour")],
    ),
    ('Ms Varga listed the figures and spoke of a "turning tide".', [("Ms Varga", "turning tide")]),
    ('The club - whose ground flooded in May - thanked "every single volunteer".', [("The club", "every single volunteer")]),
    ('Ms Tovar, who has described the plan as a "folly", will vote today.', [("Ms Tovar", "folly")]),
    ('Dale Reed resigned in June claiming he was "pushed out".', [("Dale Reed", "pushed out")]),
    ('But it was Ms Corro who had the last word, speaking of a "fresh chapter".', [("Ms Corro", "fresh chapter")]),
    (
        'Marek Quist makes the case that rents are too high, saying tenants face "impossible choices".',
        [("Marek Quist", "impossible choices")],
    ),
    ('The Varga review concluded that there were "gaps in training".', [("The Varga review", "gaps in training")]),
    ('The mayor said the plan was "dead", according to the Daily Courier.', [("The mayor", "dead")]),
    ('According to the Daily Courier, the mayor said the plan was "dead".', [("the mayor", "dead")]),
    ('The Calder letter reads: "Your permit has expired."', [("The Calder letter", "Your permit has expired.")]),
    (
        'Petra Varga spoke on Friday. She expressed her dismay at the buyer who "never paid a penny".',
        [("She", "never paid a penny")],
    ),
    # next to the quote
    (
        'Dale Reed spoke first. "The weather is the problem. "It could clear by noon, but I doubt it," said Ilse Dorran.',
        [("Ilse Dorran", "The weather is the problem."), ("Ilse Dorran", "It could clear by noon, but I doubt it")],
    ),
    (
        'Her colleague, Nadia Tovar, a local councillor, blames the council. "We warned them twice."',
        [("Nadia Tovar", "We warned them twice.")],
    ),
    ('"We will sail," said Sam Ortiz. "The wind is fair."', [("Sam Ortiz", "We will sail"), ("Sam Ortiz", "The wind is fair.")]),
    (
        '"Ships need crews," said Brenna Kessen of the port authority. The port is a "sleeping giant". '
        "It will need workers, Ms Kessen explained.",
        [("Brenna Kessen of the port authority", "Ships need crews"), ("Ms Kessen", "sleeping giant")],
    ),
    # negatives
    ('The so-called "quiet zone" opened in May.', []),
    ('Odile Corro was called the "iron lady of the docks".', []),
    ('Ilse Dorran thanked "all the staff" and hummed "Blue Moon" at the end.', [("Ilse Dorran", "all the staff")]),
    ('Sam Ortiz spoke first. "Blue Moon" is a fine song.', []),
    ('Dale Reed was jailed for six years. "He showed no remorse."', []),
]


@pytest.mark.parametrize(
    "text,expected",
    GOLDEN,
    ids=[
        "quoted X as saying names X, not the paper",
        "X was quoted as saying",
        "the verdict of X",
        "the speaker and the verb close the sentence after a comma",
        "a closing attribution after a clause that opens with while",
        "an unknown verb in the place of said before a name",
        "people named by what they do, alone",
        "the speaker between two halves of a quote",
        "a speech verb opening the sentence, then the speaker and a colon",
        "quoted X as saying before the quote",
        "a name followed by its age and its town",
        "a name followed by where it is from",
        "in the words of X",
        "a passive names its agent after by",
        "hearsay names its subject",
        "a verb sharing the sentence's subject",
        "an aside between dashes before the verb",
        "a relative clause that describes",
        "a participle without its comma",
        "a cleft sentence puts its speaker first",
        "a participle's speaker is the name opening the sentence",
        "a document that names who issued it",
        "according to a paper that only reported it",
        "according to a paper, then the one who said it",
        "a letter reads",
        "expressed her dismay at",
        "a quote run on into the next one shares its attribution",
        "the subject of the sentence before a quote of its own",
        "an unattributed quote goes on with the last speaker",
        "a phrase between a name and the same name speaking",
        "a scare quote has no speaker",
        "a passive without an agent has no speaker",
        "a speech verb governs its own quote, not a title after another verb",
        "a title that opens a sentence is not said by the last person named",
        "words about him after a sentence about him are not his",
    ],
)
def test_cue(text, expected):
    found = [(f.text, f.quote) for f in find_quotes(article_of(text)) if f.tier == "direct"]
    assert found == expected


def test_a_question_quoted_by_others_is_not_the_next_speaker_s():
    text = 'Dale Reed spoke first, and then voters asked "Who pays for the road?" "I was shouted at," he said.'
    facts = {f.quote: f.speaker for f in find_quotes(article_of(text)) if f.tier == "direct"}
    assert facts.get("Who pays for the road?") != "Dale Reed" and facts["I was shouted at"] == "Dale Reed"
