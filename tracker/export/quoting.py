"""How a statement's words are shown to a reader: in quotation marks only when they are a quote.

A reader who sees marks takes the words for the speaker's own and may publish them
so. So every human-readable format (table, Markdown, HTML, TimelineJS, ICS) shows:

* direct: the speaker's words, in “…”. Marks already around the whole text are not
  doubled, and double marks inside become single ones (‘…’), as English nests quotes.
* indirect: reported speech, a paraphrase, with no marks, labelled as such.
* mixed: reported speech holding some of the speaker's words: only those words keep
  their marks (as the source printed them), with no marks around the whole.

Data formats (CSV, JSON) carry the text as recorded and the `kind` column instead.
"""

from __future__ import annotations

import re

OPEN, CLOSE = "\u201c", "\u201d"  # “ ”
INNER_OPEN, INNER_CLOSE = "\u2018", "\u2019"  # ‘ ’
DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f'  # " “ ” „ ‟
PARAPHRASE = "paraphrase"

_OPENING_CONTEXT = re.compile(r"(^|[\s(\[{\u2014\u2013-])$")


def is_quotation(kind: str | None) -> bool:
    """Whether a statement's words are all the speaker's own (shown in marks)."""
    return kind == "direct"


def label(kind: str | None) -> str | None:
    """The word that tells a reader the text is not a quotation ("paraphrase"), or None."""
    return None if is_quotation(kind) else PARAPHRASE


def shown(text: str, kind: str | None) -> str:
    """The text as a reader should see it: “in marks” when direct, as it is otherwise."""
    if not is_quotation(kind):
        return text
    return OPEN + nested(unwrapped(text)) + CLOSE


def unwrapped(text: str) -> str:
    """The text without marks around the whole of it ("“We will respond.”" -> inside)."""
    stripped = text.strip()
    marks = [i for i, char in enumerate(stripped) if char in DOUBLE_MARKS]
    if len(marks) == 2 and marks[0] == 0 and marks[1] == len(stripped) - 1:
        return stripped[1:-1].strip()
    return text


def nested(text: str) -> str:
    """Double marks inside a quotation made single: ‘active diplomacy’ inside “…”."""
    out = []
    for i, char in enumerate(text):
        if char in "\u201c\u201e\u201f":
            out.append(INNER_OPEN)
        elif char == "\u201d":
            out.append(INNER_CLOSE)
        elif char == '"':
            opening = _OPENING_CONTEXT.search(text[:i]) is not None
            out.append(INNER_OPEN if opening else INNER_CLOSE)
        else:
            out.append(char)
    return "".join(out)
