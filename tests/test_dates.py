from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.dates import find_dates

GOLDEN = [
    ("They met for the first time in April 2019.", [("April 2019", "2019-04", False)]),
    ("Kim assumed power in 2011.", [("2011", "2011", False)]),
    ("Berg visited Eldvik in July.", [("July", "--07", False)]),
    ("The sailings began on August 10.", [("August 10", "--08-10", False)]),
    ("The law passed on 10 March 2005.", [("10 March 2005", "2005-03-10", False)]),
    ("It happened on Friday, August 21, 2015.", [("Friday, August 21, 2015", "2015-08-21", False)]),
    ("Prices rose in the early 1990s.", [("early 1990s", "1990s", False)]),
    ("In the autumn of 1978 the strikes began.", [("autumn of 1978", "1978-autumn", False)]),
    ("The group held power from 2011 to 2013.", [("2011 to 2013", "2011/2013", False)]),
    ("The talks ended on Monday.", [("Monday", "monday", True)]),
    ("The report came out last week.", [("last week", "last week", True)]),
    ("Officials spoke yesterday.", [("yesterday", "yesterday", True)]),
    ("The ban has lasted two decades.", [("two decades", "two decades", True)]),
    ("He may resign soon.", []),
    ("The Expo 2005 opened.", []),
    ("A survey found 2,011 cases.", []),
    ("A survey of 1500 schoolchildren took place in Eldvik.", []),
    ("The 2016 voters in Eldvik chose a new council.", [("2016", "2016", False)]),
]


@pytest.mark.parametrize(
    "sentence,expected",
    GOLDEN,
    ids=[
        "month and year",
        "a year",
        "a month alone",
        "US month and day, no year filled in",
        "UK full date",
        "weekday and full date",
        "decade with a modifier",
        "season with a year",
        "a range is one fact",
        "a weekday is relative",
        "last week is relative",
        "yesterday is relative",
        "a duration is marked",
        "the verb may is not May",
        "a year inside a name",
        "a number with a comma is not a year",
        "a number of people is not a year",
        "a year before people is a year when it names them",
    ],
)
def test_dates(sentence, expected):
    found = [(f.text, f.value, f.relative) for f in find_dates(article_of(sentence))]
    assert found == expected
