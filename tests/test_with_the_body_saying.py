""" "..., with the ministry saying ...": a participle's own subject after "with" speaks,
a body or a description as well as a name.

"Moscow had previously denied responsibility, with the foreign ministry saying Western
sanctions were to blame" had given nothing (read set w29a): the subject after "with" had to
hold a capital. Articles written here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2023, 7, 20)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MOSCOW, July 20 (Reuters) -\n\nMoscow had previously denied responsibility for "
            "the blockade, with the foreign ministry saying Western sanctions were to blame.",
            "Russian Foreign Ministry",
        ),
        (
            "MOSCOW, July 20 (Reuters) -\n\nRussia's Foreign Ministry said on Tuesday the "
            "grain deal was over. Moscow had long denied responsibility, with the ministry "
            "saying Western sanctions were to blame.",
            "Russian Foreign Ministry",
        ),
        (
            "BEIJING, July 20 (Reuters) -\n\nChina's Foreign Minister Wang Yi met his Indian "
            "counterpart on Wednesday. Beijing welcomed the talks, with the minister saying "
            "both sides should keep the border calm.",
            "Wang Yi",
        ),
    ],
)
def test_the_body_or_description_after_with_speaks_the_words_after_its_participle(
    text: str, speaker: str
) -> None:
    found = extract(text, published=THURSDAY)
    last = found[-1]
    assert (last.speaker, last.text.split()[0]) in {(speaker, "Western"), (speaker, "both")}


def test_with_the_help_of_names_no_speaker() -> None:
    text = (
        "MOSCOW, July 20 (Reuters) -\n\nThe ships left port on Tuesday, with the help of "
        "tugboats pulling them out of the harbour."
    )
    assert extract(text, published=THURSDAY) == []
