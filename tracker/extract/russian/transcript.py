"""Russian briefing, interview and press-conference transcripts (mid.ru, kremlin.ru).

Turns are labelled "Вопрос:", "Ответ:", "С.В.Лавров:", "М.В.Захарова:", "В.В.Путин:".
Questions are not statements; each paragraph of the one answering is a direct statement of
theirs. "Ответ:" is the briefer named in the header ("Брифинг официального представителя МИД
России М.В.Захаровой"), who also speaks every paragraph between the header and the first
question (the opening remarks). Unlabelled paragraphs continue the current answer; topic
headings (lines without a closing stop) are nobody's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

_LABEL = re.compile(
    r"^(?P<label>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){0,2})"
    r"(?:\s*\([^)\n]{1,40}\))?:[ \t]+(?=\S)",
    re.M,
)
_QUESTION = frozenset(["вопрос", "журналист", "корреспондент", "ведущий", "модератор", "реплика"])
_ANSWER = frozenset(["ответ"])
_HEADER = re.compile(
    r"(?:Брифинг|Выступление|Интервью|Ответы|Пресс-конференция|Стенограмма|Заявление)[^\n]{0,200}",
)


@dataclass(frozen=True)
class Turn:
    speaker: Speaker
    start: int
    end: int


@dataclass(frozen=True)
class Transcript:
    turns: list[Turn]
    narrative: list[tuple[int, int]]


def _briefer(head: str) -> Speaker | None:
    """The one answering, from the header: "Брифинг ... М.В.Захаровой" (genitive)."""
    m = _HEADER.search(head)
    if not m:
        return None
    ws = words(head, m.start(), m.end())
    return parse(ws, head, "gent", sentence_start=-1) if ws else None


def _label_speaker(label: str) -> Speaker | None:
    ws = words(label)
    found = parse(ws, label, "nomn", sentence_start=-1)
    if found is None or found.kind != "person":
        return None
    return found


def _prose(line: str) -> bool:
    """A paragraph of speech, not a topic heading ("Об итогах переговоров в Женеве")."""
    line = line.strip()
    return line.endswith((".", "!", "?", "…", "»", '"', "”")) and len(line.split()) >= 3


def read_transcript(text: str) -> Transcript | None:
    """Turns of a transcript; None when ``text`` is not one."""
    labels = [m for m in _LABEL.finditer(text) if m.start() > 0]
    if len(labels) < 2 or len({m["label"] for m in labels}) < 2:
        return None
    kinds = [m["label"].split()[0].lower().rstrip(".") for m in labels]
    if not any(k in _QUESTION for k in kinds):
        return None
    head = text[: labels[0].start()]
    briefer = _briefer(head)
    turns: list[Turn] = []
    narrative: list[tuple[int, int]] = []  # no reporter's prose in these transcripts
    current: Speaker | None = None
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.start() + len(m.group().rstrip())
        if start < labels[0].start():
            # after the header, a briefing opens with the briefer's remarks on each topic
            if briefer is not None and start > 0 and _prose(m.group()):
                turns.append(Turn(briefer, start, end))
            continue
        if not _prose(m.group()) and not _LABEL.match(text, start):
            continue  # a topic heading between answers
        label = _LABEL.match(text, start)
        if label:
            word = label["label"].split()[0].lower()
            if word in _QUESTION:
                current = None
            elif word in _ANSWER:
                current = briefer
            else:
                current = _label_speaker(label["label"])
            start = label.end()
        if current is not None and text[start:end].strip():
            turns.append(Turn(current, start, end))
    return Transcript(turns, narrative)
