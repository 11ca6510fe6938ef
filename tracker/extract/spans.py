"""Sets of character spans, asked "is this position inside one?" in logarithmic time.

Extraction asks that question for every cue, quote and date phrase of an article; with plain
lists the cost grows with the square of the article's length, which a long or hostile input
turns into minutes. Spans are kept merged and sorted, so a look-up is one bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Spans:
    """A growing union of half-open spans ``[start, end)``."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)``, merging it with the spans it touches."""
        if end <= start:
            return
        i = bisect.bisect_left(self._ends, start)  # first span that ends at or after start
        j = bisect.bisect_right(self._starts, end)  # spans from i to j touch the new one
        if i < j:
            start = min(start, self._starts[i])
            end = max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def containing(self, pos: int) -> tuple[int, int] | None:
        """The span that holds ``pos``, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            return self._starts[i], self._ends[i]
        return None

    def __contains__(self, pos: int) -> bool:
        return self.containing(pos) is not None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a position with ``[start, end)``."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def __iter__(self):
        return iter(zip(self._starts, self._ends, strict=True))
