"""'Said Mayor X, "...".': a sentence that opens on its verb of saying, the speaker after it.

Feature and wire copy put the verb first for effect, before the speaker and the quotation
("Said Comey, ...", "Added the senator: ..."). The verb is capitalised there, which the
cues' lower-case lookup never reads, and nothing stands before it to be a subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.cues import Cue
from tracker.extract.draft import Draft
from tracker.extract.speakers import parse_speaker
from tracker.extract.subject_phrase import can_speak

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading
    from tracker.extract.segment import Sentence

_LEMMAS = {
    "Said": "say",
    "Says": "say",
    "Added": "add",
    "Adds": "add",
    "Wrote": "write",
    "Writes": "write",
    "Stated": "state",
    "Explained": "explain",
    "Noted": "note",
    "Recalled": "recall",
    "Continued": "continue",
}
# the verb, the speaker's phrase (a name or a description with its post, up to the first
# comma or colon), an aside set off after it (", who grew up nearby,"), then the comma or
# colon the quotation opens after
_VERB_FIRST = re.compile(
    rf"(?P<verb>{'|'.join(_LEMMAS)})\s+(?P<np>(?:the\s+[a-z]|[A-Z])[^,:;\"\u201c\u201d()\n]{{1,80}}?)"
    r"(?:,[^:;\"\u201c\u201d\n]{1,120}?)?\s*(?P<mark>[,:])"
)
_QUOTE_NEXT = re.compile(r"[ \t]*[\"\u201c]")
_LINE_ENDS = re.compile(r"[ \t]*\n")


def verb_first(r: ArticleReading, s: Sentence) -> Draft | None:
    """The statement of a sentence that opens on a capitalised verb of saying followed by its
    speaker and a quotation (or, after a colon at a paragraph's end, the quotation below)."""
    text = r.text
    lead = len(text[s.start : s.end]) - len(text[s.start : s.end].lstrip())
    m = _VERB_FIRST.match(text, s.start + lead, s.end)
    if m is None:
        return None
    subject = parse_speaker(m["np"])
    if subject is None or subject.kind == "pronoun" or not can_speak(subject):
        return None
    cue = Cue(m.start("verb"), m.end("verb"), m["verb"].lower(), _LEMMAS[m["verb"]])
    after = m.end()
    quote = _QUOTE_NEXT.match(text, after)
    if quote is not None:
        q = r.in_quote(quote.end())
        if q is None or q.outer[0] != quote.end() - 1:
            return None
        return Draft(list(q.pieces), subject, m.start("np"), cue, s)
    if m["mark"] == ":" and (after >= len(text) or _LINE_ENDS.match(text, after)):
        # "Stated Stone:" closing its paragraph: the paragraph below is what was said
        return Draft([], subject, m.start("np"), cue, s, colon_next=True)
    return None
