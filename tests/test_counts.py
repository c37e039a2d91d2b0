from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract import extract

GOLDEN = [
    ("Kim also made four trips to China.", [("four", 4, "trips")]),
    ("It will be his 10th trip abroad.", [("10th", 10, "trip")]),
    ("The army fired 36 shells at the post.", [("36", 36, "shells")]),
    ("Police evacuated about 80 people from the town.", [("about 80", 80, "people")]),
    ("More than 700 locations were connected.", [("More than 700", 700, "locations")]),
    ("She bought two dozen eggs.", [("two dozen", 24, "eggs")]),
    ("The booklet runs from ten to 32 pages.", [("ten to 32", 32, "pages")]),
    ("Almost 1.8 million potholes were filled.", [("Almost 1.8 million", 1800000, "potholes")]),
    ("The 131-page document was found on a street.", [("131-page", 131, "document")]),
    ("The Boeing 737 crashed on take-off.", []),
    ("State TV Russia 24 reported the visit.", []),
    ("The pandemic of Covid-19 closed borders.", []),
    ("Profit was $186m and sales rose 12%.", []),
    ("Spain won the match 2-1 on Sunday.", []),
    ("The meeting began at 10:30 and ended at 2 p.m.", []),
    ("Guards at posts 542 and 543 were hurt.", []),
    ("The Second Amendment protects gun owners.", []),
    ("It unveiled its new 777 plane.", []),
    ("One of the biggest changes came in spring.", []),
    ("Three of them were injured.", [("Three", 3, None)]),
]


@pytest.mark.parametrize(
    "sentence,expected",
    GOLDEN,
    ids=[
        "word cardinal with its noun",
        "digit ordinal",
        "digits with noun",
        "hedge kept with the number",
        "more than at sentence start",
        "two dozen is 24",
        "a range is one count",
        "a million count",
        "a number-noun compound",
        "Boeing 737 is a name",
        "Russia 24 is a name",
        "Covid-19 is a name",
        "money and percentages are not counts",
        "scores are not counts",
        "times of day are not counts",
        "numbers used as codes",
        "Second Amendment is a name",
        "a model number before a singular noun",
        "one of the ... is a turn of phrase",
        "three of them is a count",
    ],
)
def test_counts(sentence, expected):
    found = [(f.text, f.value, f.noun) for f in extract(article_of(sentence)) if f.kind == "count"]
    assert found == expected
