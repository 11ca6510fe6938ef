"""Words a print layout broke at a line's end, as a copy from a PDF gives them.

"nego-\\ntiations", "перего-\\nворы": the hyphen and the line break are the layout's, not the
word's, so both go; "well-\\nknown", "Al-\\nThani", "пресс-\\nсекретарь" keep their hyphen
and lose only the break. Which is which is told by the text itself (the same word written
elsewhere whole or hyphenated), then by the parts of a word that stand hyphenated in news
prose ("self-", "-based", "пресс-", "-либо"); a word broken in the middle is the default.
"""

from __future__ import annotations

import re

# a hyphen at a line's end between two parts of a word
_LINE_END = re.compile(r"(?<=\w)([-\u2010])[ \t]*\n[ \t]*(?=\w)")
_HEAD = re.compile(r"\w+(?:-\w+)*$")
_TAIL = re.compile(r"\w+")
_WORDS = re.compile(r"\w+(?:-\w+)*")
# the rest of a broken word ("sky", "yul said"), its marks, up to the space after it
_SPACE_AFTER = re.compile(r"[\w-]*[^\w\s]*[ ]")

# first parts that take a hyphen in news prose ("self-defence", "vice-minister",
# "пресс-секретарь", "по-прежнему" is told by its ending below)
_HYPHENATED_HEADS = frozenset(
    ("self", "well", "ex", "vice", "anti", "non", "cross", "half", "long", "short", "high")
    + ("low", "full", "all", "one", "two", "three", "four", "five", "six", "seven", "eight")
    + ("nine", "ten", "first", "second", "third", "пресс", "премьер", "вице", "экс", "генерал")
    + ("контр", "лейб", "обер", "штаб", "северо", "юго", "кое")
)
# and last parts ("so-called", "Russian-backed", "кто-то", "что-либо")
_HYPHENATED_TAILS = frozenset(
    ("called", "known", "based", "led", "backed", "level", "term", "scale", "range", "style")
    + ("owned", "run", "born", "related", "grade", "oriented", "ranking", "making", "year")
    + ("years", "day", "old", "time", "party", "state", "up", "in", "out", "off", "over", "то")
    + ("либо", "нибудь", "таки", "ка")
)
# "по-прежнему", "по-русски", "во-первых": a hyphenated adverb
_ADVERB = re.compile(r"(?:ски|цки|ому|ему|первых|вторых|третьих)$")
# a romanised Korean syllable: "Yo-\njong", "Tae-\nyul" are given names
_SYLLABLE = re.compile(
    r"(?:[bcdghjkmnprstwy]h?|ss|kk|tt|pp|jj)?"
    r"(?:a|ae|e|eo|eu|i|o|oe|u|ui|ya|yae|ye|yeo|yo|yu|wa|wae|we|wo|wi)"
    r"(?:n|ng|k|l|m|p|t)?"
)


def line_end_hyphens(text: str) -> tuple[str, list[int]]:
    """Where ``text``'s broken words are made whole: the positions to remove (the hyphen and
    line break of a word the layout broke, only the break and its spaces where the hyphen is
    the word's own), and ``text`` with the line break moved to the word's start (the space
    before it read as the break, so the page keeps its lines and its length); for a word in
    capitals, to its end ("Volodymyr Zelensky\nsaid", not "Volodymyr\nZelensky said": a
    line opening on a capital may open a paragraph, and a name is not cut from its first
    part)."""
    if "\n" not in text:
        return text, []
    found = list(_LINE_END.finditer(text))
    if not found:
        return text, []
    words = set(_WORDS.findall(text.lower()))
    removed: list[int] = []
    chars = list(text)
    for m in found:
        head = _HEAD.search(text, max(0, m.start() - 80), m.start())
        tail = _TAIL.match(text, m.end())
        assert head is not None and tail is not None
        keep = _hyphenated(head.group(), tail.group(), words)
        removed.extend(range(m.start() + keep, m.end()))
        after = _SPACE_AFTER.match(text, tail.end()) if head.group()[0].isupper() else None
        if after is not None:
            chars[after.end() - 1] = "\n"
        elif text[head.start() - 1 : head.start()] == " ":
            chars[head.start() - 1] = "\n"
    return "".join(chars), removed


def _hyphenated(head: str, tail: str, words: set[str]) -> bool:
    """Whether the word broken as ``head``-``tail`` is written with its hyphen."""
    if "-" in head or not (head[-1].isalpha() and tail[0].isalpha()):
        return True  # "person-to-\nperson", "COVID-\n19"
    if tail[0].isupper() and not head.isupper():
        return True  # "Al-\nThani", "Indo-\nPacific"
    whole, hyphened = (head + tail).lower(), f"{head}-{tail}".lower()
    if whole in words or hyphened in words:
        return hyphened in words and whole not in words
    first, last = head.lower(), tail.lower()
    if first in _HYPHENATED_HEADS or last in _HYPHENATED_TAILS:
        return True
    if len(tail) <= 2 and tail.isascii():
        return True  # an English layout leaves three letters at least ("Ubaid-\nur-Rehman")
    if first in ("по", "во") and _ADVERB.search(last):
        return True
    return head[0].isupper() and bool(_SYLLABLE.fullmatch(first) and _SYLLABLE.fullmatch(last))
