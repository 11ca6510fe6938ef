"""House styles of Russian-language outlets (wires, state media, regional agencies): the
formulas each writes attribution, datelines and days in. Pages written here in the manner of
several outlets; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

import pytest

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 3, 13)
TUESDAY = "2024-03-12"
EARLIER = "../2024-03-13"

# A sentence that closes on a participle ("побежденных", "погибших", "задержанных") before
# one that opens on its day: the participle belongs to the sentence before and does not make
# the day one on which something was done.
FRONTED_DAY_AFTER_PARTICIPLE = [
    (
        "Президент Белоруссии Иван Петров заявил, что Минск готов стать площадкой для "
        "переговоров. Он также отметил, что республика выступает за мир «без победителей и "
        "побежденных».\n\nНакануне глава МИД Белоруссии Олег Сидоренко заявил, что соседи не "
        "заинтересованы в урегулировании.",
        "Олег Сидоренко",
        "соседи не заинтересованы",
        TUESDAY,
    ),
    (
        "ЕРЕВАН, 13 мар – Sputnik. Власти уточнили число пострадавших. Накануне министр "
        "здравоохранения Анна Карапетян сообщила, что больницы работают в усиленном режиме.",
        "Анна Карапетян",
        "больницы работают в усиленном",
        TUESDAY,
    ),
    (
        "МОСКВА, 13 марта. /ТАСС/. Полиция отпустила всех задержанных. Ранее официальный "
        "представитель ведомства Ирина Волкова заявила, что нарушений не выявлено.",
        "Ирина Волкова",
        "нарушений не выявлено",
        EARLIER,
    ),
    (
        "АСТАНА. КАЗИНФОРМ – Спасатели продолжают поиск пропавших. Накануне аким области "
        "Ерлан Сапаров сказал журналистам, что к поиску привлечена авиация.",
        "Ерлан Сапаров",
        "к поиску привлечена авиация",
        TUESDAY,
    ),
    # near-misses: a participle in the same sentence still tells when that thing was done
    (
        "Посол Марат Искаков заявил, что принятое накануне решение не повлияет на "
        "двусторонние отношения.",
        "Марат Искаков",
        "принятое накануне решение не",
        "2024-03-13",
    ),
    (
        "Министр Павел Орлов сказал, что введённые ранее санкции не достигли цели.",
        "Павел Орлов",
        "введённые ранее санкции не",
        "2024-03-13",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start", "day"), FRONTED_DAY_AFTER_PARTICIPLE)
def test_fronted_day_after_a_participle_closing_the_sentence_before(text, speaker, start, day):
    found = [s for s in extract(text, published=WEDNESDAY) if s.text.startswith(start)]
    assert [(s.speaker, s.said_on) for s in found] == [(speaker, day)]


# Kazinform's dateline gives no day: "АСТАНА. КАЗИНФОРМ –", the city in capitals and the
# agency before a dash. It is the dateline, not the first words of a statement.
KAZINFORM_DATELINE = [
    (
        "АСТАНА. КАЗИНФОРМ – Казахстан намерен расширить поставки зерна в Китай, заявил "
        "министр сельского хозяйства Айдарбек Сапаров.",
        "Айдарбек Сапаров",
        "Казахстан намерен расширить поставки",
    ),
    (
        "АЛМАТЫ. KAZINFORM — Переговоры пройдут в закрытом формате, сообщил официальный "
        "представитель МИД Айбек Смадияров.",
        "Айбек Смадияров",
        "Переговоры пройдут в закрытом",
    ),
    (
        "ШЫМКЕНТ. КАЗИНФОРМ - «Мы завершим ремонт до конца лета», - сказал аким города "
        "Габит Сыздыкбеков.",
        "Габит Сыздыкбеков",
        "Мы завершим ремонт до",
    ),
    # near-miss: the subject opening the story after the dateline was found before too
    (
        "АСТАНА. КАЗИНФОРМ – Сенатор Нурлан Бекенов заявил, что закон будет принят до лета.",
        "Нурлан Бекенов",
        "закон будет принят",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), KAZINFORM_DATELINE)
def test_kazinform_dateline_without_a_day(text, speaker, start):
    found = extract("Заголовок новости\n\n" + text, published=WEDNESDAY)
    assert [(s.speaker, s.text[: len(start)], s.said_on) for s in found] == [
        (speaker, start, "2024-03-13")
    ]


# "спикер палаты", "глава сената", "глава парламента": the presiding officer of the chamber
# named before (Tass, Parliamentary Gazette, Kazinform, Armenpress write the full post
# first, then the short one); never a head of government or a ministry's spokeswoman.
CHAMBER_HEAD = [
    (
        "Спикер Палаты представителей США Майк Джонсон заявил, что голосование пройдет на "
        "следующей неделе. Госсекретарь Энтони Блинкен заявил, что помощь нужна срочно. "
        "Спикер палаты добавил, что демократы должны пойти на уступки.",
        "демократы должны пойти",
        ["Майк Джонсон"],
    ),
    (
        "Председатель Мажилиса Ерлан Кошанов заявил, что закон будет принят. Министр финансов "
        "Мади Такиев сказал, что бюджет сбалансирован. Глава палаты подчеркнул, что депутаты "
        "готовы работать.",
        "депутаты готовы работать",
        ["Ерлан Кошанов"],
    ),
    (
        "Председатель Национального собрания Армении Ален Симонян заявил, что Ереван открыт к "
        "диалогу. Глава парламента отметил, что визит пройдет в апреле.",
        "визит пройдет в апреле",
        ["Ален Симонян"],
    ),
    (
        "Председатель Совета Федерации Валентина Матвиенко заявила, что Россия открыта к "
        "сотрудничеству. Спикер палаты отметила, что межпарламентские связи помогают.",
        "межпарламентские связи помогают",
        ["Валентина Матвиенко"],
    ),
    # near-misses: a head of government or a spokeswoman is no chamber's head
    (
        "Председатель правительства России Михаил Мишустин заявил, что бюджет сбалансирован. "
        "Спикер палаты отметил, что поправки готовы.",
        "поправки готовы",
        [],
    ),
    (
        "Официальный представитель МИД Китая Мао Нин заявила, что Пекин против санкций. "
        "Глава палаты отметила, что поправки готовы.",
        "поправки готовы",
        [],
    ),
]


@pytest.mark.parametrize(("text", "start", "speakers"), CHAMBER_HEAD)
def test_chamber_head_points_back_at_the_presiding_officer(text, start, speakers):
    found = extract("Заголовок\n\n" + text, published=WEDNESDAY)
    assert [s.speaker for s in found if s.text.startswith(start)] == speakers


# Report.az closes its dateline's credit with a slash: "Баку. 13 марта. REPORT.AZ/".
REPORT_DATELINE = [
    (
        "Баку. 13 марта. REPORT.AZ/ Азербайджан готов поделиться опытом разминирования, "
        "заявил помощник президента Хикмет Гаджиев.",
        "Хикмет Гаджиев",
        "Азербайджан готов поделиться опытом",
    ),
    (
        "Гянджа. 13 марта. REPORT.AZ/ «Город будет восстановлен в срок», - сказал глава "
        "исполнительной власти Ниязи Байрамов.",
        "Ниязи Байрамов",
        "Город будет восстановлен",
    ),
    # near-miss: Interfax's dash after the credit, as before
    (
        "Белград. 13 марта. INTERFAX.RU - Сербия не введет санкции, заявил президент Марко "
        "Петрович.",
        "Марко Петрович",
        "Сербия не введет санкции",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), REPORT_DATELINE)
def test_report_dateline_closed_by_a_slash(text, speaker, start):
    found = extract("Заголовок\n\n" + text, published=WEDNESDAY)
    assert [(s.speaker, s.text[: len(start)]) for s in found] == [(speaker, start)]


# A wire's correspondent abroad ("АНКАРА, 13 марта. /ТАСС/.") writes "президент республики",
# "министр иностранных дел страны": the post is of the country filed from, not the outlet's,
# so "турецкий лидер", "иранский министр" later point back at that person.
POST_OF_THE_DATELINE_COUNTRY = [
    (
        "ТЕГЕРАН, 13 марта. /ТАСС/. Иран готов к переговорам, заявил министр иностранных дел "
        'страны Аббас Аракчи.\n\n"Мы не позволим сорвать процесс", - подчеркнул иранский '
        "министр.",
        ["Аббас Аракчи"],
    ),
    (
        "БАКУ, 13 мар - РИА Новости. Баку готов подписать договор, заявил президент республики "
        'Ильхам Алиев.\n\n"Мы не позволим сорвать процесс", - подчеркнул азербайджанский '
        "лидер.",
        ["Ильхам Алиев"],
    ),
    (
        "АНКАРА, 13 марта. /ТАСС/. Турция готова стать площадкой для переговоров, заявил "
        'президент республики Реджеп Тайип Эрдоган.\n\n"Мы не позволим сорвать процесс", - '
        "подчеркнул турецкий лидер.",
        ["Реджеп Тайип Эрдоган"],
    ),
    # near-misses: a post naming its country, and a story filed at home
    (
        "АНКАРА, 13 марта. /ТАСС/. Россия готова к переговорам, заявил министр иностранных дел "
        'РФ Сергей Лавров.\n\n"Мы не позволим сорвать процесс", - подчеркнул российский '
        "министр.",
        ["Сергей Лавров"],
    ),
    (
        "МОСКВА, 13 марта. /ТАСС/. Россия готова к переговорам, заявил глава МИД страны Сергей "
        'Лавров.\n\n"Мы не позволим сорвать процесс", - подчеркнул российский министр.',
        ["Сергей Лавров"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), POST_OF_THE_DATELINE_COUNTRY)
def test_post_of_this_country_is_the_dateline_country(text, speakers):
    found = extract("Заголовок\n\n" + text, published=WEDNESDAY)
    assert [s.speaker for s in found if s.text.startswith("Мы не позволим")] == speakers


# Posts of coordinators and negotiators ("координатор СНБ Белого дома по стратегическим
# коммуникациям", "спецкоординатор ООН", "главный переговорщик", "эмиссар ЕС"): TASS and
# RIA write them in full before the name; unknown as posts, the name was not found.
COORDINATOR_POSTS = [
    (
        "ВАШИНГТОН, 13 марта. /ТАСС/. США не направят войска на Украину. Об этом заявил на "
        "брифинге координатор Совета национальной безопасности Белого дома по стратегическим "
        "коммуникациям Джон Кирби.",
        "США не направят",
        ["Джон Кирби"],
    ),
    (
        "Ситуация в секторе Газа остается катастрофической, заявил спецкоординатор ООН по "
        "Ливану Жанин Хеннис-Пласхарт.",
        "Ситуация в секторе",
        ["Жанин Хеннис-Пласхарт"],
    ),
    (
        "Главный переговорщик Евросоюза Мишель Барнье заявил, что соглашение еще возможно.",
        "соглашение еще",
        ["Мишель Барнье"],
    ),
    (
        "Координатор СНБ Джон Кирби заявил, что помощь будет оказана.\n\n«Мы не оставим "
        "союзников», — подчеркнул координатор.",
        "Мы не оставим",
        ["Джон Кирби"],
    ),
    # a communications post is later called the body's spokesman
    (
        "ВАШИНГТОН, 13 марта. /ТАСС/. США не направят войска. Об этом заявил координатор "
        "Совета национальной безопасности Белого дома по стратегическим коммуникациям Джон "
        'Кирби.\n\n"Позиция не изменилась", - подчеркнул представитель Белого дома.',
        "Позиция не изменилась",
        ["Джон Кирби"],
    ),
    (
        "Сторонам удалось договориться, заявил посредник Евросоюза Тойво Клаар.",
        "Сторонам удалось",
        ["Тойво Клаар"],
    ),
    (
        "Спецпосредник ООН Стаффан де Мистура заявил, что переговоры продолжатся.",
        "переговоры продолжатся",
        ["Стаффан де Мистура"],
    ),
    # near-misses: an emissary found before too, a coordinator with no name is no speaker,
    # "выступить посредником" is no post
    (
        "Катар готов выступить посредником, заявил министр Мухаммед Аль Хулаифи.",
        "Катар готов",
        ["Мухаммед Аль Хулаифи"],
    ),
    (
        "«Диалог должен продолжаться», — сказал эмиссар ЕС по Косово Мирослав Лайчак.",
        "Диалог должен",
        ["Мирослав Лайчак"],
    ),
    ("По словам координатора гуманитарных программ, ситуация ухудшается.", "ситуация", []),
]


@pytest.mark.parametrize(("text", "start", "speakers"), COORDINATOR_POSTS)
def test_coordinator_and_negotiator_posts(text, start, speakers):
    found = extract("Заголовок\n\n" + text, published=WEDNESDAY)
    assert [s.speaker for s in found if s.text.startswith(start)] == speakers
