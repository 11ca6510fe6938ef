"""Russian news language behind the speaker and date errors left on the Russian articles of
w15v (round 15): classes found in articles nobody here wrote, tested in sentences written
for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

# A city paper's page of Friday
FRIDAY = datetime.date(2025, 9, 12)


def said(text: str, published: datetime.date = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_day_in_the_other_coordinate_clause_does_not_date_the_named_speaker() -> None:
    # "В пятницу X сидел рядом с Y, а накануне провел с ним встречу": the day of the clause
    # naming Y places Y, not the day of the clause after "а"
    text = (
        "Городская газета\n\n12 сентября 2025\n\n"
        "В пятницу гость открыл выставку в Манеже вместе с Олегом Сапожниковым, а "
        "накануне вечером ужинал с ним в ресторане на набережной.\n\n"
        "Сапожников, обращаясь к посетителям, назвал выставку «лучшей за десять лет» и "
        "пообещал сделать ее ежегодной.\n"
    )
    found = [s for s in said(text) if "лучшей" in s.text]
    assert found and found[0].speaker == "Олег Сапожников"
    assert found[0].said_on == "2025-09-12"


def test_a_leader_called_by_the_given_name_alone_is_the_one_named_in_full() -> None:
    # Thai and Indonesian leaders go by the given name: "Сретта" later is "Сретта Тхависин"
    text = (
        "Городская газета\n\n12 сентября 2025\n\n"
        "В пятницу в город прибыл премьер-министр Таиланда Сретта Тхависин.\n\n"
        "На встрече со студентами Сретта говорил без переводчика. «Мы приехали учиться и "
        "торговать», — сказал он.\n"
    )
    found = [s for s in said(text) if "учиться" in s.text]
    assert found and found[0].speaker == "Сретта Тхависин"


def test_words_given_an_hour_after_a_dated_event_are_of_its_day() -> None:
    # "ответил спустя полчаса", "час спустя": minutes or hours after what the story just
    # told, not on the article's day
    text = (
        "Городская газета\n\n12 сентября 2025\n\n"
        "Вечером в понедельник, 8 сентября, мэрия объявила о закрытии моста на ремонт.\n\n"
        "Час спустя ответила депутат городского собрания Ольга Мартынова. «Решение принято "
        "без всякого обсуждения», — написала она.\n"
    )
    found = [s for s in said(text) if "без всякого" in s.text]
    assert found and found[0].speaker == "Ольга Мартынова"
    assert found[0].said_on == "2025-09-08"


def test_a_generic_ministry_is_not_the_delegation_named_before() -> None:
    # "Делегация X потребовала ... . ..., говорится в сообщении МИД": the ministry the story
    # named, not the delegation it sent (a group, whose words no one is recorded for)
    text = (
        "Городская газета\n\n12 сентября 2025\n\n"
        "Консультации по рыболовству завершились в Осло без соглашения. Об этом сообщили в "
        "МИД Исландии.\n\n"
        "Делегация Исландии вновь потребовала от Норвегии пересмотреть квоты. Кроме того, "
        "исландская сторона подняла вопрос о научных данных по запасам сельди, говорится в "
        "сообщении МИД.\n"
    )
    found = [s for s in said(text) if "сельди" in s.text]
    assert found and found[0].speaker == "МИД Исландии"


def test_a_plural_verb_of_an_unnamed_group_is_not_the_last_persons() -> None:
    # "Сопредседатели ... отметили ... и призвали ...": a plural subject, not the one person
    # quoted just before
    text = (
        "Городская газета\n\n12 сентября 2025\n\n"
        "Главу делегации Норвегии Кнута Хансена спросили о квотах. По словам Хансена, квоты "
        "останутся прежними. Он также выразил недовольство позицией Исландии.\n\n"
        "Сопредседатели консультаций от ООН и ЕС в итоговом заявлении отметили «деловой "
        "настрой» в группах и призвали стороны продолжить обмен научными данными.\n"
    )
    assert not [s for s in said(text) if "научными" in s.text and s.speaker == "Кнут Хансен"]
