"""A day counted back inside a sentence that has its own day (round 51).

"X on Thursday inspected the frigate damaged in the storm two days earlier": a clause tells
its act once, so a day counted back from the sentence's own time ("a day earlier", "the
previous day", "the day before", "two days earlier") dates some earlier deed the sentence is
about, never a second occasion the speaker is placed at; the sentence's own day is. A
counted-back day that is the sentence's only day ("A day earlier, on Wednesday, X met ...")
still places the speaker.

Fixtures written here in the manner of a South Asian daily, a
European wire, an Iberian broadcaster's English page and a Balkan outlet."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

THURSDAY = datetime.date(2024, 3, 14)


def test_a_day_earlier_is_the_shellings_not_the_ministers() -> None:
    assert_statements(
        "Foreign Minister Amal Rahim on Thursday visited the border town shelled a day "
        "earlier by artillery.\n\n"
        "Speaking to reporters there, the foreign minister said the army had shown restraint.\n",
        THURSDAY,
        [("Amal Rahim", "the army had shown restraint", "2024-03-14")],
    )


def test_previous_day_of_a_deal_after_a_trip_on_thursday() -> None:
    assert_statements(
        "Trade Minister Lena Brandt flew to Geneva on Thursday for talks on the deal struck "
        "the previous day.\n\n"
        "Brandt told reporters the government would publish the full text next week.\n",
        THURSDAY,
        [("Lena Brandt", "the government would publish", "2024-03-14")],
    )


def test_two_days_earlier_is_the_storms_day() -> None:
    assert_statements(
        "Defence Minister Carla Nunes on Thursday inspected the frigate damaged in the storm "
        "two days earlier off the Azores.\n\n"
        "Nunes told sailors the ship would be back at sea by summer.\n",
        THURSDAY,
        [("Carla Nunes", "sailors the ship would be back", "2024-03-14")],
    )


def test_the_day_before_is_the_collapses_day() -> None:
    assert_statements(
        "President Ilir Basha met on Thursday with the families of miners trapped in the "
        "collapse the day before.\n\n"
        "Basha said rescuers were doing everything they could.\n",
        THURSDAY,
        [("Ilir Basha", "rescuers were doing everything", "2024-03-14")],
    )


def test_counted_back_day_first_in_its_sentence_still_places_the_speaker() -> None:
    # (near miss: the counted-back day comes first and the weekday only restates it)
    assert_statements(
        "A day earlier, on Wednesday, Prime Minister Jon Alvik met the party's leaders in "
        "Oslo.\n\n"
        "Speaking at the meeting, Alvik said the coalition would hold.\n",
        THURSDAY,
        [("Jon Alvik", "the coalition would hold", "2024-03-13")],
    )
