from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract.distances import find_distances

GOLDEN = [
    ("The city lies 130 km (80 miles) from the border.", [("130 km", "130 km (80 miles)")]),
    ("The radios reach across distances up to 4km.", [("4km", "4km")]),
    ("She ran a long 26.2 miles in the heat.", [("26.2 miles", "26.2 miles")]),
    ("The wall stood 9.15 metres back.", [("9.15 metres", "9.15 metres")]),
    ("They share a 3,200-mile border.", [("3,200-mile", "3,200-mile")]),
    ("The ship was 12 nautical miles offshore.", [("12 nautical miles", "12 nautical miles")]),
    ("He jumped 30ft (10m) from a window.", [("30ft", "30ft (10m)")]),
    ("The pipes run for 1,200 metres under the road.", [("1,200 metres", "1,200 metres")]),
    ("The car reached 55 mph on the bridge.", []),
    ("The lift climbs at 17m per second.", []),
    ("The train travels at 300 km/h.", []),
    ("The park covers 40 square miles.", []),
    ("The firm paid $5m for the site.", []),
    ("It will send 3m euros in aid.", []),
    ("Traffic on Route 66 and the M25 was slow.", []),
    ("He walked along Ten Mile Road.", []),
    ("The robot stands upright on two feet.", []),
]


@pytest.mark.parametrize(
    "sentence,expected",
    GOLDEN,
    ids=[
        "km with a converted value in brackets is one fact",
        "4km without a space",
        "decimal miles",
        "decimal metres",
        "hyphenated adjective",
        "nautical miles",
        "feet with metres conversion",
        "thousands separator",
        "55 mph is a speed",
        "m per second is a speed",
        "km/h is a speed",
        "square miles is an area",
        "$5m is money",
        "3m euros is money",
        "road names are not distances",
        "a place name is not a distance",
        "feet as anatomy",
    ],
)
def test_distances(sentence, expected):
    article = article_of(sentence)
    found = [(f.text, article.text[f.span[0] : f.span[1]]) for f in find_distances(article)]
    assert found == expected


def test_converted_pair_has_one_canonical_value():
    [fact] = find_distances(article_of("The city lies 130 km (80 miles) from the border."))
    assert fact.value == {"amount": 130, "unit": "km", "km": 130.0}
