"""Matched words in a search excerpt: marked once, then shown as each output can show them.

tracker.query.snippets wraps each match between MARK_ON and MARK_OFF, two characters of
Unicode's private use area that no article text uses. A terminal shows the words
highlighted, Markdown in bold, HTML in <mark>; plain text (piped output, CSV,
JSON) drops the marks.
"""

from __future__ import annotations

import re

MARK_ON, MARK_OFF = "\ue000", "\ue001"
STYLE = "bold reverse"

_MARKED = re.compile(f"{MARK_ON}(.*?){MARK_OFF}", re.S)


def plain(text: str) -> str:
    """The excerpt with its marks removed."""
    return text.replace(MARK_ON, "").replace(MARK_OFF, "")


def parts(text: str) -> list[tuple[str, bool]]:
    """(piece, highlighted) in order; a stray mark is dropped."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in _MARKED.finditer(text):
        if match.start() > at:
            pieces.append((plain(text[at : match.start()]), False))
        pieces.append((plain(match.group(1)), True))
        at = match.end()
    if at < len(text):
        pieces.append((plain(text[at:]), False))
    return [(piece, marked) for piece, marked in pieces if piece]


def has_marks(text: str) -> bool:
    return MARK_ON in text


def rich_text(text: str):
    """A rich Text with the matches highlighted (markup in the text is not read)."""
    from rich.text import Text

    result = Text()
    for piece, marked in parts(text):
        result.append(piece, style=STYLE if marked else None)
    return result
