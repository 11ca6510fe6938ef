"""Russian attribution shapes the rules missed on unseen articles: a term in marks between a
speaker and the verb, and its near-misses.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 10, 17)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


@pytest.mark.parametrize(
    ("text", "speaker", "starts"),
    [
        (
            "Президент Казахстана Касым-Жомарт Токаев в ходе «большой пресс-конференции» "
            "заявил, что Астана сохранит нейтралитет.",
            "Касым-Жомарт Токаев",
            "Астана сохранит нейтралитет",
        ),
        (
            "Глава МИД Италии Антонио Таяни на полях «веймарского треугольника» отметил, "
            "что Рим поддержит новый пакет помощи.",
            "Антонио Таяни",
            "Рим поддержит новый пакет помощи",
        ),
        (
            'Вице-спикер Совфеда Константин Косачев в эфире "воскресного вечера" сказал, '
            "что ассамблея примет резолюцию до конца месяца.",
            "Константин Косачев",
            "ассамблея примет резолюцию",
        ),
        (
            "Официальный представитель МИД Мария Захарова в ответ на «ультиматумы» Лондона "
            "подчеркнула, что Москва не изменит своей позиции.",
            "Мария Захарова",
            "Москва не изменит своей позиции",
        ),
        (
            "Постпред Китая при ООН Фу Цун по итогам консультаций в «узком составе» "
            "констатировал, что члены Совбеза разошлись во мнениях.",
            "Фу Цун",
            "члены Совбеза разошлись во мнениях",
        ),
    ],
)
def test_a_term_in_marks_inside_a_phrase_leaves_the_speaker_before_it(
    text: str, speaker: str, starts: str
) -> None:
    """A term or a name in marks governed by the word before it ("в ходе «...»", "в ответ
    на «...»") and going on into the clause is no quotation of words: the one named before
    it is the verb's subject."""
    found = said(text)
    assert [(s.speaker, s.text[: len(starts)]) for s in found] == [(speaker, starts)]


def test_words_in_marks_set_off_by_a_dash_still_belong_to_the_one_named_after() -> None:
    found = said(
        "Глава МИД Турции Хакан Фидан прибыл в Каир. «Мы не оставим Газу без помощи», — "
        "заявил министр иностранных дел Египта Бадр Абдель Аты."
    )
    assert [s.speaker for s in found] == ["Бадр Абдель Аты"]
    assert found[0].text == "Мы не оставим Газу без помощи"


BEFORE = (
    "Глава делегации Армении Арарат Мирзоян подтвердил готовность к переговорам. "
    "По словам Мирзояна, Ереван ждет ответа Баку до конца месяца.\n\n"
)


@pytest.mark.parametrize(
    ("scene", "speaker"),
    [
        (
            "Переговоры в Анкаре начались с выступления министра иностранных дел Турции "
            "Хакана Фидана. Он призвал стороны сохранить достигнутый прогресс.",
            "Хакан Фидан",
        ),
        (
            "Слово затем было предоставлено министру иностранных дел Азербайджана "
            "Джейхуну Байрамову. Он подчеркнул, что Баку поддержит любой договор.",
            "Джейхун Байрамов",
        ),
        (
            "Заседание прошло под председательством постпреда Мальты при ООН Ванессы "
            "Фрейзер. Она отметила, что Совбез вернется к вопросу на следующей неделе.",
            "Ванесса Фрейзер",
        ),
        (
            "МИД Казахстана распространил обращение министра Мурата Нуртлеу к участникам. "
            "Он заявил, что Астана готова принять следующий раунд.",
            "Мурат Нуртлеу",
        ),
    ],
)
def test_he_after_a_sentence_naming_one_person_aside_means_that_person(
    scene: str, speaker: str
) -> None:
    """A sentence whose subject is no person ("Переговоры начались с выступления X") puts
    the one person it names on stage: "он" in the next sentence is that person, not the
    one the sentences before were about."""
    found = said(BEFORE + scene)
    assert found[-1].speaker == speaker


def test_he_after_a_sentence_naming_two_people_aside_keeps_the_subject_before() -> None:
    found = said(
        BEFORE + "Встреча прошла при участии Джейхуна Байрамова и Хакана Фидана. Он "
        "добавил, что Ереван не выдвигает предварительных условий."
    )
    assert found[-1].speaker == "Арарат Мирзоян"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Позднее МИД Франции уточнил, что посол будет отозван для консультаций.", "МИД Франции"),
        (
            "Позднее посольство США в Киеве заявило, что работа консульства возобновится.",
            "посольство США в Киеве",
        ),
        (
            "Позднее пресс-служба Белого дома сообщила, что звонок продолжался час.",
            "пресс-служба Белого дома",
        ),
        (
            "Позднее британское Минобороны уточнило, что учения пройдут по плану.",
            "британское Минобороны",
        ),
    ],
)
def test_a_comparative_opening_the_sentence_is_no_part_of_the_body_after_it(
    text: str, speaker: str
) -> None:
    """ "Позднее" spells a neuter adjective as well as the comparative "later": before a
    body or a post it is the adverb of time, and no part of the speaker's name."""
    found = said(text)
    assert [s.speaker for s in found] == [speaker]


def test_later_after_a_day_before_the_article_is_on_or_before_its_day() -> None:
    found = said(
        "АСТАНА, 17 октября. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев 2 октября "
        "заявил, что Ташкент выходит из соглашения.\n\n"
        "Позднее МИД Узбекистана уточнил, что решение может быть пересмотрено."
    )
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Шавкат Мирзиёев", "2024-10-02"),
        ("МИД Узбекистана", "../2024-10-17"),
    ]


def test_later_after_the_article_day_is_that_day() -> None:
    found = said(
        "АСТАНА, 17 октября. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев в четверг "
        "заявил, что Ташкент выходит из соглашения.\n\n"
        "Позже МИД Узбекистана уточнил, что решение может быть пересмотрено."
    )
    assert [s.said_on for s in found] == ["2024-10-17", "2024-10-17"]


def test_no_later_than_a_day_in_what_was_said_dates_nothing() -> None:
    found = said(
        "АСТАНА, 17 октября. /ТАСС/. Министр иностранных дел Казахстана Мурат Нуртлеу "
        "2 октября заявил, что ответ будет дан не позднее ноября.\n\n"
        "Глава МИД Киргизии Жээнбек Кулубаев в четверг сказал, что Бишкек поддержит решение."
    )
    assert [s.said_on for s in found] == ["2024-10-02", "2024-10-17"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министр обороны Великобритании Джон Хили прибыл в Таллин. «Мы усилим наше "
            "присутствие на восточном фланге», — цитирует издание министра.",
            "Джон Хили",
        ),
        (
            "Глава МИД Польши Радослав Сикорский посетил Вильнюс. «Граница останется "
            "закрытой», — цитирует агентство Радослава Сикорского.",
            "Радослав Сикорский",
        ),
        (
            "Премьер Венгрии Виктор Орбан выступил в парламенте. «Мы не отправим оружие», "
            "— цитирует телеканал премьера.",
            "Виктор Орбан",
        ),
    ],
)
def test_an_outlet_named_by_its_kind_before_the_one_quoted_is_not_the_speaker(
    text: str, speaker: str
) -> None:
    """ "— цитирует издание министра": the outlet named by its kind (издание, агентство,
    телеканал), one or many, quotes; the one in the accusative after it said the words."""
    found = said(text)
    assert [s.speaker for s in found][-1:] == [speaker]
    assert found[-1].text.startswith("Мы") or found[-1].text.startswith("Граница")


@pytest.mark.parametrize(
    "next_day", ["Днем позже", "Днём позднее", "Сутками позже", "День спустя", "Спустя сутки"]
)
def test_a_day_later_counts_from_the_day_named_before(next_day: str) -> None:
    found = said(
        "АСТАНА, 17 октября. /ТАСС/. Министр иностранных дел Казахстана Мурат Нуртлеу "
        "в понедельник заявил, что Астана готова к посредничеству.\n\n"
        f"{next_day} глава МИД Киргизии Жээнбек Кулубаев сказал, что Бишкек поддержит "
        "эту инициативу."
    )
    assert [s.said_on for s in found] == ["2024-10-14", "2024-10-15"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Замглавы МИД Китая Сунь Вэйдун провел консультации с послом Вьетнама. Стороны "
            "обсудили морские споры, говорится в сообщении министерства.",
            "МИД Китая",
        ),
        (
            "Глава МИД Норвегии Эспен Барт Эйде встретился с коллегой из Палестины. «Осло "
            "поддерживает двухгосударственное решение», — говорится в заявлении ведомства.",
            "МИД Норвегии",
        ),
        (
            "Первый замглавы МИД Армении Ваган Костанян принял посла Ирана. Стороны "
            "обсудили транспортные проекты, сообщили в министерстве.",
            "МИД Армении",
        ),
    ],
)
def test_a_body_in_a_post_before_a_name_is_what_ministry_refers_back_to(
    text: str, body: str
) -> None:
    """ "Замглавы МИД Китая Сунь Вэйдун ...": the body is named in the post, and the
    holder's name in the nominative after it is no possessor of the body (as in "офис
    президента Сержа Саргсяна"); "министерство" below refers to the body alone."""
    found = said(text)
    assert [s.speaker for s in found] == [body]


TALKS = "Глава МИД Египта Бадр Абдель Аты провел переговоры с коллегой из Иордании. "


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        (
            "Египетский министр указал на недопустимость выселения жителей Газы, "
            "говорится в сообщении МИД Египта.",
            "на недопустимость выселения",
        ),
        (
            "Египетский министр настаивал на немедленном открытии гуманитарных коридоров, "
            "сообщает пресс-служба ведомства.",
            "на немедленном открытии",
        ),
        (
            "Министр, в свою очередь, указал на необходимость скорейшего перемирия, "
            "отмечается в заявлении министерства.",
            "на необходимость скорейшего перемирия",
        ),
    ],
)
def test_a_verb_s_object_by_its_preposition_before_a_trailing_source_is_what_was_said(
    sentence: str, starts: str
) -> None:
    """ "указал на недопустимость ..., говорится в сообщении МИД": the phrase after the
    verb opens with the preposition the verb takes its object by, and no clause follows
    it; it is what was said, not a circumstance ("на брифинге,"), and the one who pointed
    it out said it."""
    found = said(TALKS + sentence)
    assert [(s.speaker, s.text[: len(starts)]) for s in found] == [("Бадр Абдель Аты", starts)]


def test_a_circumstance_by_the_same_preposition_before_that_is_still_passed() -> None:
    found = said(TALKS + "Египетский министр указал на пресс-конференции, что Каир не "
                 "допустит выселения жителей Газы.")  # fmt: skip
    assert [s.text for s in found] == ["Каир не допустит выселения жителей Газы"]


@pytest.mark.parametrize("manner", ["такими словами", "этими словами", "этой фразой", "так"])
def test_a_quotation_pointed_back_at_by_words_of_manner_is_the_speakers(manner: str) -> None:
    """ "«...», — такими словами министр ответил на ...": the words of manner point back at
    the quotation as what the verb said, as "— так" does; the verb's object is the topic."""
    found = said(
        f"«Диалог возможен только на равных», — {manner} глава МИД Ирана Аббас Аракчи "
        "ответил на предложения европейских стран."
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Аббас Аракчи", "Диалог возможен только на равных")
    ]


@pytest.mark.parametrize(
    "talks",
    [
        "Встреча с Джейхуном Байрамовым продлилась более двух часов.",
        "Переговоры с азербайджанским коллегой Джейхуном Байрамовым прошли в Женеве.",
    ],
)
def test_he_after_talks_with_a_partner_keeps_the_subject_before(talks: str) -> None:
    """ "Встреча с X продлилась ...": the partner in the talks of the one the story is
    about is no one new on stage; "он" next is still the subject before."""
    found = said(BEFORE + talks + " Он добавил, что стороны обсудили делимитацию границы.")
    assert found[-1].speaker == "Арарат Мирзоян"
