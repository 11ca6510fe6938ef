"""Briefing, press-conference, interview and talks transcripts: who holds the floor where.

A transcript marks turns with labels ("MR PRICE:", "Q.", "THE MINISTER –", "President of
Russia Vladimir Putin:", "President Biden: (00:14)"). A label stands for a person the header
names ("Ambassador:" is the ambassador the title names, "MR MILLER" the Matthew Miller of
"Department Press Briefing – Matthew Miller, Spokesperson"), for whoever asks (questions,
outlets, hosts), or for a person it names itself. Each answering turn is one direct
statement of its speaker; a briefer's opening remarks split where a heading or a "Next,"
opens another topic; a paragraph in a turn that relays what someone else said is the
briefer's news, read as such; questions, greetings and floor management are no statements.

Before the first label come site chrome and the header (:mod:`transcript_header`); in a
briefing with one briefer, what follows the title is the briefer's opening, and in an
interview or talks it is the reporter's introduction, read as news. A briefing page with
no labels at all ("near-verbatim transcript of the noon briefing by X") is X's throughout.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from tracker.extract.cues import find_cues
from tracker.extract.speakers import SpeakerPhrase
from tracker.extract.transcript_header import (
    BRIEFING,
    OCCASION,
    TRANSCRIPT_NOTE,
    merge,
    people_in,
    read_header,
    same_person,
)
from tracker.extract.transcript_labels import DASH, Cast, Line, formal, formal_text, read_lines
from tracker.extract.when import When

_SECTION = re.compile(
    r"^(?:\W+\s*)?(?:Opening\s+)?(?:Briefing|Remarks|Statement|Press Conference|Address)\s+by\s+"
    r"(?P<who>[^\n]{3,120}?)\s*$",
    re.I,
)
_HEADING_MARK = re.compile(r"^(?:\*{1,3}|#{1,3}|\u2022|\d{1,2}[.)])\s*\S")
# a full stop after a word, not after an initial or a courtesy title ("B. Lynn", "Mr. Suh")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bNo)"
    r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s|$)"
)
_TOPIC_SHIFT = re.compile(
    r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Next|Finally|Lastly|Also|Separately|"
    r"Additionally|In addition|And finally|Turning to|Moving on|On another (?:note|topic|"
    r"subject|matter))\b"
)
_PROCEDURAL = re.compile(
    r"\b(?:good (?:morning|afternoon|evening)|hello|hi|welcome|thank you|thanks|please|"
    r"go ahead|next question|last question|one (?:more|last) question|have a seat|"
    r"sure|okay|ok|all right|yes|yeah|everybody|everyone|"
    r"(?:let's|let me|I'll|we'll) (?:go|come|turn|move) (?:back |over )?to|"
    r"see you (?:all|tomorrow|next week|then|soon|on \w+))\b",
    re.I,
)
# Verbs of stance that open a relayed statement ("X expressed his concern at ...")
_RELAY = re.compile(r"\b(?:expressed|welcomed|condemned|deplored|regretted)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")
_HEAD_CHARS = 3000  # how far a header (and the people it names) may run
_MIN_WORDS = 6  # shorter turns ("Sure.", "Time is a flat circle.") carry no position


@dataclass(frozen=True)
class Turn:
    """One statement of a transcript: a turn, or one topic of a briefer's opening."""

    speaker: SpeakerPhrase
    start: int
    end: int


@dataclass(frozen=True)
class Transcript:
    """The answering side's statements, the reporter's own paragraphs (read as news), and
    the day the header gives (``day``, or ``month_day`` when it writes no year)."""

    turns: list[Turn]
    narrative: list[tuple[int, int]]
    day: datetime.date | None = None
    month_day: tuple[int, int] | None = None
    date_evidence: str | None = None

    def when(self, published: datetime.date | None) -> When:
        """The day the turns were said, with the words that give it."""
        day = self.said_on(published)
        if day is not None and day != published and self.date_evidence:
            return When(day.isoformat(), f"transcript header: '{self.date_evidence}'")
        return When(day.isoformat() if day else None, "date of the transcript")

    def said_on(self, published: datetime.date | None) -> datetime.date | None:
        """The day the turns were said: the header's, else the publication day."""
        if self.day is not None:
            return self.day
        if self.month_day is not None and published is not None:
            month, day = self.month_day
            for year in (published.year, published.year - 1):
                try:
                    found = datetime.date(year, month, day)
                except ValueError:
                    continue
                if found <= published:
                    return found
        return published


def _heading(line: Line) -> bool:
    """A section heading: marked ("**Middle East", "2. Q&A") or a short title-case line; or
    a stage direction in brackets."""
    text = line.text.strip()
    if _HEADING_MARK.match(text) and not _SENTENCE_END.search(text[-2:] + " "):
        return True
    if re.fullmatch(r"\([^()]*\)|\[[^\[\]]*\]", text):
        return True  # "(BEGIN VIDEO CLIP)", "[inaudible]": a stage direction
    words = text.split()
    if not words or len(words) > 12 or text[-1] in '.!?:;,"\u201d\u2019)\u2026':
        return False
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _sentence_like(line: Line) -> bool:
    text = line.text.strip()
    return len(text.split()) >= 6 and text[-1] in '.!?"\u201d\u2019)\u2026'


def _relays(text: str, line: Line) -> bool:
    """A paragraph that opens by reporting what someone else said (a verb of saying in the
    past, its subject no "I" or "we"): the briefer relaying news. A verb in the present
    ("The United States condemns ...") is the briefer speaking for their side."""
    first = _SENTENCE_END.search(text, line.start, line.end)
    end = first.end() if first else line.end
    cues = [c.start for c in find_cues(text, line.start, end) if _past(c.word)]
    cues += [m.start() for m in _RELAY.finditer(text, line.start, end)]
    if not cues:
        return False
    before = text[line.start : min(cues)]
    if before.split()[:1] in (["As"], ["Like"]):
        return False  # "As the minister said, we ...": the briefer's own sentence
    return not _FIRST_PERSON.search(before)


def _past(word: str) -> bool:
    last = word.split()[0]
    return last.endswith("ed") or last in ("said", "told", "wrote", "went")


def _procedural(text: str) -> bool:
    """Greetings, thanks and floor management only, or too short to hold a position."""
    if len(text.split()) < _MIN_WORDS:
        return True
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return all(len(s.split()) <= 8 and _PROCEDURAL.search(s) for s in sentences)


def _cut_end(text: str, start: int, end: int) -> int:
    """Where a span at the very end of an excerpt stops being whole sentences: words cut off
    mid-sentence by the excerpt are no one's statement."""
    if end < len(text.rstrip()) or text.rstrip()[-1:] in '.!?"\u201d\u2019)\u2026':
        return end
    last = start
    for m in _SENTENCE_END.finditer(text, start, end):
        last = m.end()
    return last


def _label_counts(lines: list[Line]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        label = line.label
        if label is not None:
            counts[label.text] = counts.get(label.text, 0) + 1
    return counts


@dataclass(frozen=True)
class _Layout:
    """Where the header ends: the first turn label (``body``), and in a briefing with one
    briefer, the first line of the briefer's opening (``opening``)."""

    body: int
    opening: int | None
    briefer: SpeakerPhrase | None
    announced: bool = False  # the briefer is the one the header says the occasion is of


def _layout(lines: list[Line], cast: Cast, counts: dict[str, int]) -> _Layout:
    """Find the first turn label (the headline never is one) and the opening, growing the
    cast from the header lines on the way: people named before the opening take part."""
    seen_title = briefing = announced = False
    opening: int | None = None
    briefer: SpeakerPhrase | None = None
    for i, line in enumerate(lines):
        label = line.label
        if label is not None and cast.read(label, counts[label.text]) is not None:
            return _Layout(i, opening, briefer, announced)
        text = line.text.strip()
        section = _SECTION.match(text)
        if section and opening is None:
            briefer = cast.section(section["who"]) or briefer
            seen_title = announced = briefer is not None
        elif opening is None and i > 0 and _sentence_like(line) and seen_title and briefing:
            who = briefer or cast.principal()
            named = who is not None and any(same_person(p.person, who) for p in people_in(text))
            if who is not None and not named and not TRANSCRIPT_NOTE.search(text):
                opening, briefer = i, who
                announced = announced or any(p.lead and p.person is who for p in cast.people)
        if OCCASION.search(text) and not _sentence_like(line):
            seen_title = True
        briefing = briefing or bool(BRIEFING.search(text))
        # past the opening the briefer's words name people who take no part; past the
        # head of the page, the reporter's
        if opening is None and line.start < _HEAD_CHARS:
            for p in people_in(text):
                merge(cast.people, p)
    return _Layout(len(lines), opening, briefer, announced)


def read_transcript(text: str) -> Transcript | None:
    """Turns and narrative of a briefing, interview or talks; None when ``text`` is not one."""
    lines = read_lines(text)
    if len(lines) < 2:
        return None
    counts = _label_counts(lines)
    announced = TRANSCRIPT_NOTE.search(text, 0, _HEAD_CHARS)
    if sum(counts.values()) < 2 and not announced and not any(map(formal_text, counts)):
        return None  # no turns to speak of, and no header announcing a transcript
    cast = Cast(text)
    layout = _layout(lines, cast, counts)
    body = layout.body
    head = lines[:body]
    header_end = body if layout.opening is None else min(body, layout.opening)
    cast.header = header = read_header([ln.text for ln in lines[:header_end]])
    kinds: dict[int, str] = {}
    for i in range(body, len(lines)):
        label = lines[i].label
        if label is not None:
            # past the header, every label opens a turn; one naming no one is the floor's
            read = cast.read(label, counts[label.text])
            kinds[i] = read[0] if read is not None else "other"
    _dash_questions(lines, kinds)
    # the occasion named in a title, not in passing ("had two interviews") in a sentence
    titled = any(OCCASION.search(ln.text) and not _sentence_like(ln) for ln in head)
    named = [i for i, kind in kinds.items() if kind != "other"]
    found = {kinds[i] for i in named}
    # one speaker in capitals with a courtesy title or a post ("MR PRICE:") is the
    # transcript convention of governments, not a way news prose writes
    capitals = len(named) == 1 and formal(lines[named[0]].label)
    if kinds and not (
        "answer" in found and (len(named) >= 2 and ("ask" in found or titled) or capitals)
    ):
        return None
    if not kinds and not (header.transcript and layout.opening is not None and layout.announced):
        return None  # without labels, only a header naming the briefer announces a transcript
    _askers_by_questions(lines, kinds)
    transcript = _Walk(text, lines, cast, counts, kinds, layout).run()
    if not kinds and not transcript.turns:
        return None
    return transcript


def transcript_day(text: str) -> datetime.date | None:
    """The day a transcript's header gives, when ``text`` is a transcript and its header
    writes a year."""
    found = read_transcript(text)
    return found.day if found is not None else None


def _dash_questions(lines: list[Line], kinds: dict[int, str]) -> None:
    """In a dialogue of dashes, a turn asks when it ends in a question mark, or when it
    follows an answer (questions and answers take turns)."""
    order = [i for i in sorted(kinds) if lines[i].text.lstrip()[:1] in "\u2014\u2013-"]
    previous = "ask"
    for n, i in enumerate(order):
        label = lines[i].label
        if label is None or label.text != DASH:
            continue
        stop = order[n + 1] if n + 1 < len(order) else len(lines)
        question = lines[stop - 1].text.rstrip().endswith("?")
        kinds[i] = "ask" if question or previous == "answer" else "answer"
        previous = kinds[i]


def _askers_by_questions(lines: list[Line], kinds: dict[int, str]) -> None:
    """A label whose turns mostly end in a question asks ("CCTV:", a host named nowhere)."""
    order = sorted(kinds)
    ends: dict[str, list[bool]] = {}
    for n, i in enumerate(order):
        stop = order[n + 1] if n + 1 < len(order) else len(lines)
        label = lines[i].label
        assert label is not None
        ends.setdefault(label.text, []).append(lines[stop - 1].text.rstrip().endswith("?"))
    askers = {label for label, asked in ends.items() if sum(asked) * 2 > len(asked)}
    for i in order:
        label = lines[i].label
        assert label is not None
        if kinds[i] == "answer" and label.text in askers and label.text != DASH:
            kinds[i] = "ask"


class _Walk:
    """One pass over the lines: header, opening, turns; statements and narrative out."""

    def __init__(
        self,
        text: str,
        lines: list[Line],
        cast: Cast,
        counts: dict[str, int],
        kinds: dict[int, str],
        layout: _Layout,
    ) -> None:
        self.text, self.lines, self.cast, self.counts, self.kinds = text, lines, cast, counts, kinds
        self.layout = layout
        self.turns: list[Turn] = []
        self.narrative: list[tuple[int, int]] = []
        self.open: list = []  # [speaker, start, end] of the statement being read

    def close(self) -> None:
        if self.open:
            who, start, end = self.open
            end = _cut_end(self.text, start, end)
            if end > start and not _procedural(self.text[start:end]):
                self.turns.append(Turn(who, start, end))
            self.open = []

    def add(self, speaker: SpeakerPhrase, start: int, end: int, split: bool) -> None:
        if self.open and not split and self.open[0] == speaker:
            self.open[2] = end
            return
        self.close()
        self.open = [speaker, start, end]

    def news(self, line: Line) -> None:
        self.close()
        end = _cut_end(self.text, line.start, line.end)
        if end > line.start:
            self.narrative.append((line.start, end))

    def run(self) -> Transcript:
        cast, layout = self.cast, self.layout
        speaker: SpeakerPhrase | None = None
        opening = True  # before the first question: announcements, split by topic
        fresh = False  # just after a label: the next paragraph is the turn's, whatever it says
        start = min(layout.body, len(self.lines) if layout.opening is None else layout.opening)
        for i, line in enumerate(self.lines):
            stripped = line.text.strip()
            if i < start:
                # the header: its sentences are the reporter's, read as news
                if i > 0 and _sentence_like(line) and not TRANSCRIPT_NOTE.search(stripped):
                    self.news(line)
                continue
            if i == layout.opening and layout.briefer is not None:
                speaker = cast.current = cast.placed(layout.briefer)
            if i in self.kinds:
                self.close()
                fresh = True
                label = line.label
                assert label is not None
                speaker = None
                if self.kinds[i] != "answer":
                    opening = False
                else:
                    read = cast.read(label, self.counts[label.text])
                    speaker = read[1] if read else None
                    cast.current = speaker or cast.current
                if speaker is not None and label.rest < line.end:
                    self.add(speaker, label.rest, line.end, True)
                    fresh = False
                continue
            section = _SECTION.match(stripped)
            if section:
                self.close()
                speaker = cast.section(section["who"]) or speaker
                cast.current = speaker or cast.current
                continue
            if _heading(line):
                self.close()
                continue
            if speaker is None:
                continue
            if not fresh and _relays(self.text, line):
                self.news(line)
                continue
            split = fresh or (opening and _TOPIC_SHIFT.match(stripped) is not None)
            self.add(speaker, line.start, line.end, split)
            fresh = False
        self.close()
        header = cast.header
        assert header is not None
        return Transcript(
            self.turns, self.narrative, header.day, header.month_day, header.date_evidence
        )
