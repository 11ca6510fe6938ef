"""A noon briefing read out whole: the briefer's announcing the statement she reads next may
have no subject ("First, a statement on X.", "Starting off with a statement on X.") as well
as "I will start with a statement on X."; the statement worded in the post's name that
follows is the post's, relayed. Written here in the manner of such a briefing's transcript."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

HEAD = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Tomas Eriksen, "
    "Spokesperson for the Secretary-General.\n\n"
)
BODY = (
    " The Secretary-General strongly condemns the attack on the police station in the "
    "capital. He calls on all actors to refrain from violence.\n\n"
    "Our humanitarian colleagues tell us that some 5,000 people have been displaced.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:2]))
        for s in extract(
            text,
            published=datetime.date(2024, 5, 15),
            url="https://press.un.org/en/2024/db240515.doc.htm",
        )
    ]


@pytest.mark.parametrize(
    "announcement",
    [
        "Good afternoon. First, a statement on the violence in the capital.",
        "Good afternoon, all. Starting off with a statement on the violence in the capital.",
        # (a guard: read before this rule too, through the colon)
        "Hello. To begin, a statement on the violence in the capital:",
    ],
)
def test_an_announcement_with_no_subject(announcement: str):
    got = _read(HEAD + announcement + BODY)
    posts = [t for w, t in got if w and "Secretary-General" in w]
    assert "strongly condemns" in posts, got
    assert any(w and "Eriksen" in w for w, _ in got), got


def test_an_update_in_the_briefers_words_stays_his():
    """Near miss: no statement announced; the post's doings told by the briefer are his."""
    got = _read(
        HEAD + "Good afternoon. First, an update on travel. The Secretary-General travelled "
        "to Geneva this morning, where he will attend the conference.\n"
    )
    assert not any(w and "Secretary-General" in w for w, _ in got), got
