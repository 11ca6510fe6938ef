"""Detection on unseen real text (issue 8, eighteenth round): "the ministers said ... that
they would ..., while the Italian minister said Rome ...": a clause joined by "while", "and"
or "but" whose subject is a definite description with a name in it ("the Italian minister",
"the EU's top diplomat") has a speaker of its own; the first words end before it. Each test
in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize("joint", ["while", "but"])
def test_a_described_speaker_opens_a_clause_of_its_own(joint: str) -> None:
    found = extract(
        "VALLETTA, March 4 (Wire) - Foreign Minister Karl Borg chaired the talks. The ministers "
        "said in a joint statement that they would fund more patrol boats, "
        f"{joint} the Maltese minister said Valletta was weighing what more it could do.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in found if s.speaker == "Karl Borg"] == [
        ("Karl Borg", "Valletta was weighing what more it could do")
    ]


def test_a_description_inside_the_words_stays_in_them() -> None:
    found = extract(
        "VALLETTA, March 4 (Wire) - Foreign Minister Karl Borg said the talks had gone well, "
        "while the Maltese economy was slowing.",
        published=MONDAY,
    )
    assert [s.text for s in found] == [
        "the talks had gone well, while the Maltese economy was slowing"
    ]
