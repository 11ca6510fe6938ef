"""'is following with deep concern the tensions ...': the communique idiom (AU, UN, Gulf
and Arab ministries) of a reaction voiced, as 'expressed deep concern over'; the verb is
part of the words. Not 'was followed with a reception' (issue 8, round twenty). Each test
in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 2, 2)


def _found(body: str) -> list[tuple[str | None, str]]:
    text = "Statement on the border\n\nADDIS ABABA, 2 February 2024 - " + body + "\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_a_body_following_with_concern_voices_a_reaction() -> None:
    for verb in (
        "is following with grave concern",
        "has been following with growing alarm",
        "follows with deep concern",
    ):
        found = _found(
            f"The Chairperson of the Commission, Amina Diallo, {verb} the clashes along the "
            "border between the two neighbours."
        )
        assert any(s == "Amina Diallo" and t.startswith(verb) for s, t in found), verb


def test_a_thing_followed_by_another_tells_no_reaction() -> None:
    for body in (
        "The signing ceremony was followed with a lunch for the delegations.",
        "Talks in the capital are following with a second round in March.",
    ):
        assert _found(body) == [], body
