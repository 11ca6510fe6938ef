"""Where words stand in a page, so a search for one name reads only the stretches that could
hold it: a transcript's cast looks each distinct label's name up in the whole text, and a page
of thousands of labels would otherwise be read once per label."""

from __future__ import annotations

import re
from collections.abc import Iterator

_RUN = re.compile(r"\w+")
# a run of capitalised words, the stretch a name spelt by initials lies within ("Liu Xiaoming"
# for "LX"): a letter, then the small letters a name's word goes on with, words apart by spaces
_NAME_WORD = r"[^\W\d_][a-z\u00e0-\u00ff'\u2019-]+"
_NAME_RUN = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_FIRST_LETTER = re.compile(r"(?:^|\s)(\S)")
_LONGEST_INITIALS = 4


class PageWords:
    """The lines of a page by the words on them, and its runs of capitalised words by the
    initials of their words; built once, on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: dict[str, list[tuple[int, int]]] | None = None
        self._odd: list[tuple[int, int]] = []  # lines with a word outside ASCII (case folds)
        self._runs: dict[str, list[tuple[int, int]]] | None = None

    def lines_with(self, word: str) -> list[tuple[int, int]]:
        """(start, end) of the lines holding ``word`` as a whole word in any case, in order
        (and of every line with a word outside ASCII, whose case may fold to it)."""
        if self._lines is None:
            self._index_lines()
        assert self._lines is not None
        found = set(self._lines.get(word.lower(), ())) | set(self._odd)
        return sorted(found)

    def _index_lines(self) -> None:
        self._lines = {}
        odd: set[tuple[int, int]] = set()
        start = 0
        for line in self.text.split("\n"):
            span = (start, start + len(line))
            for word in set(_RUN.findall(line)):
                if word.isascii():
                    self._lines.setdefault(word.lower(), []).append(span)
                else:
                    odd.add(span)
            start += len(line) + 1
        self._odd = sorted(odd)

    def runs_spelt(self, letters: str) -> list[tuple[int, int]]:
        """(start, end) of the runs of capitalised words in which words with these initials
        follow one another, in order (the end one past the run, for the word boundary)."""
        if self._runs is None:
            self._runs = {}
            for m in _NAME_RUN.finditer(self.text):
                initials = "".join(_FIRST_LETTER.findall(m.group()))
                span = (m.start(), min(m.end() + 1, len(self.text)))
                keys = {
                    initials[i : i + n]
                    for n in range(2, _LONGEST_INITIALS + 1)
                    for i in range(len(initials) - n + 1)
                }
                for key in keys:
                    self._runs.setdefault(key, []).append(span)
        return self._runs.get(letters, [])


def search_lines(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in these stretches of ``text``, read in place (a word
    boundary still sees the characters around each stretch)."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
