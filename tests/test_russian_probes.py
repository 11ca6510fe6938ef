"""Russian classes found on agency and newspaper pages nobody here annotated (RIA, Interfax,
Kommersant, Life, NSN), each written again in new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2022, 1, 10)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_pronoun_opening_a_sentence_is_no_name_spelt_alike() -> None:
    # "Сами" reads first as the pronoun ("themselves") and only rarely as a first name: the
    # title right before the verb speaks
    text = (
        "ЖЕНЕВА, 10 января. Замглавы МИД РФ Сергей Рябков заявил, что Москва ждет ответа "
        "на свои предложения.\n"
        "Сами консультации в Женеве замминистра назвал трудными, но полезными.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Сергей Рябков"] * 2
    assert found[1].cue == "назвал"


def test_a_name_after_a_person_noun_in_the_genitive_is_given_in_the_nominative() -> None:
    # "журналиста Такера Карлсона": the noun is genitive or accusative, so the name is too,
    # though its unknown foreign words also read as nominatives
    text = (
        "В Кремле обсудили визит американского журналиста Такера Карлсона.\n"
        "Ранее Карлсон сообщил, что хотел бы увидеть страну своими глазами.\n"
    )
    assert [s.speaker for s in said(text)] == ["Такер Карлсон"]


def test_a_common_noun_opening_a_sentence_is_no_first_name_of_the_name_after_it() -> None:
    text = (
        "Журналист Такер Карлсон прилетел в Москву во вторник.\n"
        "Карлсон сообщил, что намерен взять интервью у президента.\n"
    )
    assert [s.speaker for s in said(text)] == ["Такер Карлсон"]
