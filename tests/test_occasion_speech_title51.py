"""A title naming one person's words by the occasion before their kind (round 51):
"Ambassador X's Independence Day Remarks", "Minister X's New Year Message": the first-person
paragraphs below are that person's speech, as under "X's Remarks at the Reception". A
story under such a title that reports the speech in the third person is no speech.

Fixtures written here in the manner of an embassy's page of remarks, a ministry's page of
messages and a newspaper's story."""

from __future__ import annotations

import datetime

FRIDAY = datetime.date(2024, 7, 5)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    from tracker.extract import extract

    return [(s.speaker, s.text) for s in extract(text, published=FRIDAY)]


def _first_person_page(title: str) -> str:
    return (
        f"{title}\n\n"
        "Good evening, ladies and gentlemen, and welcome to our residence.\n\n"
        "Tonight I want to speak about the partnership between our two peoples. Over the "
        "past year we have opened new routes for trade and for students, and I am proud "
        "of what our teams have built together.\n\n"
        "I look forward to the years ahead and to the work we will do side by side.\n"
    )


def test_ambassadors_independence_day_remarks_are_hers() -> None:
    got = _speakers(_first_person_page("Ambassador Helen Carter\u2019s Independence Day Remarks"))
    assert got and all(who == "Helen Carter" for who, _ in got), got
    assert any("partnership between our two peoples" in words for _, words in got), got


def test_ministers_new_year_message_is_his() -> None:
    got = _speakers(_first_person_page("Foreign Minister Jonas Berg's New Year Message"))
    assert got and all(who == "Jonas Berg" for who, _ in got), got


def test_envoys_national_day_speech_is_his() -> None:
    got = _speakers(_first_person_page("Ambassador Kenji Sato's 70th National Day Speech"))
    assert got and all(who == "Kenji Sato" for who, _ in got), got


def test_near_miss_a_story_about_the_speech_is_no_speech() -> None:
    got = _speakers(
        "President Ilya Morozov's Victory Day Speech\n\n"
        "President Ilya Morozov on Thursday told a parade in the capital that the country "
        "would never forget its war dead.\n\n"
        "Morozov said the army was stronger than ever.\n"
    )
    assert ("Ilya Morozov", "the country would never forget its war dead") in got, got
    assert all(not words.startswith("President Ilya Morozov on Thursday") for _, words in got)
