"""Spans of an article's text (its quotes), asked whether they hold an offset, in log time."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator


class Spans:
    """(start, end) spans, sorted; ``holds`` answers "is this offset inside one of them?" by
    bisection, so asking it for every word of a long article stays linear."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._reach = []  # the furthest end of any span starting at or before each one
        for _, b in self._spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)

    def holds(self, pos: int) -> bool:
        """True when start < pos < end for one of the spans."""
        i = bisect.bisect_left(self._starts, pos) - 1
        return i >= 0 and pos < self._reach[i]
