"""A post in capitals held "at" a body, set off after a name, is the name's post.

"Mohammed Al-Khulaifi, Qatar's Minister of State at the Foreign Ministry, told reporters"
ends on "Ministry", and read as a whole the appositive looked like a body; the words were
given to a "Qatari Minister Of State At The Foreign Ministry". The post is a description
whose institution is the body after "at"; the one who speaks is the name before it.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "Mohammed Al-Khulaifi, Qatar's Minister of State at the Foreign Ministry,",
            "Mohammed Al-Khulaifi",
        ),
        ("Jonathan Powell, Senior Adviser at the Cabinet Office,", "Jonathan Powell"),
        ("Lana Nusseibeh, Assistant Minister at the UAE Foreign Ministry,", "Lana Nusseibeh"),
    ],
)
def test_name_then_post_held_at_a_body(subject: str, speaker: str) -> None:
    text = (
        "Talks at a critical stage\n\n"
        f"DOHA, Jan 8 (Reuters) - {subject} told reporters on Wednesday that the "
        "negotiations had reached a critical stage.\n"
    )
    (said,) = extract(text, published=datetime.date(2025, 1, 8))
    assert said.speaker == speaker
    assert said.text == "the negotiations had reached a critical stage"


def test_the_post_reads_as_a_description_of_the_body_it_is_held_at() -> None:
    post = parse_speaker("Qatar's Minister of State at the Foreign Ministry")
    assert post is not None and post.kind == "description"
    assert post.institution == "Foreign Ministry"


@pytest.mark.parametrize("body", ["Qatar's Foreign Ministry", "the Russian Foreign Ministry"])
def test_a_body_without_a_post_stays_a_body(body: str) -> None:
    found = parse_speaker(body)
    assert found is not None and found.kind == "institution"
