"""Failure classes of a third fresh blind set of Asian and Middle Eastern copy (issue 8):
Chinese, Korean, Japanese, South Asian, Indonesian, Gulf, Turkish, Iranian, Israeli and
Palestinian outlets and ministry readouts. Each test is written here in new words, in the
style of such copy."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 9, 16)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_caption_credit_label_is_not_part_of_the_name_it_follows() -> None:
    # Chinese papers caption a portrait "spokesperson X Y Photo: VCG": the label is no name
    text = (
        "Foreign Ministry spokesperson Zhao Lirong Photo: VCG\n\n"
        "Zhao Lirong said on Tuesday that Beijing would send a delegation to the talks.\n"
        '"We are ready to listen," Zhao said.\n'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Zhao Lirong", "Zhao Lirong"]


def test_a_second_said_joined_by_and_opens_words_of_its_own() -> None:
    # "condemned X and said Y": a condemnation and a claim, two things said
    text = (
        "TEHRAN - The ministry spokesman Karim Nouri on Tuesday denounced the raids on the "
        "fishing villages and said the region's states had a duty to stop them.\n"
    )
    found = run(text)
    assert [s.text for s in found] == [
        "denounced the raids on the fishing villages",
        "the region's states had a duty to stop them",
    ]
