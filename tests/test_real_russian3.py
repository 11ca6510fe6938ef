"""Russian news language behind the errors left on the round's Russian blind set (round 11,
third wave): classes found in articles nobody here wrote, tested in sentences written for
these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 6, 12)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_post_at_a_body_named_in_guillemets_leads_to_the_persons_name() -> None:
    # "главный редактор журнала «...» Имя Фамилия": the journal's name in guillemets belongs
    # to the post, and the speaker is the person named after it; an editor is one of the
    # experts "эксперт" refers back to
    text = (
        "Рынок встретил новость спокойно. Главный редактор газеты «Деловой вестник» Ольга "
        "Миронова в разговоре с «Коммерсантом» предположила, что банк снизит ставку осенью.\n\n"
        "«Регулятор всегда сначала ждет данных по инфляции», — пояснила эксперт.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ольга Миронова", "банк снизит ставку осенью"),
        ("Ольга Миронова", "Регулятор всегда сначала ждет данных по инфляции"),
    ]
    assert found[0].role == "Главный редактор газеты «Деловой вестник»"


def test_a_report_cited_in_the_sentence_before_owns_the_message_that_details_it() -> None:
    # "Как сообщила пресс-служба X, ... В сообщении уточнялось, что ...": the message is the
    # cited source's, and its detail is that source's statement
    text = (
        "Как сообщило 4 июня посольство Норвегии, посол Кари Хауге заявил, что консульство "
        "возобновит работу. В сообщении уточнялось, что прием документов начнется в июле.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Кари Хауге", "консульство возобновит работу", "2025-06-04"),
        ("посольство Норвегии", "прием документов начнется в июле", "2025-06-04"),
    ]


def test_putting_forward_demands_with_a_colon_list_is_a_statement() -> None:
    # "выдвинул (кому) N требований: ..." is "потребовал": the list after the colon was said
    text = (
        "Переговоры о коалиции затянулись. Лидер партии Ларс Эклунд выдвинул будущим "
        "партнерам четыре условия: снизить налоги, сохранить пенсии и не повышать цены.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Ларс Эклунд"]
    assert "снизить налоги" in found[0].text
