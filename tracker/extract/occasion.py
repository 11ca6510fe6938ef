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

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.extract.spans import Spans
from tracker.extract.when import Phrase, When, date_phrases, default_when

# Words that open a clause about some other event or thing; a date after one of them (and
# before the clause is closed by punctuation) dates that clause.
# "echoed that promise on Monday": "that" pointing at a noun, no clause opened
_DEMONSTRATIVE = (
    r"\s+(?!(?:he|she|it|they|we|i|you|was|were|is|are|had|has|have|would|will|could|can|"
    r"did|does|do|not)\b)[a-z]+(?<!ed)\s+(?:on|in|at|during|last|this|earlier|yesterday|today)\b"
)
_SUBORDINATE = re.compile(
    r"\b(?:who|whom|whose|which|that(?!" + _DEMONSTRATIVE + r")|where|when|whenever|while|"
    r"since|until|till|because|if|once|as soon as)\b",
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
    reported: Sequence[tuple[int, int]] = ()  # words given in the reporter's own frame
    earlier: bool = False  # told in a relative clause ("X, who said ..."): said before


def date_statements(
    text: str,
    sentences: Sequence[tuple[int, int]],
    statements: Sequence[Attribution],
    said: Sequence[tuple[int, int]],
    published: date | None,
) -> list[When]:
    """The day of each statement, in order; ``said`` are the spans of words said (quotes and
    statement texts), whose dates never date an attribution."""
    said_spans = Spans(said)
    phrases = [
        p
        for p in date_phrases(text, published)
        if p.start not in said_spans and not _POSSESSIVE.match(text, p.end)
    ]
    context = _Context(text, sentences, phrases)
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
            when = _today_in_report(text, st, published)
        if when is None:
            when = _occasion(context, n, statements, out)
        if when is None:
            when = _narrative_day(context, st)
        if when is None and st.earlier and published is not None:
            when = When(f"../{published.isoformat()}", "said before (who said)")
        when = when or default_when(published)
        out.append(when)
        if st.speaker is not None and when.evidence and when.edtf:
            context.last_by_speaker[id(st.speaker)] = n
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class _Context:
    """The article's sentences and date phrases, indexed for look-ups by position."""

    def __init__(
        self, text: str, sentences: Sequence[tuple[int, int]], phrases: list[Phrase]
    ) -> None:
        self.text = text
        self.sentences = sorted(sentences)
        self._sentence_starts = [a for a, _ in self.sentences]
        self.phrases = phrases
        self._phrase_starts = [p.start for p in phrases]
        self.last_by_speaker: dict[int, int] = {}

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return None

    def phrases_between(self, start: int, end: int) -> list[Phrase]:
        """Date phrases that start in ``(start, end)``."""
        i = bisect.bisect_right(self._phrase_starts, start)
        j = bisect.bisect_left(self._phrase_starts, end)
        return self.phrases[i:j]


def subordinate(text: str, clause_start: int, pos: int) -> bool:
    """Whether ``pos`` stands in a clause opened after ``clause_start`` by a relative or time
    word and not yet closed by punctuation."""
    opener = None
    for m in _SUBORDINATE.finditer(text, clause_start, pos + 40):  # room to look ahead
        if m.end() > pos:
            break
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


# "commenting on Tuesday's meeting": the day of a thing talked about, not of the talking
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b(?!['\u2019]s)", re.I)


def _today_in_report(text: str, st: Attribution, ref: date | None) -> When | None:
    """ "X said the talks had been useful today": in reported speech the reporter's "today"
    is the article's day, whatever day the story named before."""
    if ref is None:
        return None
    for a, b in st.reported:
        m = _TODAY.search(text, a, b)
        if m:
            return When(ref.isoformat(), m.group(0))
    return None


def _occasion(
    ctx: _Context, n: int, statements: Sequence[Attribution], dated: list[When]
) -> When | None:
    """The day of the last occasion before statement ``n`` that its speaker is placed at: a
    narrative sentence naming the speaker with a day in its main clause, or an earlier
    statement of the same speaker that had a day."""
    st = statements[n]
    if st.speaker is None:
        return None
    best_pos, best = -1, None
    m = ctx.last_by_speaker.get(id(st.speaker))
    if m is not None:
        other, when = statements[m], dated[m]
        vague = (when.edtf or "").startswith("..")
        # "has said", "earlier": shared only when the story names no other day between
        if (
            when.evidence
            and when.edtf
            and not (vague and ctx.phrases_between(other.start, st.start))
        ):
            best_pos = other.start
            evidence = when.evidence if when.inherited else f"same occasion as '{when.evidence}'"
            best = When(when.edtf, evidence, inherited=True)
    places = st.speaker_at  # sorted
    for p in ctx.phrases_between(best_pos, st.start):
        if (p.when.edtf or "").startswith(".."):
            continue
        sentence = ctx.sentence_at(p.start)
        if sentence is None:
            continue
        a, b = sentence
        k = bisect.bisect_left(places, a)
        if k >= len(places) or places[k] >= b:
            continue  # the speaker is not named in that sentence
        if subordinate(ctx.text, a, p.start):
            continue
        best = When(p.when.edtf, f"occasion: '{p.when.evidence}'", inherited=True)
    return best


def _narrative_day(ctx: _Context, st: Attribution) -> When | None:
    """The day the paragraph has reached when the words come ("The atmosphere in Vienna on
    Thursday was gloomier still. Poland's foreign minister ... said"): a day in a main clause
    earlier in the same paragraph."""
    paragraph = ctx.text.rfind("\n", 0, st.start) + 1
    best = None
    for p in ctx.phrases_between(paragraph - 1, st.start):
        if (p.when.edtf or "").startswith(".."):
            continue
        sentence = ctx.sentence_at(p.start)
        if sentence is None or subordinate(ctx.text, sentence[0], p.start):
            continue
        best = When(p.when.edtf, f"the paragraph's day: '{p.when.evidence}'", inherited=True)
    return best
