"""A Russian story that sets out a post under its lead-in's colon gives the post as its
author's statement, and a photo bank's link under a picture is no one's name.

Russian outlets copy a post from a Telegram channel whole, unquoted, in its own paragraph
under "X написала в своем Telegram-канале:" or under the author's name and a colon alone on
a line, the channel's view count under it ("👁 98,2K"). Before, a quotation there was read,
the unquoted post lost. RIA Novosti's pages set "Медиабанк" (or "Перейти в медиабанк")
under a picture's credit: it was read as the name the next "— написала дипломат" pointed to.
"""

from __future__ import annotations

import datetime

import pytest

from tests.pasted_copies import statements_of

DAY = datetime.date(2024, 4, 5)

TITLE = "Захарова ответила на слова Стубба о нейтралитете Финляндии"
LEAD = (
    "МОСКВА, 5 апр — РИА Новости. Официальный представитель МИД России Мария Захарова "
    "ответила на заявление президента Финляндии Александра Стубба о конце эпохи нейтралитета."
)
POST = (
    "Хельсинки сам отказался от политики, которая десятилетиями приносила стране мир и "
    "благополучие. Теперь финнам предлагают жить на линии фронта чужого противостояния."
)
AFTER = "Ранее Стубб заявил, что время нейтралитета для Финляндии прошло."


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return statements_of(text, DAY)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Дипломат написала в своем Telegram-канале:",
        "Захарова ответила Стуббу в Telegram:",
        "Мария Захарова:",
    ],
    ids=["wrote", "answered", "name-alone"],
)
@pytest.mark.parametrize("views", ["", "\n\n\U0001f441 98,2K \u00b7 14:05"], ids=["", "views"])
def test_a_post_set_out_under_a_colon_is_its_authors(lead_in: str, views: str) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{lead_in}\n\n{POST}{views}\n\n{AFTER}\n"
    posted = [
        (speaker, day) for speaker, day, words in _statements(text) if words.startswith("Хельсинки")
    ]
    assert posted == [("Мария Захарова", "2024-04-05")]


@pytest.mark.parametrize(
    "below",
    [
        # its own verb of saying: the story's paragraph, the post is no statement of hers
        "По словам Стубба, страна больше не может оставаться в стороне.",
        # a list of points, no sentence
        "Полная версия заявления",
    ],
    ids=["own-verb", "no-sentence"],
)
def test_a_paragraph_of_the_story_under_a_colon_stays_the_storys(below: str) -> None:
    text = (
        f"{TITLE}\n\n{LEAD}\n\nДипломат написала в своем Telegram-канале:\n\n{below}\n\n{AFTER}\n"
    )
    assert all(
        speaker != "Мария Захарова" or words.split()[0] != below.split()[0]
        for speaker, _, words in _statements(text)
    )


@pytest.mark.parametrize("bank", ["Медиабанк", "Перейти в медиабанк"])
def test_a_photo_banks_link_under_a_credit_names_no_one(bank: str) -> None:
    quote = (
        "\u00abФинляндия добровольно превращает себя в прифронтовую территорию\u00bb, "
        "\u2014 написала дипломат."
    )
    caption = f"Мария Захарова\n\u00a9 РИА Новости / Алексей Никольский\n{bank}"
    text = f"{TITLE}\n\n{LEAD}\n\n{caption}\n\n{quote}\n\n{AFTER}\n"
    said = [(speaker, words.split()[0]) for speaker, _, words in _statements(text)]
    assert ("Мария Захарова", "Финляндия") in said
