"""A Russian headline set in capitals, read as the same line written normally.

"ЛАВРОВ: ЗАПАД ИГРАЕТ С ОГНЕМ" names Лавров as "Лавров: Запад играет с огнем" does, and a
body that only describes him ("глава МИД России заявил") needs that name: in capitals no
word of the line reads as a name, and the statements below went to no one. Each word is
written as the body writes it (a name or a place with a capital, "МИД", "ООН" in capitals),
else as the dictionary reads it; every other word in lower case. Title-casing every word
instead makes names of "Запад", "Играет". The line keeps its length, so every position in
the text stays where it was.
"""

from __future__ import annotations

import re

from tracker.extract.russian import morph
from tracker.extract.russian.name_words import country_of

# A line with no lower-case letter and at least four Cyrillic words of two letters or more
# (Latin ones, "RT", "INTERFAX", are left as they are)
_WORD = re.compile(r"(?<![\w-])[А-ЯЁ]{2,}(?![\w-])")
_LOWER = re.compile(r"[а-яёa-z]")
_MIN_WORDS = 4
# The shortest beginning of a word that stands for its other forms ("Макр" of "Макрона")
_STEM = 4
# The most lines in capitals read as a headline
_MAX_LINES = 3
# How many lines at the top of a page without a dateline may be its headline
_TOP_LINES = 3
# A body word set with a capital inside a sentence (after a lower-case word or a comma)
_INNER_CAPITAL = re.compile(r"(?<=[а-яё,] )[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def recased_headlines(text: str, front_end: int | None) -> str:
    """``text`` with each line in capitals before ``front_end`` (the dateline; without one,
    among the page's first lines) written as a Russian headline is: names, places and
    abbreviations as the body writes them, other words in lower case."""
    lines = _front_lines(text, front_end)
    if not lines:
        return text
    body = text[max(front_end or 0, lines[-1][1]) :]
    named = {m.group() for m in _INNER_CAPITAL.finditer(body)}
    named |= {w[:n] for w in named for n in range(_STEM, len(w))}
    upper = {m.group() for m in _WORD.finditer(body)}
    out = list(text)
    for a, b in lines:
        for n, m in enumerate(_WORD.finditer(text, a, b)):
            word = _as_written(m.group(), n == 0, named, upper)
            out[m.start() : m.end()] = word
    return "".join(out)


def _front_lines(text: str, front_end: int | None) -> list[tuple[int, int]]:
    """The lines in capitals (four words or more) among the front matter."""
    found = []
    pos, seen = 0, 0
    end = len(text) if front_end is None else front_end
    while pos < end and (front_end is not None or seen < _TOP_LINES):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if line.strip():
            seen += 1
            if not _LOWER.search(line) and len(_WORD.findall(line)) >= _MIN_WORDS:
                found.append((pos, min(stop, end)))
                if len(found) == _MAX_LINES:
                    break
        pos = stop + 1
    return found


def _as_written(word: str, first: bool, named: set[str], upper: set[str]) -> str:
    """One word of a line in capitals as the body or the dictionary writes it."""
    title = word[0] + word[1:].lower()
    if word in upper:
        return word  # "МИД", "ВСУ"
    if _named_in(title, named):
        return title
    found = morph.parses(word)
    if any("Abbr" in p.tag.grammemes for p in found[:1]):
        return word
    if first or country_of(title) or morph.is_name_word(title):
        return title
    if any({"Geox", "Surn", "Name"} & p.tag.grammemes for p in found[:1]):
        return title
    return word.lower()


def _named_in(title: str, named: set[str]) -> bool:
    """Whether the body writes ``title`` or another form of it with a capital ("МАКРОНА",
    "Макрон"): a name or a place, whatever the dictionary makes of it. ``named`` holds the
    body's words and their beginnings."""
    return title in named or len(title) > _STEM and title[: max(_STEM, len(title) - 2)] in named
