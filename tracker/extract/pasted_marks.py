"""The marks a pasted copy puts around an article's words, read as the plain text they stand in.

A browser copies some spaces as no-break spaces (U+00A0, and the narrow and ideographic ones),
an e-mail or a word processor indents paragraphs with a tab, a newsletter puts a bullet
("• ", "* ") before each paragraph, and Markdown marks a headline ("# "), a quoted line ("> ")
and emphasis ("**“We will respond”**", "_never_"). None of them is a word, but each hides
the name, the dateline or the quotation mark a rule looks for at its place.

`as_plain` keeps the text's length (spans still index it): a space of another kind becomes a
space, emphasis marks become spaces, and a line's opening marks and indent move before the
line break(s) above it, so the line opens with its first word as the clean copy's does.
A dash before a line is left alone: it opens an interview's turns in Russian copy. What a
statement says keeps the no-break spaces it was written with (`spaces_as_given`).

A gap of dozens of spaces or tabs inside a line is a page's layout (a table's columns, a
form's padding), never a space between two words of one sentence: `gaps_as_breaks` reads it
as a paragraph break, at the same length. Several readings look back over the spaces before
a word, and a gap of a thousand cost them seconds a sentence.
"""

from __future__ import annotations

import re

_SPACES = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
        "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
        " ",
    )
)
_OTHER_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# spaces and tabs of any kind, no line break among them, more than a layout of words has
_GAP = re.compile(r"[^\S\r\n]{40,}")

# a line's indent and opening mark: a bullet, a Markdown list star (not a "* * *" rule), a
# heading's hashes or a quoted line's ">"
_LINE_MARK = r"[ \t]*(?:(?:\u2022|\*(?! \*)|#{1,6}|>)[ \t]+)|[ \t]+"
_OPENING = re.compile(rf"(?P<breaks>\n+)(?P<mark>{_LINE_MARK})(?=\S)")
_FIRST_LINE = re.compile(rf"\A(?:{_LINE_MARK})(?=\S)")
# paired emphasis on one line: **strong**, __strong__, *italic*, _italic_ (not a_snake_name)
_EMPHASIS = re.compile(
    r"(?P<strong>\*\*|__)(?=\S)[^\n]{1,500}?(?<=\S)(?P=strong)"
    r"|(?<![\w*])(?P<single>[*_])(?=[^\s*_])[^\n*_]{1,300}?(?<=[^\s*_])(?P=single)(?![\w*])"
)


def as_plain(text: str) -> str:
    """``text`` with the marks of a pasted copy read as spaces, at the same length."""
    if _OTHER_SPACE.search(text):
        text = text.translate(_SPACES)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_blank_markers, text)
    text = _FIRST_LINE.sub(lambda m: " " * len(m.group()), text)
    return _OPENING.sub(lambda m: " " * len(m.group("mark")) + m.group("breaks"), text)


def gaps_as_breaks(text: str) -> str:
    """``text`` with each gap of 40 or more spaces inside a line read as a paragraph break
    (two line breaks, then spaces: the same length, so spans still index it)."""
    return _GAP.sub(lambda m: "\n\n" + " " * (len(m.group()) - 2), text)


def _blank_markers(m: re.Match[str]) -> str:
    side = len(m.group("strong") or m.group("single"))
    inner = m.group()[side:-side]
    return " " * side + inner + " " * side


def spaces_as_given(given: str, read: str) -> str:
    """``read`` (``given`` read by `as_plain`) with the spaces of other kinds ``given`` has
    put back: the words as written, for what a statement says."""
    found = list(_OTHER_SPACE.finditer(given))
    if not found:
        return read
    parts: list[str] = []
    last = 0
    for m in found:
        parts += [read[last : m.start()], m.group()]
        last = m.end()
    parts.append(read[last:])
    return "".join(parts)
