"""Russian failure classes earlier rounds noticed and left: a surname met only in an oblique
case ("заявление постпреда Василия Небензи", "с Небензей"), the first half of a double given
name ("с Касым-Жомартом Токаевым"), and a foreign given name after a title closed by its
country that the dictionary knows only as a place or lacks ("официальный представитель МИД
Ирана Насер Канани", "министра иностранных дел Египта Бадра Абдель Аты"). Pages written here
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
