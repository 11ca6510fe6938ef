"""Russian news language behind the errors left on the twelfth round's Russian open sets:
classes found in articles nobody here wrote, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 3, 11)


def said(text: str, published: datetime.date = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_the_author_credited_above_the_story_is_no_one_it_quotes() -> None:
    # "Текст: Имя Фамилия" above the lead: a description in the lead ("глава республики
    # объявил") means someone the story names later, never the author of the page
    text = (
        "Газета Север\n\n11 марта 2025, 18:10\n\nПорт откроют для судов раньше срока\n\n"
        "Текст: Олег Сомов\n\n"
        "Ремонт причалов занял меньше времени, чем ожидалось. Глава республики объявил, что "
        "первые суда примут уже весной.\n\n"
        "Выступая во вторник перед депутатами, глава Карелии Артур Парфенчиков сообщил, что "
        "работы почти закончены.\n"
    )
    found = said(text)
    assert "Олег Сомов" not in [s.speaker for s in found]
    assert ("Артур Парфенчиков", "работы почти закончены") in [(s.speaker, s.text) for s in found]


def test_an_interviewers_credit_is_no_speaker() -> None:
    # "Беседовала Имя Фамилия" closing an interview, "Автор: ..." below a story
    text = (
        "Министр экономики Анна Ветрова заявила, что бюджет будет исполнен.\n\n"
        "Автор: Павел Ершов\n\n"
        "«Мы видим рост доходов», — сказал он.\n"
    )
    found = said(text)
    assert "Павел Ершов" not in [s.speaker for s in found]
