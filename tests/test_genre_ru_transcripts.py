"""Russian transcripts, interviews and briefings laid out as real sites print them (issue 8):
each page is one genre's layout, read as a whole; a failure there loses every statement of
the page, or gives them to the wrong person. Every text here is invented, written in the
manner of those pages; each case lists the statements expected, exactly: speaker, first
words and day. Near-misses (news under a similar headline) must stay as they read."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MID = "Министерство иностранных дел Российской Федерации\nГлавная / Пресс-служба\n\n"

CASES = [
    # A newspaper's interview under "Name: quote": the lead calls the guest by post alone,
    # the questions by given name and patronymic; that address is the guest named above
    pytest.param(
        "Российская газета\n\nАлексей Оверчук: Коридор «Север — Юг» заработает в полную силу\n\n"
        "Текст: Ольга Рыбакова\n\n"
        "Вице-премьер рассказал «РГ» о транспортных проектах с Ираном.\n\n"
        "— Алексей Логвинович, когда достроят железную дорогу Решт — Астара?\n\n"
        "— Строительство начнется в следующем году и займет около четырех лет.\n\n"
        "— Кто его финансирует?\n\n"
        "— Российская сторона предоставит государственный кредит, остальное вложит Тегеран.\n",
        "2024-10-15",
        [
            ("Алексей Оверчук", "Строительство начнется в", "2024-10-15"),
            ("Алексей Оверчук", "Российская сторона предоставит", "2024-10-15"),
        ],
        id="patronymic-address-is-the-guest-named-in-the-headline",
    ),
    pytest.param(
        "ТАСС\n\nВалентина Матвиенко: Парламентская дипломатия не знает санкций\n\n"
        "Председатель Совета Федерации ответила на вопросы агентства.\n\n"
        "— Валентина Ивановна, с какими странами сейчас наиболее активны контакты?\n\n"
        "— С Китаем, Индией, странами Африки и Латинской Америки. География расширяется.\n\n"
        "— А с европейскими парламентами?\n\n"
        "— Там, к сожалению, диалог почти полностью заморожен по их инициативе.\n",
        "2024-06-03",
        [
            ("Валентина Матвиенко", "С Китаем, Индией, странами", "2024-06-03"),
            ("Валентина Матвиенко", "Там, к сожалению, диалог", "2024-06-03"),
        ],
        id="patronymic-address-a-woman-guest",
    ),
    # A magazine's interview labelled by initials alone: each label is the one named in the
    # title or the credits whose initials it gives; the interviewer's turns ask
    pytest.param(
        "Журнал «Международная жизнь»\n\n"
        "Посол России в Бразилии Алексей Лабецкий: «БРИКС стал центром притяжения»\n\n"
        "Беседовал Сергей Петров\n\n"
        "С.П.: Алексей Кириллович, как развивается торговля между нашими странами?\n\n"
        "А.Л.: Растет поставка удобрений и дизельного топлива. Бразилия ценит надежность "
        "российских поставщиков.\n\n"
        "С.П.: Какие новые проекты обсуждаются?\n\n"
        "А.Л.: Прежде всего сотрудничество в атомной энергетике и космосе.\n",
        "2024-09-10",
        [
            ("Алексей Лабецкий", "Растет поставка удобрений", "2024-09-10"),
            ("Алексей Лабецкий", "Прежде всего сотрудничество", "2024-09-10"),
        ],
        id="initials-labels-names-in-the-title-and-credits",
    ),
    pytest.param(
        "Парламентская газета\n12.11.2024\n\n"
        "Константин Косачев: Западу придется считаться с Глобальным Югом\n\n"
        "Вице-спикер Совфеда ответил на вопросы «Парламентской газеты».\n\n"
        "«ПГ»: Константин Иосифович, что изменилось после саммита в Казани?\n\n"
        "К. К.: Стало очевидно, что большинство мира не поддерживает изоляцию России. "
        "Это признают даже на Западе.\n\n"
        "«ПГ»: Как будет развиваться межпарламентское измерение БРИКС?\n\n"
        "К. К.: Мы предложим партнерам регулярный форум председателей комитетов.\n",
        "2024-11-12",
        [
            ("Константин Косачев", "Стало очевидно, что большинство", "2024-11-12"),
            ("Константин Косачев", "Мы предложим партнерам регулярный", "2024-11-12"),
        ],
        id="initials-labels-with-the-outlet-asking",
    ),
    pytest.param(
        "Россия в глобальной политике\n\n"
        "Тимофей Бордачёв беседует с заместителем министра иностранных дел Андреем Руденко\n\n"
        "Т.Б.: Андрей Юрьевич, как меняется роль Азии в российской внешней политике?\n\n"
        "А.Р.: Азия стала для нас главным направлением. Это долгосрочный выбор, а не "
        "вынужденная мера.\n\n"
        "Т.Б.: Есть ли риски чрезмерной зависимости от Китая?\n\n"
        "А.Р.: Наши отношения равноправны, и никакой зависимости нет.\n",
        "2024-12-02",
        [
            ("Андрей Руденко", "Азия стала для нас", "2024-12-02"),
            ("Андрей Руденко", "Наши отношения равноправны", "2024-12-02"),
        ],
        id="initials-labels-guest-named-in-the-instrumental",
    ),
]


@pytest.mark.parametrize(("page", "published", "want"), CASES)
def test_a_transcript_or_interview_page_gives_each_turn_to_its_speaker(
    page: str, published: str, want: list[tuple[str, str, str]]
) -> None:
    found = extract(page, published=datetime.date.fromisoformat(published))
    assert len(found) == len(want), [(s.speaker, s.text[:40]) for s in found]
    got = [
        (s.speaker, s.text[: len(start)], s.said_on)
        for s, (_, start, _) in zip(found, want, strict=True)
    ]
    assert got == want
