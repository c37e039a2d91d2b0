"""Salience: who a pronoun, a document or a short name stands for; one named rule a case."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.quotes import find_quotes

GOLDEN = [
    (
        '"The bridge is closed," said engineer Sam Ortiz.\n\n"It will reopen in May," he said.',
        "Sam Ortiz",
    ),
    (
        'Tom Hale was beaten by Sam Ortiz in the final. Despite that he was cheerful. "It was fun," he said.',
        "Tom Hale",
    ),
    (
        'Coach Tom Hale was pleased. Victory took the team top. "We are happy," he said.',
        "Tom Hale",
    ),
    (
        'Jo Banks thanked her coach. Mr Hill said the win was deserved. "I am very proud," she said.',
        "Jo Banks",
    ),
    (
        'Mr Park met Mrs Lee on Monday. "We agreed nothing," she said.',
        "Mrs Lee",
    ),
    (
        'Mr Hale said Mr Ross might leave the club. "We will see," he said.',
        "Mr Hale",
    ),
    (
        'Mr Hale said that he and Mr Ross became friends. "He is kind," he said.',
        "Mr Hale",
    ),
    (
        '"We won," said Mr Hale.\n\nThe claims were put to Mr Ross after the game. "Nothing happened," he said.',
        "Mr Ross",
    ),
    (
        'Dale Reed spent two hours in the rain. "We were robbed," he said.',
        "Dale Reed",
    ),
    (
        'The ministry denied the claim on Friday. "It is false," it said.',
        "The ministry",
    ),
    (
        'The band thanked Lee Hart, their producer. "We owe him everything," they said.',
        "The band",
    ),
    (
        'A report by the Audit Office was published on Monday. "Costs are rising," the report said.',
        "the Audit Office",
    ),
    (
        'Dr Ann Lee spoke first. "Rates will rise," Dr Ann Lee said.\n\n"They will rise fast," Lee added.',
        "Ann Lee",
    ),
    (
        'Prosecutor Jane Doe said the defendant, Mark Hill, had planned it. Hill, 34, denies it. "I never meant it," he said.',
        "Mark Hill",
    ),
    (
        'Coach Luis Ortega was pleased.\n\nRiver Plate won the match with goals from Pablo Diaz. "The boy is ready," he said.',
        "Luis Ortega",
    ),
    (
        'Mr Roy Sen runs the network. "We are growing," Acme Teleservices said in its report. "It is a good year," he said.',
        "Roy Sen",
    ),
    (
        'The union was angry. The company, Northern Rail, said it was "sorry". "We made a fair offer," it said.',
        "Northern Rail",
    ),
]


@pytest.mark.parametrize(
    "text,speaker",
    GOLDEN,
    ids=[
        "he is the speaker of the previous attributed quote",
        "he is the subject, not the agent of a passive",
        "a capitalised word that only opens a sentence is nobody",
        "she skips a man: gender from her after the name",
        "she is the woman by her title",
        "a subject inside what someone says is not what the sentence is about",
        "a subject joined to a pronoun is nobody alone",
        "the paragraph's own person comes before the last paragraph's speaker",
        "a bare name that is a sentence's subject",
        "it is an organisation",
        "they is a group",
        "a document stands for whoever issued it",
        "a short name is the full name the person spoke under",
        "a name a noun for a person introduced is a person's",
        "a name nothing shows to be a person's is not he",
        "a name the article calls its is a body's",
        "a name after the company is a body's",
    ],
)
def test_speaker_resolved(text, speaker):
    facts = [f for f in find_quotes(article_of(text)) if f.tier == "direct"]
    assert facts and facts[-1].speaker == speaker
