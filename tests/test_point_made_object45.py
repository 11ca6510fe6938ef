"""A point made with a noun phrase for its words, as readouts and ministry releases report
it: "Minister X highlighted the progress made in ...", "also touched on the importance of
...", "singled out the importance of ...", "discussed the need for ...". Their near misses
name a topic ("touched on the issue", "discussed trade") or have a thing, not one who
speaks, for subject ("the visit highlighted the ties"). Sentences written here in the manner
of Global Affairs Canada, Egyptian, Japanese and White House readouts."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"


def test_minister_highlighted_a_noun_phrase() -> None:
    assert_statements(
        "OTTAWA, March 4, 2024 - Today, Minister Joly met her Mexican counterpart. Minister "
        "Joly highlighted the opportunity for both countries to work together on critical "
        "minerals.\n",
        PUBLISHED,
        [("Joly", "the opportunity for both countries to work together", DAY)],
    )


def test_highlighted_after_an_occasion_and_a_where_clause() -> None:
    assert_statements(
        "CAIRO, March 4, 2024 - During the phone calls on Monday, Foreign Minister Badr "
        "Abdelatty highlighted the progress made in the recent round of talks in Doha.\n",
        PUBLISHED,
        [("Badr Abdelatty", "the progress made in the recent round of talks", DAY)],
    )


def test_highlighted_by_a_thing_says_nothing() -> None:
    # near miss: a visit shows, it says nothing
    assert_statements(
        "CAIRO, March 4, 2024 - The visit on Monday highlighted the close ties between the "
        "two countries.\n",
        PUBLISHED,
        [],
    )


def test_highlighting_after_an_act_says_nothing() -> None:
    # near miss: a participle trailing an act names what the briefing covered
    assert_statements(
        "TEHRAN, March 4, 2024 - Spokesman Nasser Kanani took questions from reporters on "
        "Monday, highlighting Iran's approach to the region.\n",
        PUBLISHED,
        [],
    )


def test_singled_out_the_importance() -> None:
    assert_statements(
        "TOKYO, March 4, 2024 - Foreign Minister Yoko Kamikawa held talks with Wang Yi on "
        "Monday. She also singled out the importance of peace and stability across the "
        "Taiwan Strait.\n",
        PUBLISHED,
        [("Yoko Kamikawa", "the importance of peace and stability across", DAY)],
    )


def test_touched_on_the_importance() -> None:
    assert_statements(
        "BAKU, March 4, 2024 - Presidential aide Hikmet Hajiyev addressed the forum on "
        "Monday. Hajiyev also touched on the importance of tolerance in the region.\n",
        PUBLISHED,
        [("Hikmet Hajiyev", "the importance of tolerance in the region", DAY)],
    )


def test_discussed_the_need_for() -> None:
    assert_statements(
        "WASHINGTON, March 4, 2024 - President Biden spoke with Prime Minister Mohammed "
        "Shia al-Sudani on Monday. The Prime Minister discussed the need for Iraqi leaders to "
        "take steps to settle the budget dispute.\n",
        PUBLISHED,
        [("Mohammed Shia al-Sudani", "the need for Iraqi leaders to take steps", DAY)],
    )


def test_touched_on_a_topic_says_nothing() -> None:
    # near miss: a topic named, no point made
    assert_statements(
        "BAKU, March 4, 2024 - Presidential aide Hikmet Hajiyev also touched on the issue of "
        "mine clearance on Monday.\n",
        PUBLISHED,
        [],
    )


def test_a_summit_that_touched_on_the_need_says_nothing() -> None:
    # near miss: the subject is a meeting, not one who speaks
    assert_statements(
        "BAKU, March 4, 2024 - The summit on Monday also touched on the need for closer "
        "trade links.\n",
        PUBLISHED,
        [],
    )


def test_drew_attention_to_a_noun_phrase() -> None:
    assert_statements(
        "ISLAMABAD, March 4, 2024 - At the meeting on Monday, Foreign Minister Ishaq Dar drew "
        "attention to a number of challenges, including the situation in Afghanistan.\n",
        PUBLISHED,
        [("Ishaq Dar", "a number of challenges, including the situation", DAY)],
    )


def test_a_thing_drew_attention_says_nothing() -> None:
    # near miss: an incident draws attention, it says nothing
    assert_statements(
        "ISLAMABAD, March 4, 2024 - The incident on Monday drew attention to the plight of "
        "refugees along the border.\n",
        PUBLISHED,
        [],
    )
