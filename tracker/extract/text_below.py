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
# "The overview of Minister X's opening remarks is as follows.", "A summary of the
# minister's response:": a ministry's meeting record giving, below the line, the gist of what
# one side said, in the first person but in the record's words (numbered points, no
# quotation marks): reported speech, not the words as spoken
# (also "The main points of ...", "Key points of ...", a heading's "Summary of ...": the gist
# told by any word for it, with its article or without)
SUMMARY = (
    r"(?:(?:\(\d{1,2}\)|\d{1,2}[.)])\s+)?"
    r"(?:(?:The|An|A)\s+(?:(?:brief|short)\s+)?(?:overview|outline|summary|gist|essence|"
    r"substance|synopsis|(?:main|key|salient|principal)\s+points)|"
    r"(?:(?:Brief|Short)\s+)?(?:Overview|Outline|Summary|Gist|Synopsis)|"
    r"(?:Main|Key|Salient|Principal)\s+points)\s+of\s+"
)
_SUMMARY_LINE = re.compile(SUMMARY)
# "Following is the full text of", "Here is", "Below is the English translation of", "The
# full text of": the words a line introducing a text below opens with
_OPENING = (
    r"(?:(?:(?:The\s+)?(?:Following|Below)\s+(?:is|are)|Here\s+(?:is|are))\s+"
    r"(?:the\s+)?(?:(?:full|complete|entire|official|unofficial)\s+)?"
    r"(?:(?:English\s+)?(?:text|translation|transcript)\s+of\s+)?|"
    r"The\s+(?:full|complete|entire)\s+(?:English\s+)?(?:text|translation)\s+of\s+|"
    # "Excerpts from the statement by Ambassador X:", "Full text of the minister's speech:"
    r"(?:Excerpts?|Extracts?|Highlights|(?:Full\s+)?[Tt]ext)\s+(?:from|of)\s+|" + SUMMARY + r")"
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


# "Here are the main excerpts.", "The following is the full text of the speech:", "Excerpts
# from his address:": a line naming no one, under the sentence that tells who spoke where
_INTRODUCING_UNNAMED = re.compile(
    r"(?:(?:The\s+following|Following|Below|Here)\s+(?:is|are)\s+(?:the\s+|some\s+)?"
    r"(?:(?:main|key|full|complete|edited|selected|English)\s+){0,2}"
    r"(?:excerpts?|extracts?|highlights|text|transcript|quotes|passages)"
    r"|(?:Excerpts?|Extracts?|Highlights|Key\s+(?:quotes|passages)|(?:Full\s+)?[Tt]ext))"
    r"(?:\s+(?:of|from)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    + _DOCUMENT
    + r")?"
    + _CLOSING
)
# "President X addressed the General Assembly on Tuesday.", "X on Monday delivered a speech
# at ...", "X spoke at the forum in Davos.": who took the floor, the subject before the verb
_TOOK_THE_FLOOR = re.compile(
    r"(?P<who>[A-Z][^,;:.!?\n]{2,90}?)\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?"
    r"(?:addressed|delivered|gave|spoke\s+(?:at|to|before))\s"
)


def introduced_issuer(text: str, s: Sentence, before: Sentence | None) -> SpeakerPhrase | None:
    """The issuer of the text a sentence says follows below it ("Here is the statement from
    the DUP that was released at about 7.30am."), or None; a line naming no one ("Here are
    the main excerpts:") takes the person the sentence ``before`` it says took the floor."""
    line = text[s.start : s.end].strip()
    m = _INTRODUCING.fullmatch(line)
    if m is None:
        if before is None or _INTRODUCING_UNNAMED.fullmatch(line) is None:
            return None
        took = _TOOK_THE_FLOOR.match(text, before.start)
        found = parse_speaker(took["who"]) if took is not None else None
        return found if found is not None and found.kind == "person" else None
    found = parse_speaker(m["owner"] or m["issuer"] or m["author"])
    if found is None or found.kind not in ("person", "institution", "description"):
        return None
    return found


def summarised(text: str, s: Sentence) -> bool:
    """Whether the line introducing a text below gives its gist, not its words ("The
    overview of Minister X's opening remarks is as follows."): what is below is reported."""
    return _SUMMARY_LINE.match(text[s.start : s.end].strip()) is not None


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
