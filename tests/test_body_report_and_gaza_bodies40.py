"""A body's figures "reported" in next-day copy after a scene of the news day (a UN
debate, reporters at the headquarters) were put out in a report of its own, at no scene of
the story: they keep the page's day, as words "in a statement" do (Antara's New York copy);
"said" keeps the scene's day. And "Gaza's Health Ministry", like "the Gaza Health
Ministry" and "the health ministry in Gaza", is the body run from Gaza, named so, not the
Palestinian state's ("Palestine's Foreign Ministry" is). Stories written here in that
manner."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 9, 27)

SCENE = (
    "New York (ANTARA) - Indonesian Foreign Minister Sugiono on Friday renewed Jakarta's call "
    "for a ceasefire in Gaza.\n\n"
    "Speaking to reporters at UN Headquarters, Sugiono said Indonesia would keep pressing the "
    "Security Council to act.\n\n"
    'Netanyahu, addressing the General Debate earlier in the day, said Israel would "finish '
    'the job" against Hamas.\n\n'
)
REPORTED = SCENE + (
    "Contrary to his account, Gaza's Health Ministry reported that more than 400 people have "
    "died of malnutrition since March.\n"
)
# near miss: "said" goes on at the news day's scene
SAID = SCENE + (
    "Contrary to his account, Gaza's Health Ministry said that more than 400 people have died "
    "of malnutrition since March.\n"
)
IN_GAZA = SCENE + (
    "The health ministry in Gaza said that more than 400 people have died of malnutrition "
    "since March.\n"
)
# near miss: the state's own body keeps the state's adjective
STATES_BODY = (
    "Palestine's Foreign Ministry on Friday welcomed the recognition of the State of Palestine "
    "by more countries.\n"
)
HEAD = [
    ("Sugiono", "renewed Jakarta's call", "2025-09-26"),
    ("Sugiono", "Indonesia would keep pressing", "2025-09-26"),
    ("Netanyahu", 'Israel would "finish', "2025-09-26"),
]


def test_body_reported_figures() -> None:
    assert_statements(
        REPORTED,
        PUBLISHED,
        HEAD + [("Gaza Health Ministry", "more than 400 people", "2025-09-27")],
    )


def test_body_said_at_the_scene() -> None:
    assert_statements(
        SAID,
        PUBLISHED,
        HEAD + [("Gaza Health Ministry", "more than 400 people", "2025-09-26")],
    )


def test_health_ministry_in_gaza() -> None:
    assert_statements(
        IN_GAZA,
        PUBLISHED,
        HEAD + [("Gaza Health Ministry", "more than 400 people", "2025-09-26")],
    )


def test_states_own_body() -> None:
    assert_statements(
        STATES_BODY,
        PUBLISHED,
        [("Palestinian Foreign Ministry", "welcomed the recognition", "2025-09-26")],
    )
