"""Detection on unseen real text (issue 8, eighteenth round): a reporter who quotes only the
adverb of a verb of saying ('X "strongly" condemned ...') still reports X's words; the
quoted adverb is part of the predicate, not a quotation that ends the subject. Each test in
new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            'GENEVA, March 4 (Wire) - Foreign Minister Ana Lopez "categorically" denied that '
            "her government had armed the rebels.",
            "Ana Lopez",
            "her government had armed the rebels",
        ),
        (
            "MOSCOW, March 4 (Wire) - Deputy Foreign Minister Oleg Sorin on Monday "
            "\u201cstrongly\u201d condemned the missile test over the Sea of Japan.",
            "Oleg Sorin",
            "\u201cstrongly\u201d condemned the missile test",
        ),
        (
            'LONDON, March 4 (Wire) - Prime Minister Clara Hale "warmly" welcomed the truce in '
            "a statement issued by her office, saying it must now hold.",
            "Clara Hale",
            '"warmly" welcomed the truce',
        ),
        (
            'OSLO, March 4 (Wire) - Foreign Minister Per Lund "firmly" said that Norway would '
            "not recognise the vote.",
            "Per Lund",
            "Norway would not recognise the vote",
        ),
    ],
)
def test_a_quoted_adverb_between_speaker_and_verb(text: str, speaker: str, start: str) -> None:
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == [speaker]
    assert found[0].text.startswith(start)


def test_quoted_adverbs_elsewhere_keep_their_reading() -> None:
    # a quoted adverb inside what was said, or in a sentence with no speaker of its own
    said = extract(
        'LONDON, March 4 (Wire) - Foreign Secretary Tom Reyes said the talks had gone "reasonably" '
        "well.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in said] == [
        ("Tom Reyes", 'the talks had gone "reasonably" well')
    ]
    none = extract(
        'LONDON, March 4 (Wire) - The count went "smoothly" in most districts on Monday.',
        published=MONDAY,
    )
    assert none == []
