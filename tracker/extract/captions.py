"""Lines a web page sets beside the story: photo captions and the signatures of embedded posts.

A copied page keeps them where the layout put them, often between a statement and the
paragraph that goes on with it ("X told reporters ..." / a caption naming someone else /
"he said"), or above the story's first words. The people they name are pictured or posting,
not the subject a later "he" or "she" goes back to, and the days they give are the photo's or
the post's, not the page's.
"""

from __future__ import annotations

import re

# a photo's credit on its caption line: "REUTERS/Jane Doe", "/File Photo", "(AP Photo/...)",
# "(Photo: Jane Doe/AFP)", "Photograph: Jane Doe/PA", "Jane Doe/AFP via Getty Images",
# "EFE/Jane Doe", "FILE PHOTO: ...", a line opening "Photo: ..."
_CAPTION_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|EPA|EFE|XINHUA|ANADOLU)/\s?[A-Z]|/\s*File Photo\b"
    r"|\((?:AP )?Photo(?: by|/|:)|\bvia REUTERS\b|/\s*(?:AFP|Getty Images)\b|\bvia Getty Images\b"
    r"|\bPhotograph:|\bFILE PHOTO:|(?m:^[ \t]*Photo:)"
)
# an embedded post's signature: "— Jane Doe (@janedoe) March 3, 2025"
_POST_SIGNATURE = re.compile(
    r"[\u2014\u2013][ \t]*[^\n()\u2014\u2013]{1,60}\(@\w{1,30}\)[^\n]{0,40}"
)
_CAPTION_CHARS = 400  # a caption is a short line; a longer one is the story's prose


def caption_lines(text: str) -> list[tuple[int, int]]:
    """The lines that carry a photo's credit: captions, whose days are of the photo."""
    out: list[tuple[int, int]] = []
    for m in _CAPTION_CREDIT.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # a second credit on the same line
        begin = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - begin <= _CAPTION_CHARS:
            out.append((begin, end))
    return out


def post_signatures(text: str) -> list[tuple[int, int]]:
    """The signatures under embedded posts, whose names are the posters'."""
    return [m.span() for m in _POST_SIGNATURE.finditer(text)]
