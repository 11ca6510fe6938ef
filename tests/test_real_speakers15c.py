"""Who speaks in real copy (issue 8, round fifteen, third wave): speaker classes found in
articles nobody here wrote, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2024, 3, 11)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_dash_interview_is_answered_by_the_one_its_lead_in_says_told_the_outlet() -> None:
    # "Что это значит, «Радио» рассказал эксперт X.": the paragraph above the first question
    # introduces the one answering after its verb of telling; the news above it reports the
    # leader the talk is about, whose title comes first in the page (the headline's
    # "Бывший дипломат" is no title of either)
    text = (
        "Северное радио\n\n"
        "«Это еще не развод». Бывший дипломат — о решении Риги\n\n"
        "11 марта 2024\n\n"
        "Премьер-министр Латвии Артурс Кариньш в пятницу заявил, что Рига выходит из "
        "соглашения о транзите. По его словам, договор давно не работает.\n\n"
        "Что стоит за этим решением, «Северному радио» рассказал политолог Рижского "
        "университета Янис Озолс.\n\n"
        "— Почему это решение принято именно сейчас?\n\n"
        "— Давление копилось больше года. Правительству нужно было показать избирателям, "
        "что оно умеет говорить твердо.\n\n"
        "— Будут ли ответные меры?\n\n"
        "— Думаю, что да, но скорее символические. Обеим сторонам невыгодна ссора.\n"
    )
    answers = [s.speaker for s in said(text) if s.text.startswith(("Давление", "Думаю"))]
    assert answers == ["Янис Озолс", "Янис Озолс"]


def test_a_dash_interview_lead_in_without_a_verb_of_telling_keeps_the_titled_subject() -> None:
    # guard: "Накануне визита ... министр X ответил на вопросы" opens the page; a closing
    # line above the questions with no one telling anything names no one who answers
    text = (
        "Северное радио\n\n"
        "11 марта 2024\n\n"
        "Министр иностранных дел Эстонии Маргус Тсахкна ответил на вопросы радио накануне "
        "визита в Вильнюс.\n\n"
        "Беседа состоялась в его кабинете, где висит портрет президента Алара Кариса.\n\n"
        "— Чего вы ждете от визита?\n\n"
        "— Мы ждем прежде всего договоренностей по обороне. Наши страны давно работают "
        "вместе.\n\n"
        "— А по энергетике?\n\n"
        "— Здесь тоже есть что обсудить, прежде всего общий рынок электроэнергии.\n"
    )
    answers = [s.speaker for s in said(text) if s.text.startswith(("Мы ждем", "Здесь"))]
    assert answers == ["Маргус Тсахкна", "Маргус Тсахкна"]


def test_a_broadcast_caption_with_its_post_in_small_letters_labels_a_soundbite() -> None:
    # "ИВАН ПЕТРОВ, министр финансов (перевод):" on its own line under "СИНХРОН": the words
    # below are the one captioned; "ИМЯ ФАМИЛИЯ, ведущий:" is the host reading the news
    text = (
        "Итоги недели. Эфир от 10.03.2024\n\n"
        "Переговоры в Вене: что дальше\n\n"
        "ОЛЬГА СМИРНОВА, ведущая:\n"
        "Главной темой недели стали переговоры в Вене. Делегации работали три дня подряд, "
        "но итогового документа так и не появилось.\n\n"
        "КОРРЕСПОНДЕНТ:\n"
        "В четверг в Вене выступил министр финансов Австрии Франц Хубер. Он заявил, что "
        "Вена готова продолжать работу.\n\n"
        "СИНХРОН\n"
        "ФРАНЦ ХУБЕР, министр финансов Австрии (перевод):\n"
        "Мы не торопимся. Хорошее соглашение важнее быстрого, и все стороны это понимают.\n\n"
        "КОРРЕСПОНДЕНТ:\n"
        "Следующий раунд назначен на апрель.\n\n"
        "ОЛЬГА СМИРНОВА, ведущая:\n"
        "Что ж, посмотрим, чем закончится весенний раунд переговоров в Вене.\n"
    )
    found = [(s.speaker, s.kind, s.text[:11]) for s in said(text)]
    assert ("Франц Хубер", "direct", "Мы не тороп") in found
    assert all(speaker != "Ольга Смирнова" for speaker, _, _ in found)
