"""Briefing, press-conference and interview transcripts: who holds the floor in each paragraph.

A transcript marks turns with labels ("MR PRICE:", "Question:", "Zhao Lijian:", "TASS:").
Whoever mostly asks (or is labelled as asking) is the questioner; each paragraph of the one
answering is a direct statement of theirs, named from the label or the briefing header.
Unlabelled paragraphs continue the current answer, unless they report speech themselves: then
they are the reporter's narrative, read as news. Before the first label, a briefing's
paragraphs are the briefer's opening remarks and an interview's are its introduction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.cues import find_cues
from tracker.extract.lexicon import CAPITALS, ORG_HEADS, ROLE_WORDS
from tracker.extract.speakers import SpeakerPhrase, institution_for, parse_speaker

_HEADER = re.compile(r"\b(?:Briefing|Press Conference|Press Availability|Transcript)\b")
_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'\u2019 -]{0,40}?):[ \t]+(?=\S)", re.M)
_QUESTION_LABELS = {"question", "q", "questioner", "journalist", "reporter", "moderator"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
_NAME = r"[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+)+"
_BRIEFER = [
    re.compile(rf"[\u2013\u2014-]\s*(?P<name>{_NAME}), (?P<role>[A-Z][\w -]+?)(?:,|\.|$)", re.M),
    re.compile(rf"\bby (?P<name>{_NAME}), (?P<role>[A-Z][\w -]+?)(?: for| of|,|\.|$)", re.M),
    re.compile(r"\bby (?P<np>[^,\n]+?),"),
    re.compile(r"^(?P<np>[^\n]+?)(?:'s|\u2019s) (?:[A-Z]\w+ )*(?:Press Conference|Briefing)", re.M),
]


@dataclass(frozen=True)
class Turn:
    """One paragraph of a transcript and who speaks it (None for questions)."""

    speaker: SpeakerPhrase | None
    start: int
    end: int


def _briefer(head: str) -> SpeakerPhrase | None:
    place = next(
        (CAPITALS[w.lower()] for w in re.findall(r"[A-Z][a-z]+", head) if w.lower() in CAPITALS),
        None,
    )
    for pattern in _BRIEFER:
        m = pattern.search(head)
        if not m:
            continue
        if "np" in m.groupdict():
            mention = parse_speaker(m["np"])
        else:
            role = m["role"].strip()
            if role.split()[0].lower() not in ROLE_WORDS:
                continue
            mention = parse_speaker(f"{m['name']}, the {role.lower()}")
            if mention and mention.kind == "person":
                mention = SpeakerPhrase(
                    "person",
                    mention.text,
                    mention.name,
                    role.title(),
                    mention.institution,
                    mention.country,
                    mention.gender,
                )
        if mention is None or mention.kind != "person":
            continue
        inst = mention.institution
        if "Department Press Briefing" in head:
            inst = "US Department of State"
        elif "Secretary-General" in head:
            inst = "United Nations"
        elif inst and place and mention.country is None:
            inst = institution_for(None, place, inst)
        return SpeakerPhrase(
            "person",
            mention.text,
            mention.name,
            mention.role,
            inst,
            mention.country or place,
            mention.gender,
        )
    return None


def _answers(label: str, briefer: SpeakerPhrase | None) -> SpeakerPhrase | None:
    words = [w for w in re.findall(r"[\w'\u2019-]+", label.lower()) if w not in ("mr", "ms", "mrs")]
    if not words or words[0] in _QUESTION_LABELS:
        return None
    if briefer and (set(words) & set((briefer.name or "").lower().split()) or words[0] in _SPOKES):
        return briefer
    if any(w in ORG_HEADS or w in ("tv", "daily", "radio") for w in words):
        return None
    mention = parse_speaker(label.title() if label.isupper() else label)
    if mention and mention.kind == "person":
        return mention
    return None


@dataclass(frozen=True)
class Transcript:
    """The answering side's paragraphs, and the reporter's own paragraphs (read as news)."""

    turns: list[Turn]
    narrative: list[tuple[int, int]]


def _asks(label: str, answers: list[bool]) -> bool:
    first = re.findall(r"\w+", label.lower())[0]
    return first in _QUESTION_LABELS or sum(answers) * 2 > len(answers)


def read_transcript(text: str) -> Transcript | None:
    """Turns and narrative of a briefing or interview; None when ``text`` is not one."""
    first = text.lstrip().split("\n", 1)[0]
    labels = [m for m in _LABEL.finditer(text) if len(m["label"].split()) <= 4 and m.start() > 0]
    briefing = bool(_HEADER.search(first))
    if len(labels) < (2 if briefing else 3) or len({m["label"] for m in labels}) < 2:
        return None
    questions: dict[str, list[bool]] = {}
    for m in labels:
        line_end = text.find("\n", m.end())
        line = text[m.end() : line_end if line_end >= 0 else len(text)].rstrip()
        questions.setdefault(m["label"], []).append(line.endswith("?"))
    askers = {label for label, answers in questions.items() if _asks(label, answers)}
    if not askers:
        return None
    head_end = labels[0].start()
    briefer = _briefer(text[:head_end])
    turns: list[Turn] = []
    narrative: list[tuple[int, int]] = []
    speaker = briefer if briefing else None
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().rstrip()
        start, end = m.start(), m.start() + len(line)
        label = _LABEL.match(line) if start > 0 else None
        if label and len(label["label"].split()) <= 4:
            who = label["label"]
            speaker = None if who in askers else _answers(who, briefer)
            start += label.end()
        elif start < head_end:
            if (
                start == 0
                or not line.endswith((".", "!", "?", "\u201d", '"'))
                or len(line.split()) < 6
                or "transcript" in line.lower()
            ):
                continue
            if not briefing:
                narrative.append((start, end))
                continue
        elif find_cues(text, start, end) and line[:1] not in '"\u201c\u00ab':
            narrative.append((start, end))
            continue
        if speaker is not None and text[start:end].strip():
            turns.append(Turn(speaker, start, end))
    return Transcript(turns, narrative)
