"""Entries of a live page that open with a name and a colon: under "17:02", the line
"Мединский: стороны договорились, что ..." is the reporter's summary of that person's
words, each entry its own statement, as a headline "Мединский: ..." would be.
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian.live_stamps import time_lines
from tracker.extract.russian.page import Draft, PageState
from tracker.extract.russian.speakers import parse
from tracker.extract.russian.text import words

# "Мединский: ...", "Дмитрий Песков: ...": a name, its colon, the words on the same line
_NAMED_ENTRY = re.compile(r"[ \t]*(?P<who>[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?):[ \t]+(?=\S)")
_GAP = re.compile(r"\s*")
_MIN_WORDS = 4


def live_entry_drafts(page: PageState) -> list[Draft]:
    """A draft for each entry under a time line that opens with a person's name."""
    text = page.text
    times = time_lines(text)
    if len(times) < 2:
        return []  # a page of one time line is no live page
    out = []
    for t in times:
        entry = _NAMED_ENTRY.match(text, _GAP.match(text, t.end()).end())
        if entry is None:
            continue
        ws = words(text, entry.start("who"), entry.end("who"))
        speaker = parse(ws, text, "nomn", sentence_start=ws[0].start) if ws else None
        if speaker is None or speaker.kind != "person" or speaker.end != ws[-1].end:
            continue  # "Рубрика: ...", "Фото: ...": no one's words
        end = text.find("\n", entry.end())
        a, b = strip_span(text, entry.end(), len(text) if end < 0 else end)
        sentence = page.sentence_at(a)
        if sentence is None or page.is_claimed(a) or words_in(text[a:b]) < _MIN_WORDS:
            continue
        out.append(Draft([(a, b)], speaker, entry.start(), "", sentence, point=True))
        page.claim([(a, b)])
    return out
