"""Attributions that are not a verb of saying: "according to X, ...", "in his words, ...",
and a noun of saying owned by its speaker ("Brandt's remarks that ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.clauses import content_after, quote_pieces, said_before
from tracker.extract.cues import Cue
from tracker.extract.draft import Draft, strip_span, words_in
from tracker.extract.segment import Sentence
from tracker.extract.speakers import SpeakerPhrase, parse_speaker, parse_subject

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


def according_to(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    text = r.text
    comma = text.find(",", cue.end, s.end)
    np_end = comma if comma > 0 else s.end
    phrase = text[cue.end : np_end].strip().rstrip(".")
    # "the foreign office in London": the body, not where it sits
    phrase = re.sub(
        r"\s+(?:in|at|on)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", "", phrase
    )
    subject = parse_subject(phrase)
    if subject is None and 0 < words_in(phrase) <= 25:
        # "according to early results of exit polls conducted for ...": a source, unnamed
        subject = SpeakerPhrase("unnamed", phrase, head=phrase.split()[-1].lower())
    if subject is None:
        return None
    before = text[s.start : cue.start].strip()
    if before.rstrip(",").strip() and words_in(before) >= 3:
        pieces = said_before(
            r, s, text.rfind(",", s.start, cue.start) if "," in before else cue.start
        )
    elif comma > 0:
        a, b = strip_span(text, comma + 1, s.end)
        pieces = quote_pieces(r, a, b) if words_in(text[a:b]) >= 3 else []
    else:
        pieces = []
    if not pieces:
        return None
    return Draft(pieces, subject, cue.end, cue, s, frame=[(cue.start, np_end)])


def in_his_words(r: ArticleReading, s: Sentence, cue: Cue) -> Draft | None:
    """ "In his words, ...": what follows the comma, said by whoever "his" is."""
    pronoun = {"his": "he", "her": "she", "their": "they"}[cue.word.split()[1].lower()]
    a, b = strip_span(r.text, cue.end, s.end)
    if words_in(r.text[a:b]) < 3:
        return None
    return Draft(
        quote_pieces(r, a, b),
        parse_speaker(pronoun),
        cue.start,
        cue,
        s,
        frame=[(s.start, a)],
    )


def noun_that(r: ArticleReading, s: Sentence, cue: Cue, later: list[Cue]) -> Draft | None:
    """ "Brandt's remarks that the talks were at a dead end": the owner of the remarks
    said what follows "that"."""
    text = r.text
    owner = re.search(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$", text[s.start : cue.start])
    if owner is None:
        return None
    begin = owner.start()
    subject = parse_speaker(text[begin : cue.start])
    if subject is None or subject.kind not in ("person", "institution"):
        return None
    a, b = content_after(r, s, cue.end, later)
    quote = next((q for q in r.quotes_in(a, b - 3) if q.outer[1] < b), None)
    if quote is not None and re.match(r"\s+[a-z]", text[quote.outer[1] : b]):
        b = quote.outer[1]  # '... "at a dead end" drew a sharp reply': the remark ends
    if words_in(text[a:b]) < 3:
        return None
    return Draft(quote_pieces(r, a, b), subject, begin, cue, s, frame=[(s.start, a)])
