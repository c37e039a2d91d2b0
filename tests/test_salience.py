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
        'Dale Reed was outpaced by Marek Quist in the sprint. Even so he was smiling. "I enjoyed it," he said.',
        "Dale Reed",
    ),
    (
        'Coach Dale Reed was pleased. Splendour lifted the club to third. "We are flying," he said.',
        "Dale Reed",
    ),
    (
        'Petra Varga thanked her coach. Mr Quist said the win was deserved. "I am very proud," she said.',
        "Petra Varga",
    ),
    (
        'Mr Quist met Mrs Corro on Monday. "We agreed nothing," she said.',
        "Mrs Corro",
    ),
    (
        'Mr Haldt said Mr Quist might leave the firm. "We will see," he said.',
        "Mr Haldt",
    ),
    (
        'Mr Haldt said that he and Mr Quist became partners. "He is honest," he said.',
        "Mr Haldt",
    ),
    (
        '"We won," said Mr Haldt.\n\nThe questions were put to Mr Quist after the vote. "Nothing changed," he said.',
        "Mr Quist",
    ),
    (
        'Dale Reed waited two hours in the rain. "We were robbed," he said.',
        "Dale Reed",
    ),
    (
        'The ministry denied the claim on Friday. "It is false," it said.',
        "The ministry",
    ),
    (
        'The band thanked Rasmus Haldt, their producer. "We owe him everything," they said.',
        "The band",
    ),
    (
        'A report by the Varga Commission was published on Monday. "Costs are rising," the report said.',
        "the Varga Commission",
    ),
    (
        'Dr Odile Corro spoke first. "Rates will rise," Dr Odile Corro said.\n\n"They will rise fast," Corro added.',
        "Odile Corro",
    ),
    (
        'Prosecutor Jane Doe said the defendant, Marek Quist, had planned it. Quist, 34, denies it. "I never meant it," he said.',
        "Marek Quist",
    ),
    (
        'Coach Luis Ortega was pleased.\n\nCalder Rovers won the match with goals from Pablo Diaz. "The boy is ready," he said.',
        "Luis Ortega",
    ),
    (
        'Mr Roy Sen runs the network. "We are growing," Acme Networks said in its report. "It is a good year," he said.',
        "Roy Sen",
    ),
    (
        'The union was angry. The company, Calder Ferries, said it was "sorry". "We made a fair offer," it said.',
        "Calder Ferries",
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
