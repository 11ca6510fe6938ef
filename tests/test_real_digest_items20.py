"""Dates on unseen real text (issue 8, twentieth round): a week's digest whose items each
open under a day's dateline ("TUESDAY, JUNE 13", "SEOUL, June 15 (Yonhap) --"): a speaker's
words with no day of their own in a later item are of that item's occasion, not the day his
words carried in an earlier item ("... Aliyev described ..." on Tuesday, then "Closing the
forum, Aliyev said ..." under Thursday); nor do an earlier item's words take a later item's
day as if told again. Words with a day of their own keep it. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)

_WEEK = (
    "Diplomatic week: Baku hosts the Caspian forum\n\n16 June 2023, 18:00 | Politics\n\n"
    "BAKU. AZERTAG - Here are the main diplomatic events of the week.\n\nMONDAY, JUNE 12\n\n"
    "Foreign Minister Jeyhun Bayramov told reporters that the forum would bring together "
    'ministers of five states. "We are ready," he said.\n\nTUESDAY, JUNE 13\n\n'
    "At talks with President Ilham Aliyev, Turkmen leader Serdar Berdimuhamedov said both "
    "countries should widen cooperation on gas.\n\nAliyev described the Caspian as "
    '"a sea of friendship".\n\nTHURSDAY, JUNE 15\n\nClosing the forum, Aliyev said the five '
    'states had agreed on a fishing quota. "This is a result for everyone," the president '
    "said.\n\nBerdimuhamedov announced that Ashgabat would host the next forum.\n\nOn "
    "Wednesday, Aliyev had told the forum's opening session that the sea must stay free of "
    "foreign fleets.\n"
)


def _day_of(text: str, start: str) -> str | None:
    found = [s for s in extract(text, published=FRIDAY) if s.text.startswith(start)]
    assert len(found) == 1
    return found[0].said_on


def test_a_later_items_words_take_its_day_not_the_speakers_earlier_one() -> None:
    assert _day_of(_WEEK, "the Caspian as") == "2023-06-13"
    assert _day_of(_WEEK, "the five states") == "2023-06-15"
    assert _day_of(_WEEK, "This is a result") == "2023-06-15"
    assert _day_of(_WEEK, "Ashgabat would host") == "2023-06-15"


def test_words_with_a_day_of_their_own_keep_it() -> None:
    assert _day_of(_WEEK, "the sea must stay") == "2023-06-14"
    assert _day_of(_WEEK, "both countries should") == "2023-06-13"


def test_an_earlier_items_words_are_not_told_again_in_a_later_one() -> None:
    text = (
        "Yonhap digest: North Korea policy this week\n\nSEOUL, June 16 (Yonhap) -- Unification "
        "Minister Kwon Young-se said the government would keep the door open to dialogue with "
        'Pyongyang. "Our offer stands," Kwon said.\n\nSEOUL, June 15 (Yonhap) -- Kwon said the '
        "government would keep supporting separated families ahead of the holiday.\n"
    )
    assert _day_of(text, "the government would keep the door") == "2023-06-16"
    assert _day_of(text, "the government would keep supporting") == "2023-06-15"
