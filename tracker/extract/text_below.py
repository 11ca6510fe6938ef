"""A story's line that introduces the text of someone's statement given below it.

News copy reprints a release or a letter under a line of its own: "Following is the full
text of the council's statement:", "Here is the statement from the party, released this
morning.", "The full text of the ministry's press release is as follows:". The paragraph
below is the issuer's own words, often with no quotation marks and no verb of saying of its
own; an opening formula above it ("In the name of God, the Compassionate, the Merciful",
"Dear colleagues,") ends no sentence and is no part of them.
"""

from __future__ import annotations

import re

from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import parse_speaker

# the kinds of text a body or a person issues in their own words
_DOCUMENT = (
    r"(?:joint\s+)?(?:statement|press\s+release|news\s+release|release|letter|message|"
    r"declaration|communiqu[e\u00e9]|note|remarks|speech|address|op-ed|response|reply|comments)"
)
# "Following is the full text of", "Here is", "Below is the English translation of", "The
# full text of": the words a line introducing a text below opens with
_OPENING = (
    r"(?:(?:(?:The\s+)?(?:Following|Below)\s+(?:is|are)|Here\s+(?:is|are))\s+"
    r"(?:the\s+)?(?:(?:full|complete|entire|official|unofficial)\s+)?"
    r"(?:(?:English\s+)?(?:text|translation|transcript)\s+of\s+)?|"
    r"The\s+(?:full|complete|entire)\s+(?:English\s+)?(?:text|translation)\s+of\s+|"
    # "Excerpts from the statement by Ambassador X:", "Full text of the minister's speech:"
    r"(?:Excerpts?|Extracts?|Highlights|(?:Full\s+)?[Tt]ext)\s+(?:from|of)\s+)"
)
# "... is as follows:", "... reads:", or a colon or stop ending the line
_CLOSING = r"(?:\s+(?:is|are)\s+as\s+follows|\s+reads(?:\s+as\s+follows)?)?\s*[:.]$"
# what the introduced text is, and whose: "the ministry's press release", "the SNSC
# statement", "the statement from the DUP"; an aside after it ("which was addressed to
# ...", "that was released at 7.30am", ", issued on Monday") says where or when
_WHOSE = (
    r"(?:(?P<owner>[^\s,:][^,:]{0,80}?)['\u2019]s?\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"|"
    r"(?:the|a)\s+(?P<issuer>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,5})\s+"
    r"(?:[\w-]+\s+)?" + _DOCUMENT + r"|"
    # ("the speech delivered by X at the conference": a speech given, as a release issued)
    r"(?:the|a)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\s+"
    r"(?:(?:issued|released|sent|delivered|given|made|read\s+out)\s+)?"
    r"(?:from|by|of)\s+(?P<author>[^,:]{2,80}?))"
)
_INTRODUCING = re.compile(
    _OPENING
    + _WHOSE
    + r"(?:,[^:]{0,160}|\s+(?:which|that|released|issued|sent|published|posted|made|for|on|to|"
    r"at|in|after|ahead)\b[^:]{0,160})?" + _CLOSING
)
# "Kanaani: ...", "Q: ...": the text below is a transcript's turns, read as such
_LABEL_BELOW = re.compile(r"\s*[A-Z][\w.'\u2019 -]{0,40}:\s")
# a paragraph that ends a sentence, not an opening formula or a salutation
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*\s*$")


def introduced_issuer(text: str, s: Sentence) -> SpeakerPhrase | None:
    """The issuer of the text a sentence says follows below it ("Here is the statement from
    the DUP that was released at about 7.30am."), or None."""
    m = _INTRODUCING.fullmatch(text[s.start : s.end].strip())
    if m is None:
        return None
    found = parse_speaker(m["owner"] or m["issuer"] or m["author"])
    if found is None or found.kind not in ("person", "institution", "description"):
        return None
    return found


def text_paragraph(text: str, paragraphs: list[list[Sentence]]) -> list[Sentence]:
    """The paragraph that opens the introduced text: the first of ``paragraphs`` (those
    below the introducing line, in order) that ends a sentence, past an opening formula; an
    empty list when the text below is a transcript's turns."""
    for para in paragraphs[:2]:
        if not para:
            return []
        words = text[para[0].start : para[-1].end]
        if _LABEL_BELOW.match(words):
            return []
        if _ENDS_SENTENCE.search(words):
            return para
    return []
