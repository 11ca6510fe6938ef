"""Russian-language copy from outside Russia's big wires (round 11, second pass): regional
outlets, CIS ministries and parliaments, Russian services of foreign broadcasters.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2025, 4, 16)


def said(text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_parliament_named_in_its_own_language_is_no_part_of_the_members_name() -> None:
    # "депутат Жогорку Кенеша", "председатель Милли Меджлиса": two capitalised words
    # naming the body, then the member's own name
    text = (
        "Депутат Жогорку Кенеша Айгуль Токтогулова заявила, что бюджет на образование "
        "придется увеличить.\n\n"
        "Вице-спикер Милли Меджлиса Азербайджана Рамиз Мамедов отметил, что парламент "
        "рассмотрит соглашение весной.\n\n"
        "По словам депутата Олий Мажлиса Шухрата Каримова, новые правила вступят в силу "
        "летом.\n"
    )
    assert [s.speaker for s in said(text)] == [
        "Айгуль Токтогулова",
        "Рамиз Мамедов",
        "Шухрат Каримов",
    ]


def test_a_fronted_weekend_is_no_part_of_the_speakers_post() -> None:
    # "В минувшие выходные генсек ...": the plural words before the post are the time
    text = (
        "В минувшие выходные глава МВД Таджикистана Рамазон Рахимзода заявил, что граница "
        "остается закрытой.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.role) == ("Рамазон Рахимзода", "глава МВД Таджикистана")
    assert found.said_on == "2025-04-12/2025-04-13"


def test_proshedshiy_names_a_past_day_or_week_as_minuvshiy_does() -> None:
    # "в прошедшую пятницу", "на прошедшей неделе", "в прошедшие выходные"
    text = (
        "Министр энергетики Узбекистана Журабек Мирзамахмудов в прошедшую пятницу сообщил, "
        "что новая станция заработает осенью.\n\n"
        "На прошедшей неделе посол Казахстана в Китае Шахрат Нурышев заявил, что поставки "
        "зерна вырастут.\n\n"
        "В прошедшие выходные мэр Бишкека Айбек Джунушалиев сказал, что метро не будет.\n"
    )
    assert [(s.speaker, s.said_on) for s in said(text)] == [
        ("Журабек Мирзамахмудов", "2025-04-11"),
        ("Шахрат Нурышев", "2025-04-07/2025-04-13"),
        ("Айбек Джунушалиев", "2025-04-12/2025-04-13"),
    ]


def test_dolozhil_reports_the_clause_it_introduces_and_nothing_it_only_names() -> None:
    # a release on a meeting with the head of state: "доложил, что ..." is reported
    # speech; "доложил ... о ходе ..." only names what was reported
    text = (
        "Министр энергетики Алексей Кушнарев доложил, что ремонт подстанций завершится к "
        "маю.\n\n"
        "Председатель Госкомвоенпрома Дмитрий Пантус доложил президенту о ходе выполнения "
        "оборонного заказа.\n"
    )
    found = said(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Алексей Кушнарев", "ремонт подстанций завершится к маю"),
    ]


def test_a_given_name_in_iya_keeps_its_nominative_after_a_genitive() -> None:
    # "политолога Гии Джапаридзе": the genitive "-ии" of a Georgian "Гия" the dictionary
    # does not decline
    text = (
        "По словам тбилисского политолога Гии Джапаридзе, правительство не пойдет на "
        "досрочные выборы.\n"
    )
    (found,) = said(text)
    assert found.speaker == "Гия Джапаридзе"


def test_a_moldovan_surname_in_u_is_a_name_in_every_case() -> None:
    # "Санду", "Гроссу", "Чолаку": Russian does not decline them, though the dictionary
    # reads them as an oblique case of some noun ("Санда", "гросс")
    text = (
        "Спикер парламента Молдовы Игорь Гроссу заявил, что депутаты соберутся на "
        "внеочередное заседание.\n\n"
        "По словам Майи Санду, страна выдержит энергетический кризис.\n\n"
        "Как отметил экс-премьер Румынии Марчел Чолаку, Бухарест поддержит Кишинев.\n"
    )
    assert [s.speaker for s in said(text)] == ["Игорь Гроссу", "Майя Санду", "Марчел Чолаку"]


def test_a_foreign_surname_in_a_keeps_its_nominative_after_a_genitive() -> None:
    # "Антониу Кошты": the dictionary reads "Кошты" only as a plural of "кошт"
    text = (
        "По словам главы Евросовета Антониу Кошты, саммит ЕС и Центральной Азии пройдет в "
        "Самарканде.\n"
    )
    (found,) = said(text)
    assert found.speaker == "Антониу Кошта"


def test_a_kyrgyz_name_closes_with_uulu_or_kyzy_after_the_fathers_name() -> None:
    # "Азамат Жолдошбек уулу": the father's name and "son of" are the person's name; two
    # people so named are two people
    text = (
        "Министр цифрового развития Кыргызстана Азамат Жолдошбек уулу заявил, что "
        "электронные паспорта начнут выдавать в мае.\n\n"
        "Депутат Айгерим Сатыбалды кызы отметила, что законопроект нужно доработать.\n\n"
        "По словам Жолдошбек уулу, тендер уже объявлен.\n"
    )
    assert [s.speaker for s in said(text)] == [
        "Азамат Жолдошбек уулу",
        "Айгерим Сатыбалды кызы",
        "Азамат Жолдошбек уулу",
    ]


def test_the_head_of_the_cabinet_is_the_chairman_of_the_cabinet_of_ministers() -> None:
    # Kyrgyz copy calls the head of government "председатель Кабинета министров", then
    # "глава кабмина"
    text = (
        "Налог на роскошь вводить не будут, заявил председатель Кабинета министров "
        "Кыргызстана Адылбек Касымалиев.\n\n"
        "По словам главы кабмина, бюджет справится и без новых сборов.\n"
    )
    assert [s.speaker for s in said(text)] == ["Адылбек Касымалиев", "Адылбек Касымалиев"]


def test_a_delegation_headed_by_someone_gives_that_person_no_post_of_glava() -> None:
    # "делегацию во главе с министром ...": "во главе с" says who heads the group; the
    # post is the one after it, and the name is put back into the nominative
    text = (
        "Президент Таджикистана принял делегацию во главе с министром иностранных дел "
        "Словакии Юраем Бланаром.\n\n"
        "Юрай Бланар подчеркнул, что Братислава заинтересована в поставках алюминия.\n"
    )
    (found,) = said(text)
    assert (found.speaker, found.role) == (
        "Юрай Бланар",
        "министр иностранных дел Словакии",
    )


def test_a_given_name_the_dictionary_knows_as_a_thing_opens_the_name_before_a_surname() -> None:
    # "Алмаз", "Мелис": Central Asian given names the dictionary reads as common nouns
    text = "Министр транспорта Кыргызстана Алмаз Орозов заявил, что дорогу откроют к осени.\n"
    (found,) = said(text)
    assert (found.speaker, found.role) == ("Алмаз Орозов", "Министр транспорта Кыргызстана")
    # a capitalised genitive before a surname is the title's, not a given name
    text = "Директор Службы Внешней Разведки Нарышкин сообщил, что переговоры идут.\n"
    (found,) = said(text)
    assert found.speaker == "Нарышкин"
