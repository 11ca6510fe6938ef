"""Russian layouts and constructions behind the statements missed on the Russian articles of
the open sets (round 15): classes found in articles nobody here wrote, tested in sentences
written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 11, 14)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


# A TV report's transcript: the host and the correspondent read the news, and a soundbite
# is marked "СИНХРОН:" with the name and post of the one speaking on the same line
_BROADCAST = (
    "Телеканал «Новости 24» | 14.11.2024 20:00\n\n"
    "Расшифровка сюжета\n\n"
    "ВЕДУЩИЙ: Вчера в Вене прошел второй раунд консультаций по визам.\n\n"
    "КОРРЕСПОНДЕНТ: Глава делегации Игорь Лаптев вышел к прессе и сказал, что стороны "
    "сблизили позиции.\n\n"
    "СИНХРОН: Игорь Лаптев, директор консульского департамента: «Мы договорились о сроках. "
    "Это хороший результат для студентов».\n\n"
    "КОРРЕСПОНДЕНТ: Австрийская сторона тоже довольна итогами.\n\n"
    "СИНХРОН: Клаус Майер, посол Австрии (перевод): «Мы сделаем все, чтобы студенты не "
    "ждали месяцами».\n\n"
    "ВЕДУЩИЙ: Сегодня итоги прокомментировали в МИД. Официальный представитель Анна Орлова "
    "заявила, что Москва довольна.\n\n"
    "СИНХРОН: Анна Орлова, официальный представитель МИД: «Это шаг вперед, и мы его "
    "ценим».\n"
)


def test_a_soundbite_marked_on_its_line_is_the_one_it_names() -> None:
    # "СИНХРОН: Имя Фамилия, должность: «...»": the marker is no speaker; the words in
    # marks are the named person's, without the page's marks
    found = [s for s in said(_BROADCAST) if s.kind == "direct"]
    assert [(s.speaker, s.text) for s in found] == [
        ("Игорь Лаптев", "Мы договорились о сроках. Это хороший результат для студентов"),
        ("Клаус Майер", "Мы сделаем все, чтобы студенты не ждали месяцами"),
        ("Анна Орлова", "Это шаг вперед, и мы его ценим"),
    ]


def test_a_soundbite_is_dated_by_the_report_it_bears_out() -> None:
    # the words on air were said where the report before them was (the talks "Вчера", the
    # comment "Сегодня"), not on the day the report went on air
    found = [s for s in said(_BROADCAST) if s.kind == "direct"]
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Игорь Лаптев", "2024-11-13"),
        ("Клаус Майер", "2024-11-13"),
        ("Анна Орлова", "2024-11-14"),
    ]


def test_a_soundbite_under_a_caption_in_capitals_is_dated_by_the_report_too() -> None:
    # the same soundbite as the caption in capitals under "СИНХРОН" sets it
    text = (
        "Телеканал «Новости 24» | 14.11.2024 20:00\n\n"
        "Расшифровка сюжета\n\n"
        "ВЕДУЩИЙ: Вчера в Вене прошел второй раунд консультаций по визам.\n\n"
        "КОРРЕСПОНДЕНТ: Глава делегации Игорь Лаптев вышел к прессе и сказал, что стороны "
        "сблизили позиции.\n\n"
        "СИНХРОН\n"
        "ИГОРЬ ЛАПТЕВ, ДИРЕКТОР КОНСУЛЬСКОГО ДЕПАРТАМЕНТА: Мы договорились о сроках. Это "
        "хороший результат для студентов.\n"
    )
    found = [s for s in said(text) if s.kind == "direct"]
    assert [(s.speaker, s.said_on) for s in found] == [("Игорь Лаптев", "2024-11-13")]


def test_words_labelled_verbatim_are_the_reported_speakers_own() -> None:
    # "Дословно: «...»" under a paraphrase, a site's source line ("Источник: ...") between:
    # the verbatim words of the one the story reports, though no verb stands with them
    text = (
        "Новости Балтии\n\n"
        "Министр Игорь Лаптев заявил, что переговоры о визах будут продолжены в январе.\n\n"
        "Источник: выступление Лаптева на брифинге\n\n"
        "Дословно: «Мы не останавливаемся на достигнутом. Следующий раунд пройдет в "
        "Вене».\n\n"
        "Министр добавил, что студенты получат визы быстрее.\n\n"
        "Дословно: «Это главное для нас сейчас».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Игорь Лаптев", "переговоры о визах будут продо"),
        ("Игорь Лаптев", "Мы не останавливаемся на дости"),
        ("Игорь Лаптев", "студенты получат визы быстрее"),
        ("Игорь Лаптев", "Это главное для нас сейчас"),
    ]


def test_a_source_in_a_sentence_still_speaks_unnamed() -> None:
    # guard: "Источник в министерстве сообщил ...": an unnamed source, no one's statement
    text = (
        "Министр Игорь Лаптев заявил, что переговоры будут продолжены.\n\n"
        "Источник в министерстве сообщил, что встреча пройдет в Вене. «Все уже готово», — "
        "сказал он.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Игорь Лаптев"]


def test_a_time_after_a_body_named_at_an_event_is_no_part_of_a_title() -> None:
    # "на Ассамблее ООН в мае прошлого года Игорь Лаптев": the body belongs to the event and
    # the time says when; neither is his post, so "Президент" below still refers to him
    text = (
        "Официальный сайт Президента Республики\n\n"
        "Игорь Лаптев принял делегацию парламента соседней страны.\n\n"
        "Президент отметил, что республика придает большое значение межпарламентским "
        "связям.\n\n"
        "Напомним, что в своем выступлении на Генеральной Ассамблее ООН в мае прошлого года "
        "Игорь Лаптев заявлял, что «без доверия никакая организация не работает».\n"
    )
    found = said(text)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Игорь Лаптев", "республика придает большое зна"),
        ("Игорь Лаптев", "без доверия никакая организаци"),
    ]
