"""A document as the subject, set off by an aside before its verb ("The ministry's
statement, issued through state media, said ...") speaks for whoever issued it, as it does
with no aside (issue 8, round twenty). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 3, 8)


def _found(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUB)]


def _has(text: str, speaker: str, start: str, day: str) -> bool:
    return any(s == speaker and t.startswith(start) and d == day for s, t, d in _found(text))


def test_a_documents_aside_keeps_its_issuer_as_speaker() -> None:
    for subject, day in (
        ("The ministry's statement, carried by the official news agency,", "2024-03-08"),
        ("Its statement, the first since the envoy took up his post on March 1,", "2024-03-08"),
        ("The statement, released late on Thursday,", "2024-03-07"),
        ("The ministry's readout, posted hours after the call,", "2024-03-08"),
    ):
        text = (
            "Ministry rejects envoy's claims\n\n"
            "HANOI, March 8 (Wire) - Vietnam's foreign ministry on Friday rejected claims made "
            "by a visiting envoy.\n\n"
            f"{subject} said the envoy's remarks did not reflect the facts at sea.\n"
        )
        assert _has(text, "Vietnamese Foreign Ministry", "the envoy's remarks did not", day), (
            subject
        )


def test_a_meetings_communique_with_an_aside_is_not_the_last_named_persons() -> None:
    text = (
        "Summit ends in Tashkent\n\n"
        "TASHKENT, March 8 (Wire) - President Sadyr Japarov said on Friday the region needed "
        "more water.\n\n"
        "The final communique, read out on Friday evening, rejected unilateral sanctions and "
        "called for new rail links.\n"
    )
    assert not any(t.startswith("unilateral sanctions") for _, t, _ in _found(text))


def test_a_statement_the_speaker_spoke_in_leaves_the_verb_his() -> None:
    text = (
        "Envoy hails accord\n\n"
        "ADDIS ABABA, March 8 (Wire) - AU envoy Kwame Boateng, in a statement, congratulated "
        "the two delegations on a brave step and pledged the union's support.\n"
    )
    assert any(s == "Kwame Boateng" and "two delegations" in t for s, t, _ in _found(text))
