"""Cues: where a quote's speaker is written; one named rule a case, negatives included."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.quotes import find_quotes

GOLDEN = [
    # after the quote
    ('"It was easy," a local paper quoted prosecutor Jo Hill as saying.', [("prosecutor Jo Hill", "It was easy")]),
    ('"Costs will rise," the agency was quoted as saying.', [("the agency", "Costs will rise")]),
    (
        '"Voters are keener than members," is the dry assessment of Sam Cole, a councillor.',
        [("Sam Cole", "Voters are keener than members")],
    ),
    ('Voters\' "pent up anger" could decide the race, Ann Cole has said.', [("Ann Cole", "pent up anger")]),
    ('"They were careless" while in power, Sam Reid said.', [("Sam Reid", "They were careless")]),
    ('"It is a pilot project," underlined Mr Lee.', [("Mr Lee", "It is a pilot project")]),
    ('"The films are bold," organisers said in a statement.', [("organisers", "The films are bold")]),
    (
        '"We will win," Tom Reid said, "and it will not be easy."',
        [("Tom Reid", "We will win"), ("Tom Reid", "and it will not be easy.")],
    ),
    # before the quote, in its sentence
    ('Observes Dr Ann Lee: "The economy is weak."', [("Dr Ann Lee", "The economy is weak.")]),
    ('A newspaper quoted Jo Hill as saying: "It was planned."', [("Jo Hill", "It was planned.")]),
    ('Tom Reid, 26, from Leeds, said: "We played well."', [("Tom Reid", "We played well.")]),
    ('Ann Cole, of Hull, said it was "a fine day".', [("Ann Cole", "a fine day")]),
    ('In the words of the prosecutor, Jane Doe, "It was planned."', [("Jane Doe", "It was planned.")]),
    ('Ann Lee was called the "queen of pop" by her friend Tom Reid.', [("her friend Tom Reid", "queen of pop")]),
    (
        'Mr Lee is alleged to have said that the money should be "made available to members".',
        [("Mr Lee", "made available to members")],
    ),
    ('Mr Brown repeated the old lines and spoke of a "shared purpose".', [("Mr Brown", "shared purpose")]),
    ('The band - whose album sold best - thanked "all the fans".', [("The band", "all the fans")]),
    ('Mr Blair, who has described the debt as a "scar", will speak today.', [("Mr Blair", "scar")]),
    ('Tom Reid quit last year claiming he was "badly treated".', [("Tom Reid", "badly treated")]),
    ('But it was Mr Hale who took the stage, speaking of a "new start".', [("Mr Hale", "new start")]),
    ('Tom Reid makes claims that he was mistreated, saying the school had "cell blocks".', [("Tom Reid", "cell blocks")]),
    ('The Acme survey concluded that there were "signs of a slowdown".', [("The Acme survey", "signs of a slowdown")]),
    ('The mayor said the plan was "dead", according to the Daily Courier.', [("The mayor", "dead")]),
    ('According to the Daily Courier, the minister said the plan was "dead".', [("the minister", "dead")]),
    ('The Acme letter reads: "Your claim is closed."', [("The Acme letter", "Your claim is closed.")]),
    ('Ann Cole spoke on Tuesday. She expressed her anger at the man who "took everything".', [("She", "took everything")]),
    # next to the quote
    (
        'Tom Reid spoke first. "The problem is the polls. "It might sound great, but it is not," said Ann Cole.',
        [("Ann Cole", "The problem is the polls."), ("Ann Cole", "It might sound great, but it is not")],
    ),
    ('His friend, Ann Cole, a local councillor, blames the war. "We lost people."', [("Ann Cole", "We lost people.")]),
    ('"We will win," said Tom Reid. "It will not be easy."', [("Tom Reid", "We will win"), ("Tom Reid", "It will not be easy.")]),
    (
        '"Cities need power," said Jo Hill of Acme. India is a "growing economy". It will need oil, Ms Hill explained.',
        [("Jo Hill of Acme", "Cities need power"), ("Ms Hill", "growing economy")],
    ),
    # negatives
    ('The so-called "quiet zone" opened in May.', []),
    ('Ann Lee was called the "queen of pop".', []),
    ('Ann Cole thanked "all the members" and sang "Angels" at the end.', [("Ann Cole", "all the members")]),
    ('Tom Reid spoke first. "Angels" is a fine song.', []),
]


@pytest.mark.parametrize(
    "text,expected",
    GOLDEN,
    ids=[
        "quoted X as saying names X, not the paper",
        "X was quoted as saying",
        "the assessment of X",
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
        "expressed her anger at",
        "a quote run on into the next one shares its attribution",
        "the subject of the sentence before a quote of its own",
        "an unattributed quote goes on with the last speaker",
        "a phrase between a name and the same name speaking",
        "a scare quote has no speaker",
        "a passive without an agent has no speaker",
        "a speech verb governs its own quote, not a title after another verb",
        "a title that opens a sentence is not said by the last person named",
    ],
)
def test_cue(text, expected):
    found = [(f.text, f.quote) for f in find_quotes(article_of(text)) if f.tier == "direct"]
    assert found == expected


def test_a_question_quoted_by_others_is_not_the_next_speaker_s():
    text = 'Tom Reid spoke first, and then voters asked "What has the party done?" "I was shouted at," he said.'
    facts = {f.quote: f.speaker for f in find_quotes(article_of(text)) if f.tier == "direct"}
    assert facts.get("What has the party done?") != "Tom Reid" and facts["I was shouted at"] == "Tom Reid"
