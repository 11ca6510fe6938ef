"""Dates on unseen real text (issue 8, twentieth round): words given at an event's doors
("on his way into the meeting", "heading into the talks", "On her way into the summit",
"leaving the meeting") are of the day the story gave that event, as "arriving at the
meeting" is, even told in the pluperfect; a council's sitting is a meeting ("The first
council chaired by ... on June 12" over "on his way into the meeting"). Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ministers fail to agree\n\nThe first council chaired by the new foreign policy "
            "chief, in Brussels on June 12, approved an aid package. But on sanctions it fell "
            "short.\n\nThe proposal was blocked by Hungary. Foreign Minister Peter Kovacs had "
            'said on his way into the meeting that Budapest would "veto any such step".\n',
            "2023-06-12",
        ),
        (
            "Gulf leaders meet\n\nThe summit of Gulf leaders opened in Riyadh on Wednesday.\n\n"
            "On her way into the summit, Foreign Minister Lina Saeed said the bloc had "
            '"a duty to act".\n',
            "2023-06-14",
        ),
        (
            "Talks resume\n\nNegotiators met in Geneva on Tuesday for a new round.\n\nHeading "
            "into the talks, envoy Marc Olsen told reporters that a deal was within reach.\n",
            "2023-06-13",
        ),
        # near-miss: no day told for the meeting; the words keep the article's day
        (
            "Talks resume\n\nNegotiators are back in Geneva.\n\nHeading into the talks, envoy "
            "Marc Olsen told reporters that a deal was within reach.\n",
            "2023-06-16",
        ),
    ],
)
def test_words_at_an_events_doors_take_its_day(text: str, day: str) -> None:
    assert [s.said_on for s in extract(text, published=FRIDAY)] == [day]


_RU_HEAD = (
    "ТАСС  Политика  17 июн 2023, 11:20\n\n«Шаг вперед»: как отреагировали на встречу\n\n"
    "Переговоры министров иностранных дел в Женеве в четверг продолжались почти четыре часа. "
    "Мы собрали главные реакции.\n\nУчастники\n\nГлава МИД Пётр Сидоров, выступая перед "
    "журналистами, назвал переговоры трудными. «Мы сделали шаг вперед», — сказал Сидоров.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр иностранных дел Иван Петров, по дороге с переговоров, оценил встречу как "
        "«полезную».",
        "По пути с переговоров министр иностранных дел Иван Петров назвал встречу «полезной».",
        "Покидая переговоры, министр иностранных дел Иван Петров назвал встречу «полезной».",
    ],
)
def test_russian_words_at_an_events_doors_take_its_day(sentence: str) -> None:
    saturday = datetime.date(2023, 6, 17)
    found = extract(_RU_HEAD + sentence + "\n", published=saturday)
    assert found[-1].speaker == "Иван Петров"
    assert found[-1].said_on == "2023-06-15"
