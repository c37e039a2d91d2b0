"""Fact extractors: one module per kind, registered by name in EXTRACTORS."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from ..model import Article, Fact
from .counts import find_counts
from .dates import find_dates
from .distances import find_distances
from .quotes import find_quotes

EXTRACTORS: dict[str, Callable[[Article], Iterable[Fact]]] = {
    "distance": find_distances,
    "date": find_dates,
    "count": find_counts,
    "quote": find_quotes,
}


def extract(article: Article, kinds: Iterable[str] | None = None) -> list[Fact]:
    """Return the article's facts in reading order; a number claimed by a distance or a
    calendar date is not also a count."""
    facts: list[Fact] = []
    for name in kinds or EXTRACTORS:
        facts.extend(EXTRACTORS[name](article))
    claimed = sorted(f.span for f in facts if f.kind == "distance" or (f.kind == "date" and not f.relative))
    starts = [s for s, _ in claimed]

    def overlaps(f: Fact) -> bool:
        i = bisect.bisect_left(starts, f.end)  # claimed spans starting before this count ends
        return any(claimed[j][1] > f.start for j in range(max(0, i - 3), i))

    facts = [f for f in facts if not (f.kind == "count" and overlaps(f))]
    facts.sort(key=lambda f: (f.start, f.kind))
    return facts
