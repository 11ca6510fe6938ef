"""Lines a web page sets beside the story: photo captions and the signatures of embedded posts.

A copied page keeps them where the layout put them, often between a statement and the
paragraph that goes on with it ("X told reporters ..." / a caption naming someone else /
"he said"). The people they name are pictured or posting, not the subject a later "he" or
"she" goes back to.
"""

from __future__ import annotations

import re

# a photo's credit: "(AP Photo/Jane Roe)", "(Photo: Jane Roe/AFP)", "REUTERS/Jane Roe",
# "Photograph: Jane Roe/PA", "Jane Roe/AFP via Getty Images", "EFE/Jane Roe", "FILE PHOTO:"
PHOTO_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters)?\s?Photo\b|\b(?:REUTERS|AFP|EPA|EFE|ANP|XINHUA)/\s?[A-Z]"
    r"|\bPhoto(?:graph)?:|\bvia Getty Images\b|/\s*Getty Images\b|\bFILE PHOTO\b"
)
# an embedded post's signature: "— Jane Roe (@janeroe) March 3, 2025"
_POST_SIGNATURE = re.compile(
    r"[\u2014\u2013][ \t]*[^\n()\u2014\u2013]{1,60}\(@\w{1,30}\)[^\n]{0,40}"
)
_CAPTION_LENGTH = 400  # characters: a longer line is a paragraph of the story


def caption_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the photo captions (whole lines carrying a credit) and of the embedded posts'
    signatures in ``text``."""
    found = [m.span() for m in _POST_SIGNATURE.finditer(text)]
    for credit in PHOTO_CREDIT.finditer(text):
        begin = text.rfind("\n", 0, credit.start()) + 1
        end = text.find("\n", credit.end())
        end = len(text) if end < 0 else end
        if end - begin <= _CAPTION_LENGTH and (not found or found[-1] != (begin, end)):
            found.append((begin, end))
    return found
