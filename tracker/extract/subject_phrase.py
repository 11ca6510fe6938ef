"""The speaker phrase right before a cue of saying, and where it starts.

The speaker is the noun phrase right before the cue, past adverbs and asides ("Proponents of
the bill, however, say"); a relative clause or an appositive between the name and the verb
("McMaster, who issued a statement ..., said", "Jason Sims — a teacher — says", "Brendan Buck,
a spokesman, told") leaves the name speaking. :mod:`.clauses` decides what the cue frames.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract.clause_words import BREAK, RELATIVE_SUBJECT, TAIL_ADVERBS
from tracker.extract.cues import Cue
from tracker.extract.segment import Sentence
from tracker.extract.speaker_phrase import SpeakerPhrase
from tracker.extract.speakers import document_author, parse_speaker, parse_subject

if TYPE_CHECKING:
    from tracker.extract.frames import ArticleReading


def subject_before(
    r: ArticleReading, s: Sentence, cue: Cue
) -> tuple[SpeakerPhrase | None, int, int]:
    """The speaker phrase right before ``cue``: (mention, where it starts, where the
    clause before it ends)."""
    text = r.text
    quoted = r.in_quote(cue.start)  # 'The ministry "strongly condemns" ...': before the mark
    left = text[s.start : quoted.outer[0] if quoted else cue.start]
    tail = TAIL_ADVERBS.search(left)
    stop = s.start + (tail.start() if tail else len(left))
    aside = _ASIDE.search(text, s.start, stop)
    if aside:
        stop = aside.start()  # "Proponents of the bill, however, say ..."
    relative = RELATIVE_SUBJECT.match(text, s.start, stop)
    if relative:
        # "McMaster, who issued a statement on Monday denying ..., said": the name speaks
        mention = parse_speaker(relative["np"])
        if mention and mention.kind in ("person", "institution"):
            return mention, relative.start("np"), relative.start("np")
    antecedent = _WHO_SAID.search(text, s.start, stop)
    if antecedent:
        # "..., Sun Weidong, who said that ...": the name the relative pronoun stands for
        mention = _last_name_phrase(text[s.start : antecedent.start()])
        if mention is not None:
            return mention[0], s.start + mention[1], antecedent.end()
    breaks = list(BREAK.finditer(text, s.start, stop))
    seg_start = breaks[-1].end() if breaks else s.start
    time_first = _OPENING_TIME.match(text, seg_start, stop)
    if time_first:
        seg_start = time_first.end()  # "On Tuesday Lavrov said": the day, then the subject
    seg = text[seg_start:stop]
    if seg.strip():
        before = breaks[-1] if breaks else None
        if before and before.group() in ("as", "As", "and", "but", "that", "because"):
            return parse_speaker(seg), seg_start, before.start()
        # "A statement by the Egyptian Foreign Ministry said": the ministry speaks
        mention = document_author(seg.strip()) or parse_subject(seg)
        return mention, seg_start, before.start() if before else s.start
    dashed = _DASHED_APPOSITIVE.search(text, s.start, stop)
    if dashed:
        # "Jason Sims — a teacher from Mount Pleasant — says ...": the name before the dash
        mention = parse_speaker(dashed["name"])
        if mention and mention.kind in ("person", "institution"):
            return mention, dashed.start("name"), dashed.start("name")
    # "Name, appositive, said" / "Name, who led it, said"
    commas = [m.start() for m in re.finditer(",", text[s.start : stop])]
    if commas and not text[s.start + commas[-1] + 1 : stop].strip():
        last = s.start + commas[-1]
        starts = [s.start + c + 1 for c in commas[-4:-1]][::-1] + [s.start]
        # "It was no accident — Brendan Buck, a spokesman, told ...": after the dash
        dash = _LAST_DASH.search(text, s.start, s.start + commas[0])
        if dash:
            starts.insert(-1, dash.end())
        found = []
        for begin in starts:
            begin = _QUOTE_MARKS.match(text, begin).end()  # past a quote that ends before
            mention = parse_speaker(text[begin:last])
            if mention and mention.kind in ("person", "institution", "unnamed"):
                found.append((mention.kind == "unnamed", mention, begin))
        if found:
            # a name before the appositive rather than the appositive's "a spokesman"
            _, mention, begin = min(found, key=lambda f: f[0])
            return mention, begin, begin
    return None, seg_start, seg_start


_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# a time phrase opening the clause without a comma: "On Tuesday", "Late on Monday", "Last week"
_OPENING_TIME = re.compile(
    rf"\s*(?:(?:(?:Early|Late|Earlier|Later)\s+)?[Oo]n\s+(?:{_DAY_NAME}|{_MONTH_NAME}\s+\d{{1,2}})"
    rf"(?:\s+(?:morning|afternoon|evening|night))?|(?:Last|Earlier this|This)\s+"
    rf"(?:week|month)|Yesterday|Earlier|Later|(?:On|Last)\s+{_DAY_NAME})\s+(?=[A-Z]|the\s)"
)
_ASIDE = re.compile(
    r",\s*(?:however|though|too|meanwhile|moreover|instead|in turn|"
    r"for (?:his|her|its|their) part)\s*,\s*$"
)
_DASHED_APPOSITIVE = re.compile(
    r"(?:^|(?<=[,;:.!?\"\u201d])|(?<=\s))(?P<name>[^,;:\u2014\u2013]{2,80}?)\s+[\u2014\u2013]\s+"
    r"[^\u2014\u2013;]{2,100}?\s+[\u2014\u2013]\s*$"
)
_QUOTE_MARKS = re.compile(r"[\s'\"\u201c\u201d\u2018\u2019]*")
_LAST_DASH = re.compile(r".*(?:\s[\u2014\u2013-]|[\u2014;:]|\s--)\s*")
_WHO_SAID = re.compile(r",?\s+who\s*$")
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:of|de|da|van|von|bin|al))?\s+)*[A-Z][\w.'\u2019-]*$"
)


def _last_name_phrase(text: str) -> tuple[SpeakerPhrase, int] | None:
    """The person or body named last in ``text``, with its titles: what "who" stands for."""
    run = _NAME_RUN.search(text.rstrip(" ,"))
    if run is None:
        return None
    lead = text[: run.start()]
    titles = re.search(r"(?:\b[a-z]+\s+){0,3}$", lead)
    for begin in (titles.start() if titles else run.start(), run.start()):
        mention = parse_speaker(text[begin : run.end()])
        if mention is not None and mention.kind in ("person", "institution"):
            return mention, begin
    return None
