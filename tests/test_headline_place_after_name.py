"""A headline's place word after a name belongs to the words after it, not to the name.

"Albanese tells Xi Jinping Australia and China can work together": "Australia" opens what
was told; the story names "Chinese President Xi Jinping" without it, so every "Mr Xi" of the
story is Xi Jinping, not a "Xi Jinping Australia". Articles written here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2023, 11, 6)

ALBANESE = """Albanese tells Xi Jinping Australia and China 'can work together'

Prime Minister Anthony Albanese has told Chinese President Xi Jinping the two countries can
"keep working together" despite their differences.

Mr Xi said China and Australia had "no fundamental conflict of interests", according to a
readout released by state media.
"""

BLINKEN = """Blinken assures Wang Yi Washington and Beijing must manage differences

U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on
Saturday.

Wang said the two sides "should avoid miscalculation", according to a Chinese readout.
"""

ERDOGAN = """Putin thanks Erdogan Turkey and Russia will keep grain talks going

Russian President Vladimir Putin spoke by phone with Turkish President Recep Tayyip Erdogan on
Monday.

Erdogan said he hoped the grain corridor would reopen "as soon as possible", his office said.
"""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [(ALBANESE, "Xi Jinping"), (BLINKEN, "Wang Yi"), (ERDOGAN, "Recep Tayyip Erdogan")],
)
def test_the_person_a_headline_names_before_a_place_word_is_named_without_it(
    text: str, speaker: str
) -> None:
    found = extract(text, published=MONDAY)
    last = found[-1]
    assert last.speaker == speaker, [(s.speaker, s.text[:30]) for s in found]


def test_only_the_place_word_after_the_name_goes_not_a_surname_that_is_a_place() -> None:
    text = """Talks with Michael Jordan Georgia officials called useful

The envoy Michael Jordan said on Monday that the talks had been "useful and frank".
"""
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Michael Jordan"]
