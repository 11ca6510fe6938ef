"""Detection on unseen real text (issue 8, eighteenth round): 'X "conveyed the protest of
the government in the strongest terms," according to a readout' - a quotation that opens
with the verb of saying quotes the whole predicate; the subject before the mark speaks.
Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            'In a phone call, Mr. Okafor "conveyed the concern of the Government of Nigeria in '
            'the clearest terms," according to a readout issued by the ministry.',
            "Okafor",
            "conveyed the concern of the Government of Nigeria",
        ),
        (
            'Foreign Minister Grace Okafor "urged both parties to return to the table."',
            "Grace Okafor",
            "urged both parties to return to the table",
        ),
        (
            "Foreign Minister Grace Okafor \u201ccondemned the raid in the strongest terms\u201d "
            "on Monday.",
            "Grace Okafor",
            "condemned the raid in the strongest terms",
        ),
    ],
)
def test_a_quoted_predicate_is_its_subjects_words(sentence: str, speaker: str, start: str) -> None:
    found = extract(f"ABUJA, March 4 (Wire) - {sentence}", published=MONDAY)
    assert [s.speaker for s in found] == [speaker]
    assert found[0].text.startswith(start)


def test_a_title_that_opens_with_a_verb_is_no_predicate() -> None:
    found = extract(
        'ABUJA, March 4 (Wire) - The campaign, called "Say No to War," drew thousands.',
        published=MONDAY,
    )
    assert found == []
