"""Round 43 (set ve: Middle Eastern, African and Latin American English-language media), in
sentences written here in the manner of those outlets.

1. "..., X said ..., repeating previous statements by Y that ...": "previous" dates the
   statements the present words repeat, not the present words (the owner-less plural, as
   "Reiterating his previous statements" already was).
2. "X, who on Wednesday in Montevideo said that ...": a day or a place set between the
   relative pronoun and its verb of saying; the name before "who" speaks, on that day (also
   past an aside of how the words were given: "interviewed by the agency Telam").
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

THURSDAY = datetime.date(2018, 9, 27)
FRIDAY = datetime.date(2014, 3, 14)


# 1 ---------------------------------------------------------------------------------------------
def test_repeating_previous_statements_by_others_keeps_the_day() -> None:
    assert_statements(
        "RIYADH: Saudi Arabia's Foreign Minister Adel Al-Jubeir on Thursday said the kingdom "
        "would not accept militias on its borders.\n\n"
        "\u201cThe region has had enough of interference,\u201d Al-Jubeir said at a think-tank "
        "forum in New York, repeating previous statements by the kingdom and its allies that "
        "Tehran backs armed groups.\n",
        THURSDAY,
        [
            ("Adel Al-Jubeir", "the kingdom would not accept", "2018-09-27"),
            ("Adel Al-Jubeir", "The region has had enough", "2018-09-27"),
        ],
    )


def test_echoing_earlier_remarks_keeps_the_day() -> None:
    got = [
        s.said_on
        for s in extract(
            "CAIRO: Egypt's Foreign Minister Sameh Shoukry on Thursday met his Jordanian "
            "counterpart.\n\n"
            "\u201cThere is no alternative to a political settlement,\u201d Shoukry said after the "
            "talks, echoing earlier remarks by Arab League officials.\n",
            published=THURSDAY,
        )
    ]
    assert got == ["2018-09-27"], got


def test_in_a_previous_statement_is_still_before_the_day() -> None:
    # near miss: no restating verb; the words are those of the earlier statement
    got = [
        s.said_on
        for s in extract(
            "The Saudi foreign minister said in a previous statement that the kingdom would "
            "not accept militias on its borders.\n",
            published=THURSDAY,
        )
    ]
    assert got == ["../2018-09-27"], got


def test_a_previous_interview_is_still_earlier() -> None:
    # near miss: no verb of restating; a fronted "In a previous interview" tells words given
    # before (moved from test_restated_words43, whose first test was this file's first)
    assert_statements(
        "JEDDAH: Bahrain's Foreign Minister Abdullatif Al-Zayani on Thursday said the Gulf "
        "states would not accept threats to shipping in the Strait of Hormuz.\n\n"
        "In a previous interview, Al-Zayani said the talks with Tehran had made no progress.\n",
        datetime.date(2024, 5, 23),
        [
            ("Abdullatif Al-Zayani", "the Gulf states would not", "2024-05-23"),
            ("Abdullatif Al-Zayani", "the talks with Tehran", "../2024-05-23"),
        ],
    )


def test_reiterated_earlier_that_is_still_before_the_day() -> None:
    # near miss: "earlier" with no noun of words after it times the restating itself
    got = [
        s.said_on
        for s in extract(
            "The Saudi foreign minister reiterated earlier that the kingdom would not accept "
            "militias on its borders.\n",
            published=THURSDAY,
        )
    ]
    assert got == ["../2018-09-27"], got


# 2 ---------------------------------------------------------------------------------------------
def test_who_on_a_day_in_a_place_said() -> None:
    assert_statements(
        "Argentine Foreign Minister Hector Timerman said London was avoiding him.\n"
        "He was replying to British Foreign Office minister Hugo Swire, who on Wednesday in "
        "Montevideo said that he would rather negotiate with the opposition.\n",
        FRIDAY,
        [
            ("Hector Timerman", "London was avoiding him", "2014-03-14"),
            ("Hugo Swire", "he would rather negotiate", "2014-03-12"),
        ],
    )


def test_who_in_a_place_interviewed_by_an_agency_said() -> None:
    assert_statements(
        "Argentine Foreign Minister Hector Timerman said London was avoiding him.\n"
        "He was replying to British Foreign Office minister Hugo Swire, who on Wednesday in "
        "Montevideo, interviewed by the Argentine news agency Telam said that he would rather "
        "negotiate with the opposition.\n",
        FRIDAY,
        [
            ("Hector Timerman", "London was avoiding him", "2014-03-14"),
            ("Hugo Swire", "he would rather negotiate", "2014-03-12"),
        ],
    )


def test_who_in_a_place_met_someone_is_no_saying() -> None:
    # near miss: the relative clause has a verb of its own before the main verb of saying
    got = [
        (s.speaker, s.text[:20])
        for s in extract(
            "Hugo Swire, who in Montevideo met Uruguayan officials, said on Wednesday that he "
            "would rather negotiate with the opposition.\n",
            published=FRIDAY,
        )
    ]
    assert got == [("Hugo Swire", "he would rather nego")], got
