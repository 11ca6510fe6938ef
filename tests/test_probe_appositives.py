"""Names in a speaker's appositive (issue 8, construction probes of the ninth round): the post
a speaker holds for someone ends with that someone's name, who is not the speaker. Each test
in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2025, 4, 14)


def test_an_adviser_to_a_named_ruler_is_the_speaker_not_the_ruler() -> None:
    text = (
        "Hamad Al Kaabi, senior adviser to the Bahraini King Hamad bin Isa Al Khalifa, said "
        "on Monday that the talks had to resume before the summer."
    )
    [found] = extract(text, published=MONDAY)
    assert found.speaker == "Hamad Al Kaabi"


def test_a_chief_of_staff_of_a_named_president_is_the_speaker() -> None:
    text = (
        "Andriy Yermak, head of the office of President Volodymyr Zelensky, told reporters "
        "that a prisoner exchange was close."
    )
    [found] = extract(text, published=MONDAY)
    assert found.speaker == "Andriy Yermak"


def test_a_title_then_a_name_in_apposition_is_still_that_name() -> None:
    # "The Czech president, Petr Pavel, said": the appositive is the speaker's own name
    text = "The Czech president, Petr Pavel, said the alliance had to spend more on defence."
    [found] = extract(text, published=MONDAY)
    assert found.speaker == "Petr Pavel"
