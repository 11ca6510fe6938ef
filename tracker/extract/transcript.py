"""Briefing and press-conference transcripts: who holds the floor in each paragraph.

A transcript marks turns with labels ("MR PRICE:", "Question:", "Zhao Lijian:") and names the
briefer in its header. Each paragraph the briefer speaks is a direct statement of the
briefer; questions are not statements. Unlabelled paragraphs continue the current turn, and
before the first label they are the briefer's opening remarks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.speakers import (
    CAPITALS,
    ORG_HEADS,
    ROLE_WORDS,
    Mention,
    institution_for,
    parse_speaker,
)

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

    speaker: Mention | None
    start: int
    end: int


def _briefer(head: str) -> Mention | None:
    place = next((CAPITALS[w.lower()] for w in re.findall(r"[A-Z][a-z]+", head)
                  if w.lower() in CAPITALS), None)
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
                mention = Mention("person", mention.text, mention.name, role.title(),
                                  mention.institution, mention.country, mention.gender)
        if mention is None or mention.kind != "person":
            continue
        inst = mention.institution
        if "Department Press Briefing" in head:
            inst = "US Department of State"
        elif "Secretary-General" in head:
            inst = "United Nations"
        elif inst and place and mention.country is None:
            inst = institution_for(None, place, inst)
        return Mention("person", mention.text, mention.name, mention.role, inst,
                       mention.country or place, mention.gender)
    return None


def _answers(label: str, briefer: Mention | None) -> Mention | None:
    words = [w for w in re.findall(r"[\w'\u2019-]+", label.lower()) if w not in ("mr", "ms", "mrs")]
    if not words or words[0] in _QUESTION_LABELS:
        return None
    if briefer and (set(words) & set((briefer.name or "").lower().split()) or words[0] in _SPOKES):
        return briefer
    if label.isupper() and not label.startswith(("MR ", "MS ", "MRS ")):
        return None
    if any(w in ORG_HEADS or w in ("tv", "daily", "radio") for w in words):
        return None
    mention = parse_speaker(label.title() if label.isupper() else label)
    if mention and mention.kind == "person" and (" " in (mention.name or "") or label.isupper()):
        return mention
    return None


def find_turns(text: str) -> list[Turn] | None:
    """The briefer's paragraphs, or None when ``text`` is not a transcript."""
    first = text.lstrip().split("\n", 1)[0]
    labels = list(_LABEL.finditer(text))
    if not _HEADER.search(first) or len(labels) < 2:
        return None
    head_end = labels[0].start()
    briefer = _briefer(text[: min(len(text), head_end)])
    turns: list[Turn] = []
    speaker = briefer
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        label = _LABEL.match(line)
        start = m.start()
        if label:
            speaker = _answers(label["label"], briefer)
            start += label.end()
        elif m.start() < head_end:
            if m.start() == 0 or not line.rstrip().endswith((".", "!", "?", "\u201d", '"')) \
                    or "transcript" in line.lower() or len(line.split()) < 6:
                continue
        if speaker is not None and text[start : m.end()].strip():
            end = m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            turns.append(Turn(speaker, start, end))
    return turns
