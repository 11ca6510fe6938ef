"""Which occasion's day passes to words with no time word of their own: a meeting told on
a day dates neither a person named only in a "who" clause of its sentence nor the words
told after another speaker's undated ones (the story has left the meeting); a further
meeting told "also met" on no day is another occasion, neither the lead's nor the news
day's; after words of a month told since a dated speech, words with no time word may be of
either telling, and only the month holding both is fixed. Sentences written here in the
manner of wire and agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, tuple[str, str]]:
    """The day and its evidence of each statement of ``text``, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): (s.said_on or "", s.date_evidence or "")
        for s in extract(text, published=published)
    }


MET_MONDAY = (
    "Economist Laura Benitez, who has been named by President-elect Tomas Arrieta as the "
    "next foreign minister of Paraguay, met in Asuncion Monday with Bolivian Ambassador "
    "Rafael Quiroga to discuss trade across the border.\n\n"
    "Arrieta acknowledged he had spoken by telephone with the Bolivian president, who "
    "invited him to La Paz. Benitez explained that the visit would have to wait until "
    "next year.\n\n"
    "Benitez also said she hoped to meet her Bolivian counterpart soon.\n"
)


def test_a_meeting_s_day_leaves_a_person_named_in_a_who_clause() -> None:
    days = _days(MET_MONDAY, datetime.date(2023, 11, 21))  # a Tuesday
    said_on, evidence = days["he had spoken"]
    assert (said_on, evidence) == ("2023-11-21", "")  # the page's day, not the meeting's


def test_a_meeting_s_day_stops_after_another_speaker_s_undated_words() -> None:
    days = _days(MET_MONDAY, datetime.date(2023, 11, 21))
    assert days["the visit would"] == ("2023-11-21", "")
    assert days["she hoped to"] == ("2023-11-21", "")


def test_words_right_after_the_meeting_keep_its_day() -> None:
    text = (
        "Prime Minister Kenji Arai met in Tokyo Monday with Philippine Foreign Secretary "
        "Ana Reyes. Arai said the two countries would deepen maritime cooperation.\n"
    )
    days = _days(text, datetime.date(2023, 11, 21))
    assert days["the two countries"][0] == "2023-11-20"


ALSO_MET = (
    "GENEVA, March 8, 2024 (NNA) - Foreign Minister Karim Haddad stressed Thursday the "
    "need for the world to support the reconstruction of the south.\n\n"
    "Haddad made his remarks in his speech at the high-level segment of the Human Rights "
    "Council in Geneva.\n\n"
    "Haddad also met with the foreign ministers of the Arab Group. During his meeting, he "
    "urged the Arab states to fund the rebuilding of schools in the border villages.\n"
)


def test_a_further_meeting_told_on_no_day_is_no_one_s_day() -> None:
    days = _days(ALSO_MET, datetime.date(2024, 3, 8))
    assert days["the need for"][0] == "2024-03-07"
    said_on, evidence = days["urged the Arab"]
    assert (said_on, evidence) == ("2024-03-08", "")


TWO_SPEECHES = (
    "AMMAN - 20 March 2019: Jordan's Foreign Minister Omar Khalil said that Jordan's ties "
    "with its neighbours rest on mutual respect.\n\n"
    "In a speech before the Senate on Monday, Khalil stressed that Jordan takes no side in "
    "the disputes of others.\n\n"
    "Earlier in March, Khalil affirmed that Jordan would keep hosting refugees. He added "
    "during his speech at the 40th session of the Arab Parliamentary Union, held in Cairo, "
    "that donor countries must keep their pledges.\n\n"
    "Khalil also stressed the need for a political solution in Yemen.\n"
)


def test_words_after_a_month_told_since_a_dated_speech_take_the_month() -> None:
    days = _days(TWO_SPEECHES, datetime.date(2019, 3, 20))  # a Wednesday
    assert days["Jordan takes no"][0] == "2019-03-18"
    assert days["during his speech"][0] == "2019-03"
    assert days["the need for"][0] == "2019-03"


MET_IN_BEIJING = (
    "BEIJING, June 20 (Reuters) - U.S. Secretary of State Claire Dubois met Chinese "
    "Premier Li Wei in Beijing on Monday.\n\n"
)


def test_also_met_after_a_dated_meeting_is_that_day_s_round() -> None:
    # near miss: the lead dated a meeting, not a speech; "also met" is more of that day
    text = (
        f"{MET_IN_BEIJING}Dubois also met with Vice Premier Zhao Lin. Dubois told reporters "
        "the talks had been frank and useful.\n"
    )
    days = _days(text, datetime.date(2023, 6, 20))
    assert days["the talks had"][0] == "2023-06-19"


def test_a_spokesman_not_named_at_the_meeting_leaves_it_open() -> None:
    # near miss: the speaker between was not at the meeting (not named in its sentence)
    text = (
        f"{MET_IN_BEIJING}Chinese foreign ministry spokeswoman Hua Ning said the two sides "
        "had agreed to keep talking. Dubois said the talks had been frank and useful.\n"
    )
    days = _days(text, datetime.date(2023, 6, 20))
    assert days["the talks had"][0] == "2023-06-19"


def test_members_named_in_a_who_clause_were_at_the_meeting() -> None:
    # near miss: "who include X and Y" names the group's members, who met
    text = (
        "CAPRI, Italy, April 20 (AP) - Foreign ministers of the Group of Seven, who include "
        "Claire Dubois and Hanna Weber, met on the island of Capri on Thursday.\n\n"
        "Dubois said the group was united in its support for Ukraine.\n"
    )
    days = _days(text, datetime.date(2024, 4, 20))
    assert days["the group was"][0] == "2024-04-18"
