"""Which day a statement was said.

In order of preference:

1. a date phrase in the statement's own attribution: its speaker, verb and the adverbials
   around them ("said on Friday", "Speaking at a briefing on Thursday, ..."), never the
   words said;
2. the day of an occasion the narrative places the speaker at before the words ("X met Y
   on Sunday. X said ..."), or of an earlier statement by the same speaker (the same
   occasion), whichever the text reached last;
3. the day the paragraph has reached, in a story told in order ("The atmosphere in Vienna on
   Thursday was gloomier still. Poland's foreign minister said ...");
4. the article's own day (a wire story's "X said" with no time words means that day).

A date phrase belongs to the clause it stands in: one inside a relative or time clause
("Lini, who attended the ceremony on Friday", "since a truce in November", "a visit that
began Tuesday") dates that clause's event, not the speaker's words or presence; "after" or
"before" with a day ("after talks on Tuesday", "before dawn on Thursday") stays near the
words and counts. A day still to come dates a plan, never words already said. "has said"
with no day of its own is on or before the article's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.extract.when import Phrase, When, date_phrases, default_when

# Words that open a clause about some other event or thing; a date after one of them (and
# before the clause is closed by punctuation) dates that clause.
_SUBORDINATE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|whenever|while|since|until|till|because|if|"
    r"once|as soon as)\b",
    re.I,
)
_CLAUSE_CLOSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_PERFECT = re.compile(
    r"\bha(?:s|ve)\s+(?:(?:also|already|repeatedly|long|often|previously|publicly|recently|"
    r"since|now|consistently|\w+ly)\s+)*$"
)


@dataclass(frozen=True)
class Attribution:
    """What dating needs to know of one proposed statement.

    ``speaker`` is any object identifying who speaks (the same object for every statement
    of one speaker) or None; ``window`` the attribution's own words (spans outside what was
    said); ``speaker_at`` where the article places the speaker (every mention outside what
    was said); ``continues`` the index of the statement this one carries on, if any.
    """

    speaker: object | None
    window: Sequence[tuple[int, int]]
    cue_at: int
    start: int
    speaker_at: Sequence[int] = ()
    turn: bool = False
    continues: int | None = None


def date_statements(
    text: str,
    sentences: Sequence[tuple[int, int]],
    statements: Sequence[Attribution],
    said: Sequence[tuple[int, int]],
    published: date | None,
) -> list[When]:
    """The day of each statement, in order; ``said`` are the spans of words said (quotes and
    statement texts), whose dates never date an attribution."""
    phrases = [p for p in date_phrases(text, published) if not _inside(p.start, said)]
    out: list[When] = []
    for n, st in enumerate(statements):
        if st.turn:
            out.append(When(_iso(published), "date of the transcript"))
            continue
        if st.continues is not None and st.continues < n:
            first = out[st.continues]
            out.append(When(first.edtf, first.evidence, inherited=True, fits=first.fits))
            continue
        when = _own(text, st, phrases, published)
        if when is None:
            when = _occasion(text, n, statements, out, sentences, phrases)
        if when is None:
            when = _narrative_day(text, st, sentences, phrases)
        out.append(when or default_when(published))
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def subordinate(text: str, clause_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a clause opened after ``clause_start`` by a relative or time
    word and not yet closed by punctuation."""
    opener = None
    for m in _SUBORDINATE.finditer(text, clause_start, pos):
        opener = m
    if opener is None:
        return False
    return _CLAUSE_CLOSE.search(text, opener.end(), pos) is None


def _own(text: str, st: Attribution, phrases: list[Phrase], ref: date | None) -> When | None:
    """A date phrase of the attribution itself, the one nearest its verb."""
    found = [
        (abs(p.start - st.cue_at), p)
        for a, b in st.window
        for p in phrases
        if a <= p.start < b and not subordinate(text, min(a, st.cue_at), p.start)
    ]
    if found:
        best = min(found, key=lambda f: f[0])[1]
        explicit = [
            p
            for _, p in found
            if p.kind in ("md", "dm") and min(abs(p.start - best.end), abs(best.start - p.end)) <= 3
        ]
        return (explicit[0] if best.kind == "weekday" and explicit else best).when
    lead = max((a for a, _ in st.window if a <= st.cue_at), default=None)
    if lead is not None and ref is not None and _PERFECT.search(text, lead, st.cue_at):
        return When(f"../{ref.isoformat()}", "has " + text[st.cue_at : st.cue_at + 20].split()[0])
    return None


def _occasion(
    text: str,
    n: int,
    statements: Sequence[Attribution],
    dated: list[When],
    sentences: Sequence[tuple[int, int]],
    phrases: list[Phrase],
) -> When | None:
    """The day of the last occasion before statement ``n`` that its speaker is placed at: a
    narrative sentence naming the speaker with a day in its main clause, or an earlier
    statement of the same speaker that had a day."""
    st = statements[n]
    if st.speaker is None:
        return None
    best_pos, best = -1, None
    for m in range(n - 1, -1, -1):
        other = statements[m]
        vague = (dated[m].edtf or "").startswith("..")
        if (
            other.speaker is st.speaker
            and dated[m].evidence
            and dated[m].edtf
            # "has said", "earlier": shared only when the story names no other day between
            and not (vague and any(other.start < p.start < st.start for p in phrases))
        ):
            best_pos = other.start
            evidence = dated[m].evidence
            if not dated[m].inherited:
                evidence = f"same occasion as '{evidence}'"
            best = When(dated[m].edtf, evidence, inherited=True)
            break
    for p in phrases:
        if p.start >= st.start or p.start <= best_pos or (p.when.edtf or "").startswith(".."):
            continue
        sentence = next(((a, b) for a, b in sentences if a <= p.start < b), None)
        if sentence is None:
            continue
        a, b = sentence
        if not any(a <= pos < b for pos in st.speaker_at):
            continue
        if subordinate(text, a, p.start):
            continue
        best_pos = p.start
        best = When(p.when.edtf, f"occasion: '{p.when.evidence}'", inherited=True)
    return best


def _narrative_day(
    text: str,
    st: Attribution,
    sentences: Sequence[tuple[int, int]],
    phrases: list[Phrase],
) -> When | None:
    """The day the paragraph has reached when the words come ("The atmosphere in Vienna on
    Thursday was gloomier still. Poland's foreign minister ... said"): a day in a main clause
    earlier in the same paragraph."""
    paragraph = text.rfind("\n", 0, st.start) + 1
    best = None
    for p in phrases:
        if not paragraph <= p.start < st.start or (p.when.edtf or "").startswith(".."):
            continue
        sentence = next(((a, b) for a, b in sentences if a <= p.start < b), None)
        if sentence is None or subordinate(text, sentence[0], p.start):
            continue
        best = When(p.when.edtf, f"the paragraph's day: '{p.when.evidence}'", inherited=True)
    return best
