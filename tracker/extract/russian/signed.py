"""A quotation set as a block and signed: a paragraph of someone's words in the first person,
printed without quotation marks, then a line of its own with the speaker's name and post
("Наталья Эйсмонт, пресс-секретарь президента Белоруссии"). Web pages render a blockquote
and its caption so; the paragraph is the named person's direct speech.

The paragraph must sound like speech (a first-person word: "мы", "наш", "на мой взгляд",
"подчеркну") and report none (no quotation mark, no verb of saying in the past), so that a
reporter's paragraph followed by a photo's caption in the same shape is nobody's speech; and
the story must have named the signer before, as it does the one whose words it gives.
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import SAYING
from tracker.extract.russian.page import Draft, PageState
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

_LINE = re.compile(r"[^\n]+")
_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w-])(?:я|мы|нас|нам|нами|меня|мне|мной|наш\w*|мо[йеяи]\w*|подчеркну|отмечу|"
    r"скажу|напомню|повторю)(?![\w-])"
)
_MARKS = re.compile(r"[«»\"“”„]")
MAX_CAPTION = 160


def signed_drafts(page: PageState) -> list[Draft]:
    """A direct statement for each signed block in the page."""
    text = page.text
    out: list[Draft] = []
    lines = list(_LINE.finditer(text))
    for n in range(1, len(lines)):
        cap = lines[n]
        speaker = _signature(page, cap.start(), cap.end())
        if speaker is None:
            continue
        before = next((m for m in reversed(lines[:n]) if m.group().strip()), None)
        if before is None or text[before.end() : cap.start()].strip():
            continue
        if before.group().rstrip()[-1:] not in ".!?…":
            continue  # a heading or a line cut short, no finished words
        a, b = strip_span(text, before.start(), before.end())
        if (
            not _sounds_spoken(text, a, b)
            or page.is_claimed(a)
            or not _named_before(speaker, text, a)
        ):
            continue
        sentence = page.sentence_at(a)
        if sentence is None:
            continue
        out.append(
            Draft([(a, b)], speaker, cap.start(), "", sentence, frame=[(cap.start(), cap.end())],
                  signed=True)
        )  # fmt: skip
        page.claim([(a, b)])
    return out


def _signature(page: PageState, start: int, end: int) -> Speaker | None:
    """The person a line names with a post after a comma and nothing else."""
    text = page.text
    line = text[start:end].strip()
    if not line or len(line) > MAX_CAPTION or line[-1] in '.!?:;»"”)' or _MARKS.search(line):
        return None
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    name_ws = words(text, start, comma)
    post_ws = words(text, comma + 1, end)
    if len(name_ws) < 2 or not post_ws:
        return None
    person = parse(name_ws, text, "nomn", sentence_start=-1, known=page.known)
    if (
        person is None
        or person.kind != "person"
        or person.start != name_ws[0].start
        or person.end != name_ws[-1].end
    ):
        return None
    post = parse(post_ws, text, "nomn", sentence_start=-1, known=page.known)
    if post is None or post.kind != "description" or post.start != post_ws[0].start:
        return None
    if post.end != post_ws[-1].end:
        return None
    return Speaker(
        "person", text[person.start : post.end], person.start, post.end,
        name=person.name, role=post.role, institution=post.institution,
        country=post.country, gender=person.gender,
    )  # fmt: skip


def _named_before(speaker: Speaker, text: str, end: int) -> bool:
    """Whether the story names the signer before the block: a signature closes the words of
    someone the story is about, where a photo's caption may name anyone."""
    surname = (speaker.name or "").split()[-1:]
    if not surname:
        return False
    stem = surname[0][: max(4, len(surname[0]) - 2)]
    return re.search(rf"(?<![\w-]){re.escape(stem)}", text[:end]) is not None


def _sounds_spoken(text: str, a: int, b: int) -> bool:
    """A paragraph in the first person, with no quotation mark and no verb of saying in the
    past: someone's own words, not a report of them."""
    part = text[a:b]
    if words_in(part) < 5 or _MARKS.search(part):
        return False
    if not _FIRST_PERSON.search(part):
        return False
    for w in words(text, a, b):
        if morph.lemma(w.text) in SAYING and morph.has_tag(w.text, "past"):
            return False
    return True
