"""Posts a story names no one for ("the Secretary-General", "the ministry's spokesman"),
grouped into speakers: one per paragraph, placed where the post is named, as a name would
be, so that dating can treat such a post as it treats a person."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.extract.coref import Entity
from tracker.extract.descriptions import POST_HEADS
from tracker.extract.draft import Draft
from tracker.extract.spans import Spans
from tracker.extract.speaker_phrase import SpeakerPhrase

# a post that speaks for a body: "Spokesperson", "Permanent Representative", "Press Secretary"
VOICE = re.compile(r"spokes|representative|press secretary", re.I)


@dataclass(eq=False)
class Post:
    """A post a story gives no name for ("the Secretary-General", "the ministry's
    spokesman"): where it is named, as the subject of an attribution or of a narrative
    sentence, outside the words said (``at``) and inside the reporter's frame of others'
    words (``told_at``); ``attributions``: how many attributions name it."""

    voice: bool
    at: list[int] = field(default_factory=list)
    told_at: list[int] = field(default_factory=list)
    attributions: int = 0


def _post_key(mention: SpeakerPhrase | None) -> str | None:
    """The post a description names, for one who speaks: its words, lower-cased, without
    the article ("the Secretary-General" and "The Secretary-General" are one post)."""
    if mention is None or mention.kind != "description" or mention.head not in POST_HEADS:
        return None
    words = mention.text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) or None


def unnamed_posts(
    text: str,
    drafts: list[Draft],
    resolved: list[tuple[SpeakerPhrase | None, Entity | None, int | None]],
    told_spans: Spans,
    narrative: Iterable[tuple[int, SpeakerPhrase]],
) -> list[Post | None]:
    """For each draft whose speaker is a post found for no name, that post (the same
    object for every draft naming the same post in one paragraph), else None; ``narrative``:
    the descriptions that open the sentences framing no statement, and where they stand.

    A bare title names whoever the paragraph is about: "Germany's defence minister ...
    The minister said ... \n\n Poland's foreign minister ... The minister said ...", "the
    foreign ministry spokesman" in Beijing, then in Tokyo, are two people; so the post is
    one speaker within a paragraph only, and a narrative sentence naming it places it there,
    or in the next paragraph when that opens on the post's words ("On Monday, the spokesman
    held a press conference ... \n\n The spokesman said ..."). A post named in one
    attribution alone, and nowhere else, is left unresolved."""
    lines = [0] + [m.end() for m in _LINE_END.finditer(text)]
    posts: dict[tuple[str, int], Post] = {}
    out: list[Post | None] = []
    for d, (mention, entity, _) in zip(drafts, resolved, strict=True):
        key = _post_key(mention) if entity is None else None
        if key is None:
            out.append(None)
            continue
        line = bisect.bisect_right(lines, d.subject_pos) - 1
        post = posts.setdefault(
            (key, line), Post(mention is not None and VOICE.search(mention.head) is not None)
        )
        post.at.append(d.subject_pos)
        post.attributions += 1
        out.append(post)
    if posts:
        post_of_line: dict[tuple[str, int], Post | None] = {}
        for pos, mention in narrative:
            key = _post_key(mention)
            if key is None:
                continue
            line = bisect.bisect_right(lines, pos) - 1
            if (key, line) not in post_of_line:
                post_of_line[key, line] = posts.get((key, line)) or _opening_next(
                    text, lines, line, posts, key
                )
            post = post_of_line[key, line]
            if post is not None:
                post.at.append(pos)
        for post in posts.values():
            post.at = sorted(set(post.at))
            post.told_at = [q for q in post.at if q in told_spans]
    # (one attribution alone: no speaker to share a day with)
    return [p if p is not None and (p.attributions > 1 or len(p.at) > 1) else None for p in out]


_LINE_END = re.compile(r"\n")
_BLANK_LINE = re.compile(r"[ \t\r\u00a0]*(?:\n|\Z)")
_PARAGRAPH_SKIP = 3  # blank lines between one paragraph and the next
# a sentence's end ("... in Beijing. The spokesman said"; occasion.py has a near-twin)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s")


def _opening_next(
    text: str, lines: list[int], line: int, posts: dict[tuple[str, int], Post], key: str
) -> Post | None:
    """The post ``key`` in the paragraph after line ``line`` when its first sentence
    names it."""
    for k in range(line + 1, min(len(lines), line + 2 + _PARAGRAPH_SKIP)):
        if _BLANK_LINE.match(text, lines[k]) is not None:
            continue
        post = posts.get((key, k))
        if post is None:
            return None
        if _SENTENCE_END.search(text, lines[k], min(post.at)) is not None:
            return None  # (another sentence first: "Poland's foreign minister ... The minister")
        return post
    return None
