"""Days of statements told again in full, or told in an outlet's earlier story (round 47,
date class of the open sets: a lead's dated words retold in the pluperfect; "Как писала
газета"). Every fixture sentence written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.russian.when import date_phrases


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


_RETOLD = (
    "March 3, 2023 at 6:40 PM\n\n"
    "Foreign Minister Penelope Harwood called on the three neighbouring states Friday to "
    "reopen their border crossings with Moldavia, hours before the prime minister struck a "
    "harder tone.\n\n"
    "Earlier, in a short statement at the ministry, Harwood had called on Romania, Hungary "
    "and Slovakia to reopen their border crossings, warning that the closure was hurting "
    "trade and stranding lorry drivers."
)


def test_pluperfect_retelling_of_the_lead_keeps_its_day() -> None:
    # the lead's words told again in full in the pluperfect: the same saying, Friday's
    assert _days(_RETOLD, datetime.date(2023, 3, 3)) == [
        ("Penelope Harwood", "2023-03-03"),
        ("Penelope Harwood", "2023-03-03"),
    ]


def test_pluperfect_of_other_words_stays_before() -> None:
    # near miss: the pluperfect tells other words (nothing of the lead's again): by now only
    text = (
        "March 3, 2023 at 6:40 PM\n\n"
        "Foreign Minister Penelope Harwood called on the three neighbouring states Friday to "
        "reopen their border crossings with Moldavia.\n\n"
        "Prime Minister Victor Lang said the closure was necessary.\n\n"
        "Earlier, in a short statement at the ministry, Harwood had warned that fishing "
        "quotas in the Black Sea would need a new treaty "
        "before the summer season."
    )
    days = _days(text, datetime.date(2023, 3, 3))
    assert days[0] == ("Penelope Harwood", "2023-03-03")
    assert days[2] == ("Penelope Harwood", "../2023-03-03")


PUBLISHED_RU = datetime.date(2024, 11, 20)
_EARLIER_STORY = (
    "Замглавы МИД Игорь Сомов в эфире телеканала отметил, что переговоры по договору "
    "продолжатся в январе.\n\n"
    "Как писала газета «Вечерний курьер», Сомов заявил о готовности Москвы к новому раунду "
    "консультаций.\n\n"
    "Также замминистра отметил заметный прогресс в работе экспертных групп."
)


def test_outlets_earlier_story_sets_the_words_before() -> None:
    # "Как писала газета": the outlet's earlier story, on or before the article's day; the
    # "также" after it goes on with those words
    days = _days(_EARLIER_STORY, datetime.date(2024, 11, 20))
    assert [d for _, d in days] == ["2024-11-20", "../2024-11-20", "../2024-11-20"]


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Как писала газета, министр выступил за диалог.", "Как писала"),
        ("Как уже сообщало агентство, министр выступил за диалог.", "Как уже сообщало"),
        ("Как ранее рассказывал посол, переговоры зашли в тупик.", "Как ранее рассказывал"),
        ("Как передавал корреспондент, министр покинул зал.", "Как передавал"),
    ],
)
def test_an_earlier_report_is_one_of_the_earlier_phrases(sentence: str, evidence: str) -> None:
    # one list of the words that point back at an earlier report (russian.when's "earlier"
    # phrases), read for any statement: on or before the article's day
    found = [(p.when.evidence, p.when.edtf) for p in date_phrases(sentence, PUBLISHED_RU)]
    assert found == [(evidence, "../2024-11-20")]


@pytest.mark.parametrize(
    "sentence",
    ["Как сообщает газета, министр выступил за диалог.", "Как сообщил посол, визит отложен."],
)
def test_reporting_now_or_just_done_is_no_earlier_phrase(sentence: str) -> None:
    assert date_phrases(sentence, PUBLISHED_RU) == []


def test_outlet_reporting_now_keeps_the_day() -> None:
    # near miss: "как сообщает" (present) is the news itself
    text = _EARLIER_STORY.replace("Как писала газета", "Как сообщает газета")
    days = _days(text, datetime.date(2024, 11, 20))
    assert days[1][1] == "2024-11-20"


_LEAD = (
    "March 3, 2023 at 6:40 PM\n\n"
    "Foreign Minister Penelope Harwood called on the three neighbouring states Friday to "
    "reopen their border crossings with Moldavia.\n\n"
    "Prime Minister Victor Lang said the closure was necessary.\n\n"
)


@pytest.mark.parametrize(
    "retold",
    [
        # words of the same kind set in their own past ("last autumn"), or in another text
        # ("In a letter ..."): no "Earlier," opens the sentence, so no retelling of the lead
        "Harwood had called on the neighbouring states last autumn to reopen their border "
        "crossings for grain lorries, a plea they ignored.",
        "In a letter to the European Commission, Harwood had called on the neighbouring "
        "states to reopen their border crossings to humanitarian convoys.",
    ],
)
def test_pluperfect_of_like_words_not_opened_as_a_retelling_stays_before(retold: str) -> None:
    days = _days(_LEAD + retold, datetime.date(2023, 3, 3))
    assert days == [
        ("Penelope Harwood", "2023-03-03"),
        ("Victor Lang", "2023-03-03"),
        ("Penelope Harwood", "../2023-03-03"),
    ]
