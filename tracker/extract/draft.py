"""A statement while extraction builds it: where its words are, who is named as speaking,
and what kind of attribution holds it; and the measures every step uses."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from tracker.extract.cues import Cue
from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import SpeakerPhrase

_WORD = re.compile(r"\w+")
# a word as a reader counts it: "U.S.", "U.N." and "3.5" are one word each, not two
_COUNTED_WORD = re.compile(r"\w+(?:\.\w+)*")
# words too common to tell two statements apart
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "in",
    "on",
    "for",
    "with",
    "that",
    "is",
    "was",
    "be",
    "as",
    "at",
    "by",
    "it",
    "its",
    "not",
    "from",
    "this",
    "are",
    "has",
    "have",
    "will",
}


@dataclass
class Draft:
    """A statement before its speaker and date are settled."""

    pieces: list[tuple[int, int]]
    subject: SpeakerPhrase | None
    subject_pos: int
    cue: Cue | None
    sentence: Sentence
    inherit: bool = False
    colon_next: bool = False
    turn: bool = False
    sentence_subject: bool = False
    leading: bool = False
    frame: list[tuple[int, int]] = field(default_factory=list)
    # "X disclosed this on Monday" after words a body was given: X's, taken over later
    points_back: bool = False
    # "X defended the decision.": a mention without content, proposed as no statement, but
    # kept while days are read (it places X at the occasion the words after it share)
    no_content: bool = False
    # a text reprinted as its issuer wrote it, with no quotation marks: their direct words
    verbatim: bool = False
    # an embedded post's text, its sentence running on to the signature that dates it
    posted: bool = False
    # "..., in what X called ...": the day stands in that frame alone, not in the event the
    # sentence tells before it
    frame_only: bool = False
    # the day an item's heading gives the words below it, on a page of several statements
    issued_on: datetime.date | None = None


def strip_span(
    text: str, start: int, end: int, chars: str = " \t,;:.\u2014\u2013-\u2022\u00b7\u25aa\u25cf"
) -> tuple[int, int]:
    """``start``, ``end`` without the spaces, punctuation and list bullets ("\u2022 ") that
    open or close a piece of text: no part of what was said."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + "\n":
        end -= 1
    return start, end


def words_in(text: str) -> int:
    """How many words: the measure of "too short to be a statement"."""
    return len(_COUNTED_WORD.findall(text))


def content_words(text: str) -> set[str]:
    """The words that tell what a statement is about: the measure of "says the same"."""
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}
