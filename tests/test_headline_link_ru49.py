"""A link to another story set in a Russian story's body as a headline, "Name: words", on a
line of its own (round 49 probes): the name in it was taken as the one "По его словам" after
it means. Stories written here in the manner of Sputnik Грузия."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.russian.text import headline_links

PUBLISHED = datetime.date(2023, 8, 16)  # a Wednesday
DAY = "2023-08-16"

_LINKED = (
    "Абашидзе: Тбилиси сохранит пражский формат\n\n"
    "ТБИЛИСИ, 16 августа — Sputnik. Спецпредставитель премьер-министра Грузии Зураб Абашидзе "
    "заявил в среду, что Тбилиси продолжит встречи в пражском формате.\n\n"
    "Пашинян: Армения не собирается выходить из ОДКБ\n\n"
    "По его словам, следующая встреча с Григорием Карасиным может пройти в октябре.\n"
)


def test_his_words_after_a_linked_headline_are_the_speaker_before() -> None:
    assert_statements(
        _LINKED,
        PUBLISHED,
        [
            ("Зураб Абашидзе", "Тбилиси продолжит встречи", DAY),
            ("Зураб Абашидзе", "следующая встреча", DAY),
        ],
    )


def test_the_page_headline_and_transcript_turns_are_no_links() -> None:
    assert [_LINKED[a:b] for a, b in headline_links(_LINKED)] == [
        "Пашинян: Армения не собирается выходить из ОДКБ"
    ]
    turns = (
        "Вопрос: Как вы оцениваете итоги встречи?\n"
        "Лавров: Мы довольны тем, как прошли переговоры\n"
        "Вопрос: Будет ли новая встреча?\n"
    )
    assert headline_links(turns) == []
