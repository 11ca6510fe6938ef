"""Review rv43g, the round's last read: "implied" is no cue of saying (a treaty, a
constitution or "Brexit" reads as a name, so no test of its subject holds); an unnamed
source naming the post of a person who has spoken ("A Kremlin aide said ... Ushakov made the
comments", Ushakov a Kremlin aide) is that person, while a source of another post ("A
Foreign Ministry official said ... Motegi made the comments") stays unnamed. Sentences
written here in the manner of wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 2, 14)  # a Tuesday
DAY = "2023-02-14"


def test_a_document_or_an_event_implies_nothing_said() -> None:
    assert_statements(
        "WASHINGTON, Feb 14 (Reuters) - Officials met on Tuesday. The U.S. Constitution "
        "implies that only Congress can declare war. The JCPOA implied that sanctions would "
        "be lifted once Iran complied. Brexit implied that Britain would leave the customs "
        "union.\n",
        PUBLISHED,
        [],
    )


def test_an_aide_of_the_named_post_is_the_named_aide() -> None:
    assert_statements(
        "MOSCOW, Feb 14 (Reuters) - Kremlin foreign policy aide Yuri Ushakov said on Tuesday "
        "that no date had been set for a summit.\n\n"
        "A Kremlin aide said the two leaders might speak by phone later this month.\n\n"
        "Ushakov made the comments to reporters in Moscow.\n",
        PUBLISHED,
        [
            ("Yuri Ushakov", "no date had been set for a summit", DAY),
            ("Yuri Ushakov", "the two leaders might speak by phone", DAY),
        ],
    )


def test_an_official_of_another_post_stays_unnamed() -> None:
    # near miss: the minister spoke; "an official" is no minister, his words no one's named
    assert_statements(
        "TOKYO, Feb 14 (Kyodo) - Foreign Minister Yoshimasa Hayashi said on Tuesday that Japan "
        "would lodge a protest.\n\n"
        "A Foreign Ministry official said the ambassador had been summoned.\n\n"
        "Hayashi made the comments at a regular news conference.\n",
        PUBLISHED,
        [("Yoshimasa Hayashi", "Japan would lodge a protest", DAY)],
    )
