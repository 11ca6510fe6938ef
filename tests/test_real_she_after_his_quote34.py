""" "She added" after a man of unknown gender was quoted went to him, though the sentence
before his quote was led by a woman the story named (round 34, second wave): his one
attribution, read at his title and at his name, counted as two subjects, and the woman
before them fell out of reach. Each test in new words written here, in the style of wire
copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

FRIDAY = datetime.date(2025, 5, 9)


def test_she_is_the_woman_who_led_the_sentence_before_the_quote() -> None:
    assert_statements(
        "Brussels and Tokyo sign security pact\n\n"
        "TOKYO (Kyodo) - EU foreign policy chief Kaja Kallas met Japanese Foreign Minister "
        "Takeshi Iwaya in Tokyo on Friday.\n\n"
        '"Our seas are safer when we work together," Iwaya said after the signing.\n\n'
        "She added that the bloc would send a naval liaison officer to Yokosuka.\n",
        FRIDAY,
        [
            ("Takeshi Iwaya", "Our seas are safer when we work together", "2025-05-09"),
            ("Kaja Kallas", "the bloc would send a naval liaison officer", "2025-05-09"),
        ],
    )


def test_she_after_a_man_whose_given_name_tells_it_near_miss() -> None:
    # near miss, the same on the starting code: "Andrzej" tells he is a man
    assert_statements(
        "Rome and Warsaw talk defence\n\n"
        "WARSAW (AFP) - Italian Prime Minister Giorgia Meloni met Polish President Andrzej "
        "Duda in Warsaw on Friday.\n\n"
        '"The eastern flank is Europe\'s flank," Duda said at a joint news conference.\n\n'
        "She added that Italy would send more jets to the Baltic air policing mission.\n",
        FRIDAY,
        [
            ("Andrzej Duda", "The eastern flank is Europe's flank", "2025-05-09"),
            ("Giorgia Meloni", "Italy would send more jets", "2025-05-09"),
        ],
    )


def test_she_after_a_man_quoted_at_his_post_and_name() -> None:
    assert_statements(
        "Canberra and Muscat talk shipping\n\n"
        "CANBERRA (AAP) - Foreign Minister Penny Wong hosted Omani Foreign Minister Badr "
        "Albusaidi in Canberra on Friday.\n\n"
        '"Free passage through Hormuz matters to every trading nation," Albusaidi said.\n\n'
        "She added that Australia would post a defence attache in Muscat.\n",
        FRIDAY,
        [
            ("Badr Albusaidi", "Free passage through Hormuz matters", "2025-05-09"),
            ("Penny Wong", "Australia would post a defence attache", "2025-05-09"),
        ],
    )


def test_he_after_his_quote_stays_his_near_miss() -> None:
    # near miss, the same on the starting code: "he" is the man just quoted
    assert_statements(
        "Brussels and Tokyo sign security pact\n\n"
        "TOKYO (Kyodo) - EU foreign policy chief Kaja Kallas met Japanese Foreign Minister "
        "Takeshi Iwaya in Tokyo on Friday.\n\n"
        '"Our seas are safer when we work together," Iwaya said after the signing.\n\n'
        "He added that Japan would join EU naval exercises next year.\n",
        FRIDAY,
        [
            ("Takeshi Iwaya", "Our seas are safer when we work together", "2025-05-09"),
            ("Takeshi Iwaya", "Japan would join EU naval exercises", "2025-05-09"),
        ],
    )
