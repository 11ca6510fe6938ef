"""A digest of someone's statements: "Его главные заявления:" (a line, or a sentence ending
one), "Основные тезисы Лаврова:", then a point a line. Each point is a statement of the one
the heading names (a possessive pronoun standing for the person named before it, or a
name in the genitive), whatever its own words name ("Жители Донбасса не хотят
возвращаться ..." is the ambassador's point), as the English reading does
(tracker.extract.collect).
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span
from tracker.extract.russian.lexicon import POSSESSIVES
from tracker.extract.russian.page import Draft, PageState, count_words
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

_HEADING = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?:(?P<own>Его|Ее|Её)\s+)?(?:главные|основные|ключевые|важнейшие)\s+"
    r"(?:заявления|тезисы|высказывания|цитаты)(?P<who>\s+[^:\n]{2,60})?\s*:[ \t]*$",
    re.M | re.I,
)
_LINE = re.compile(r"[^\n]+")
_POINT_END = re.compile(r"[.;!?…»\"”]\s*$")
_MARKER = re.compile(r"[ \t]*(?:[\u2014\u2013\-•*·]|\d{1,2}[.)])[ \t]+")
MAX_POINTS = 20  # a digest is short; a long list below a heading is something else
MIN_WORDS = 4


def digest_drafts(page: PageState) -> list[Draft]:
    """The points of every digest in the page, each a draft of the heading's speaker."""
    text = page.text
    out: list[Draft] = []
    for heading in _HEADING.finditer(text):
        speaker = _heading_speaker(heading, text)
        if speaker is None:
            continue
        points = []
        for line in _LINE.finditer(text, heading.end()):  # no copy of the text's rest
            a, b = line.start(), line.end()
            marker = _MARKER.match(text, a, b)
            start = marker.end() if marker else a
            if len(points) >= MAX_POINTS or count_words(text[start:b]) < MIN_WORDS:
                break
            if not (marker or _POINT_END.search(text, start, b)):
                break
            points.append(strip_span(text, start, b))
        for a, b in points:
            sentence = page.sentence_at(a)
            if sentence is not None and not page.is_claimed(a) and a < b:
                out.append(Draft([(a, b)], speaker, heading.start(), "", sentence, point=True))
                page.claim([(a, b)])
    return out


def _heading_speaker(heading: re.Match[str], text: str) -> Speaker | None:
    """The possessive pronoun ("Его") or the genitive name ("тезисы Лаврова")."""
    if heading["own"]:
        own = heading["own"]
        return Speaker(
            "pronoun", own, heading.start("own"), heading.end("own"),
            gender=POSSESSIVES[own.lower()],
        )  # fmt: skip
    if heading["who"]:
        ws = words(text, heading.start("who"), heading.end("who"))
        found = parse(ws, text, "gent", sentence_start=-1)
        if found is not None and found.kind in ("person", "institution", "description"):
            return found
    return None
