"""Russian failure classes earlier rounds noticed and left: a surname met only in an oblique
case ("заявление постпреда Василия Небензи", "с Небензей"), the first half of a double given
name ("с Касым-Жомартом Токаевым"), a foreign given name after a title closed by its
country that the dictionary knows only as a place or lacks ("официальный представитель МИД
Ирана Насер Канани", "министра иностранных дел Египта Бадра Абдель Аты"), and a headline or
lead set in capitals ("ЛАВРОВ: ..." over "глава МИД России заявил"). Pages written here
in the manner of TASS, RIA Novosti, Interfax and the Kremlin's site; each expected statement
is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUB = datetime.date(2025, 4, 16)
DAY = "2025-04-16"


# A Russian official's surname in "-я" ("Небензя") takes "-и" in the genitive, which a
# foreigner's surname in "-и" ("Гросси", "Таяни") keeps in every case: the post says whose
# country declines it. The name had come out as "Василий Небензи".
GENITIVE_OF_SURNAME_IN_YA = [
    "Об этом говорится в заявлении постоянного представителя РФ при ООН Василия Небензи",
    "Об этом говорится в обращении российского постпреда Василия Небензи",
    "Об этом говорится в письме постпреда России при ООН Василия Небензи",
]


@pytest.mark.parametrize("attribution", GENITIVE_OF_SURNAME_IN_YA)
def test_genitive_of_a_russian_officials_surname_in_ya(attribution):
    text = (
        "НЬЮ-ЙОРК, 16 апреля. /ТАСС/. Москва будет добиваться созыва экстренного заседания "
        f"Совета Безопасности ООН. {attribution}, направленном председателю Совбеза.\n\n"
        "По словам Небензи, западные члены совета затягивают рассмотрение вопроса.\n"
    )
    assert_statements(
        text,
        PUB,
        [
            ("Василий Небензя", "Москва будет добиваться созыва", DAY),
            ("Василий Небензя", "западные члены совета затягивают", DAY),
        ],
    )


# near-misses: a foreigner's surname in "-и" stays as written in the genitive
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("генерального директора МАГАТЭ Рафаэля Гросси", "Рафаэль Гросси"),
        ("министра иностранных дел Италии Антонио Таяни", "Антонио Таяни"),
        ("министра иностранных дел Грузии Маки Бочоришвили", "Мака Бочоришвили"),
    ],
)
def test_genitive_of_a_foreigners_surname_in_i_stays(title, name):
    text = (
        "МОСКВА, 16 апреля. /ТАСС/. Переговоры продолжатся на следующей неделе. Об этом "
        f"говорится в заявлении {title}.\n"
    )
    assert_statements(text, PUB, [(name, "Переговоры продолжатся на следующей", DAY)])


# "-ей" and "-ой" end the instrumental of names in "-я" and "-а" ("с Небензей", "с
# Ардзинбой"), never that of a name ending in a consonant ("-ом", "-ем"): the nominative
# had kept the instrumental's ending.
def test_instrumental_of_a_surname_in_ya():
    text = (
        "ООН, 16 апр - РИА Новости. Генеральный секретарь ООН провел во вторник встречу с "
        "российским постпредом Небензей.\n\n"
        "По словам Небензи, генсек пообещал изучить российские предложения.\n"
    )
    assert_statements(text, PUB, [("Небензя", "генсек пообещал изучить российские", "2025-04-15")])


# A double given name declines its second half only ("Касым-Жомарта", "с Касым-Жомартом"):
# the first half had been read as an adjective's instrumental ("касый").
def test_first_half_of_a_double_given_name_stays():
    text = (
        "Телефонный разговор с Президентом Казахстана\n\n"
        "Владимир Путин провел телефонный разговор с Президентом Республики Казахстан "
        "Касым-Жомартом Токаевым.\n\n"
        "Касым-Жомарт Токаев, в свою очередь, отметил, что Астана заинтересована в "
        "наращивании поставок зерна.\n"
    )
    assert_statements(
        text, PUB, [("Касым-Жомарт Токаев", "Астана заинтересована в наращивании", DAY)]
    )


# A given name the dictionary knows only as an indeclinable place ("Насер", the lake), after
# a title closed by its country and before a surname it does not know, is the given name:
# it had gone into the post ("официальный представитель МИД Ирана Насер").
@pytest.mark.parametrize(
    "lead",
    [
        "Официальный представитель МИД Ирана Насер Канани заявил, что",
        "Как заявил официальный представитель МИД Ирана Насер Канани,",
    ],
)
def test_given_name_known_only_as_a_place(lead):
    text = f"ТЕГЕРАН, 16 апреля. /ТАСС/. {lead} Тегеран не будет вести переговоры под давлением.\n"
    got = [(s.speaker, s.role.lower()) for s in extract(text, published=PUB)]
    assert got == [("Насер Канани", "официальный представитель мид ирана")]


# After a title closed by its country, a given name the dictionary lacks is the given name,
# whatever place or abbreviation its ending makes a guess of ("Бадра" as "бадра"): it had
# gone into the post ("министр иностранных дел Египта Бадра") and the rest read as a body
def test_unknown_given_name_after_a_country():
    text = (
        "КАИР, 16 апреля. /ТАСС/. Египет продолжит посредничество между сторонами, говорится "
        "в заявлении министра иностранных дел Египта Бадра Абдель Аты.\n"
    )
    got = [(s.speaker.split()[:2], s.role) for s in extract(text, published=PUB)]
    assert got == [(["Бадр", "Абдель"], "министр иностранных дел Египта")]


# A headline in capitals names the one the body only describes: read as the line written
# normally ("Лавров: Запад играет с огнем"), with names, places and abbreviations as the
# body writes them and other words in lower case. In capitals the body's statements had
# gone to no one and were dropped.
CAPITALS_HEADLINES = [
    (
        "ЛАВРОВ: ЗАПАД ИГРАЕТ С ОГНЕМ, ПОСТАВЛЯЯ ОРУЖИЕ КИЕВУ",
        "Западные страны играют с огнем, поставляя Киеву оружие. Такое мнение высказал "
        "глава МИД России на пресс-конференции в среду.",
        "Лавров",
    ),
    (
        "ЗАХАРОВА ОТВЕТИЛА НА ОБВИНЕНИЯ ЛОНДОНА",
        "Британская сторона так и не представила доказательств причастности Москвы к "
        "кибератакам, заявила в среду официальный представитель МИД РФ.",
        "Захарова",
    ),
    (
        "ПЕСКОВ ПРОКОММЕНТИРОВАЛ СЛОВА МАКРОНА О ВОЙСКАХ",
        "Отправка западных войск на Украину приведет к прямому столкновению с НАТО. Об "
        "этом в среду заявил пресс-секретарь президента РФ.",
        "Песков",
    ),
]


@pytest.mark.parametrize(("headline", "lead", "speaker"), CAPITALS_HEADLINES)
def test_headline_in_capitals_names_the_described_speaker(headline, lead, speaker):
    text = f"{headline}\n\nМОСКВА, 16 апреля. /ТАСС/. {lead}\n"
    assert_statements(text, PUB, [(speaker, lead.split(",")[0][:30], DAY)])


# near-miss: a body naming the speaker in full reads the same under either headline
def test_headline_in_capitals_over_a_named_speaker():
    body = (
        "\n\nМОСКВА, 16 апреля. /ТАСС/. Кремль не получал предложений о встрече лидеров, "
        "заявил в среду пресс-секретарь президента РФ Дмитрий Песков.\n"
    )
    expected = [("Дмитрий Песков", "Кремль не получал предложений", DAY)]
    assert_statements("ПЕСКОВ: КРЕМЛЬ НЕ ПОЛУЧАЛ ПРЕДЛОЖЕНИЙ О ВСТРЕЧЕ" + body, PUB, expected)
    assert_statements("Песков: Кремль не получал предложений о встрече" + body, PUB, expected)


# A page with no dateline whose lead is set in capitals: the lead is read as written
# normally, the speaker's full name from it, and the statements below keep it ("По словам
# С.Лаврова" had given "Лавров" alone, and the lead itself was lost).
def test_lead_in_capitals_without_a_dateline():
    text = (
        "ГЛАВА МИД РОССИИ СЕРГЕЙ ЛАВРОВ ЗАЯВИЛ, ЧТО МОСКВА НЕ ОТКАЗЫВАЕТСЯ ОТ КОНТАКТОВ "
        "С ВАШИНГТОНОМ.\n"
        '"Мы готовы к разговору, если он будет равноправным", - сказал министр.\n'
        "По словам С.Лаврова, американская сторона пока не выдвинула инициатив.\n"
    )
    name = "Сергей Лавров"
    assert_statements(
        text,
        PUB,
        [
            (name, "МОСКВА НЕ ОТКАЗЫВАЕТСЯ ОТ КОНТАКТОВ", DAY),
            (name, "Мы готовы к разговору", DAY),
            (name, "американская сторона пока не выдвинула", DAY),
        ],
    )


# A transcript whose header lines are set in capitals names the one its label gives by
# initials: his name and post as written normally, not in capitals ("ЛАВРОВ", "МИНИСТР
# ИНОСТРАННЫХ ДЕЛ РОССИИ")
def test_transcript_header_in_capitals():
    text = (
        "С.ЛАВРОВ: МОСКВА НЕ ЗАКРЫВАЕТ ДВЕРЬ ДЛЯ ПЕРЕГОВОРОВ\n"
        "ВЫСТУПЛЕНИЕ МИНИСТРА ИНОСТРАННЫХ ДЕЛ РОССИИ С.В.ЛАВРОВА НА ПРЕСС-КОНФЕРЕНЦИИ\n"
        "Вопрос: Возможна ли встреча с госсекретарем в ближайшее время?\n"
        "С.В.Лавров: Мы не закрываем дверь для переговоров. Но инициатива должна исходить "
        "от тех, кто разорвал контакты.\n"
    )
    got = [(s.speaker, s.role, s.text[:30]) for s in extract(text, published=PUB)]
    assert got == [("Лавров", "министр иностранных дел России", "Мы не закрываем дверь для пере")]
