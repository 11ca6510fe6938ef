"""Plain text as pasted: the markup a feed's or an editor's copy leaves in it, read as meant.

An article copied out of an RSS or JSON feed, a CMS field or a newsletter's source often keeps
the HTML entities of its markup ("&ldquo;We will respond,&rdquo; he said", "&#8217;"), and one
written in Markdown keeps its links' syntax ("[the statement](https://...)"). Both hide the
quotation marks and words the extraction reads. `decoded` gives each entity's character and
each link's words; it changes the text's length, so it also says which positions of the text
as read it dropped (tracker.text.Cleaned), and spans still index the text as read.
"""

from __future__ import annotations

import html
import re

from tracker.text import Cleaned

_MARKUP = re.compile(
    # a complete entity, as a page's source writes it: named, decimal or hexadecimal, with its ";"
    r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
    # "[the statement](https://mid.ru/...)": a Markdown link to a web address (its words kept)
    r"|\[(?P<words>[^\[\]\n]{1,300})\]\(https?://[^\s()]{1,2000}\)"
)


def decoded(text: str) -> Cleaned:
    """``text`` with its HTML entities decoded and its Markdown links read as their words;
    an entity's characters after its first are `folded` into the character it stands for."""
    if "&" not in text and "](" not in text:
        return Cleaned(text)
    kept: list[str] = []
    removed: list[int] = []
    folded: list[int] = []
    last = 0
    for m in _MARKUP.finditer(text):
        start, end = m.span()
        if m.group("words") is not None:
            words = m.group("words")
            kept.append(text[last:start] + words)
            removed.append(start)
            removed.extend(range(start + 1 + len(words), end))
        else:
            character = html.unescape(m.group())
            if character == m.group():
                continue  # no entity HTML knows ("&Co;"): the text as written
            kept.append(text[last:start] + character)
            tail = range(start + len(character), end)
            removed.extend(tail)
            folded.extend(tail)
        last = end
    if not removed:
        return Cleaned(text)
    kept.append(text[last:])
    return Cleaned("".join(kept), tuple(removed), tuple(folded))
