"""Text for a terminal: control characters shown, never obeyed.

Statement text, names and titles come from articles; an ESC in them would let
a page set the terminal's title, clear the screen or hide what follows. Input
is cleaned (tracker.text), but a database filled by an older tracker or an
archive may still hold such characters, so every human-readable view passes
its values through `visible`: C0 controls become their Unicode control
pictures (ESC is shown as ␛), DEL and C1 controls and bidirectional controls
become <U+XXXX>. Tab and line feed are kept.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shown(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """The text with every control character replaced by a visible stand-in."""
    return _CONTROL.sub(_shown, text)


def visible_value(value: object) -> object:
    """visible() for text; other values unchanged."""
    return visible(value) if isinstance(value, str) else value
