"""Speakers written as outlets of each region write them: long formal styles, Arabic particles,
rulers named by their style alone (issue 8, eleventh round). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 4)


def test_a_ruler_named_by_his_style_and_the_amir_is_the_ruler_named_before() -> None:
    # Gulf agencies write "His Highness the Amir" as others write "the Emir": the same title,
    # the ruler the story named with it
    text = (
        "KUWAIT, March 4 (Agency) - His Highness the Amir Sheikh Fahad bin Nasser Al-Sabah "
        "opened the new port on Monday.\n\n"
        "In a speech at the ceremony, His Highness the Amir said that the port would serve "
        "the whole Gulf."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Fahad bin Nasser Al-Sabah"]
    assert found[0].text == "the port would serve the whole Gulf"


def test_a_long_formal_title_before_a_name_with_a_small_al_particle() -> None:
    # "the Official Spokesperson of the Ministry of Foreign Affairs Dr Yousef bin Ali
    # al-Mahmoud": a long title in capitals, the name ending in a lower-case "al-" surname
    text = (
        "MANAMA, March 4 (Agency) - Speaking at a news conference, the Official Spokesperson "
        "of the Ministry of Foreign Affairs Dr Yousef bin Ali al-Mahmoud said the envoys "
        "would meet again in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Yousef bin Ali al-Mahmoud"]
