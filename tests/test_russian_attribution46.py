"""Russian attributions read in round 46: a hyphen typed for the dash before a word of
manner ("», - снова пояснил X"); "оценил" after a quotation or a line of dialogue ("- ...,
- оценил X обстановку"); "пресс-секретарь президента" for the one named "представитель
Кремля" before; "по его наблюдениям"; "объяснил, что он имел в виду" (what he meant, no
words of his); an imperfective "X заявлял, что ..." told as background though X spoke in
the story before; a naming gerund whose object points back ("..., назвав их «...»") going
on with the words before. Stories written here in the manner of Russian wire and
news-site copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2025, 11, 7)  # a Friday
DAY = "2025-11-07"


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=PUBLISHED)]


def test_hyphen_dash_then_word_of_manner() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Пресс-секретарь президента Дмитрий Песков ответил на "
        "вопросы журналистов.\n"
        '"Посол встречается с разными людьми, это нормальная практика", - сказал Песков.\n'
        '"Так работает любой дипломат в любой стране мира. Чем больше контактов, тем '
        'лучше", - снова пояснил пресс-секретарь президента.\n'
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Дмитрий Песков", "Посол встречается с разными людьми", DAY),
            ("Дмитрий Песков", "Так работает любой дипломат", DAY),
        ],
    )


def test_evaluated_after_a_quotation() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Министр иностранных дел России Сергей Лавров провел "
        "переговоры с коллегой из Египта.\n\n"
        "«Ситуация в регионе остается крайне напряженной», — оценил Лавров.\n"
    )
    assert_statements(
        text, PUBLISHED, [("Сергей Лавров", "Ситуация в регионе остается крайне", DAY)]
    )


def test_evaluated_after_a_line_of_dialogue() -> None:
    text = (
        "Заместитель председателя Совбеза РФ Дмитрий Медведев провел совещание на заводе "
        "в Туле.\n\n"
        "- Легкой жизни пока не будет, - оценил зампред Совбеза положение дел в отрасли. - "
        "Заказов стало вдвое больше, чем в прошлом году.\n\n"
        "- Нам нужно работать быстрее, - заключил Дмитрий Медведев.\n"
    )
    got = _said(text)
    assert [(who, words[:26]) for who, words, _ in got] == [
        ("Дмитрий Медведев", "Легкой жизни пока не будет"),
        ("Дмитрий Медведев", "Нам нужно работать быстрее"),
    ], got


def test_evaluated_without_quotation_is_nothing_said() -> None:
    # near miss: "оценил" with an object and no quotation before it says nothing
    text = (
        "Министр иностранных дел России Сергей Лавров оценил обстановку в регионе во время "
        "поездки в Каир.\n"
    )
    assert _said(text) == []


def test_press_secretary_of_the_president_is_the_kremlin_spokesman() -> None:
    text = (
        "Сообщения о скорой отставке министра не соответствуют действительности, заявил "
        "представитель Кремля Дмитрий Песков. По словам пресс-секретаря президента, которые "
        "приводит ТАСС, министр продолжает работать в обычном режиме.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Дмитрий Песков", "Сообщения о скорой отставке", DAY),
            ("Дмитрий Песков", "министр продолжает работать", DAY),
        ],
    )


def test_by_his_observations() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Постпред России при ОБСЕ Дмитрий Полянский рассказал, что "
        "западные коллеги избегают встреч с российскими дипломатами. По его наблюдениям, "
        "многие из них не переносят личное на рабочее.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Дмитрий Полянский", "западные коллеги избегают встреч", DAY),
            ("Дмитрий Полянский", "многие из них не переносят", DAY),
        ],
    )


def test_explained_what_he_meant_says_nothing() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Замминистра иностранных дел России Сергей Рябков "
        "объяснил, что он имел в виду, говоря о «почти готовом» соглашении с США. Эти слова "
        "дипломата привел телеканал CNN.\n"
    )
    assert _said(text) == []


def test_said_he_meant_something_is_said() -> None:
    # near miss: "что" opens what was said, and "имел в виду" has its own object
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Замминистра иностранных дел России Сергей Рябков заявил, "
        "что имел в виду не Вашингтон, а европейские столицы.\n"
    )
    assert_statements(text, PUBLISHED, [("Сергей Рябков", "имел в виду не Вашингтон", DAY)])


def test_imperfective_background_after_the_speaker_spoke() -> None:
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что "
        "Москва не станет просить Вашингтон вернуть консульство.\n\n"
        "Консульство закрылось весной 2018 года после высылки дипломатов. Лавров заявлял, "
        "что американская сторона должна освободить здание.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Сергей Лавров", "Москва не станет просить", DAY),
            ("Сергей Лавров", "американская сторона должна", "../" + DAY),
        ],
    )


def test_imperfective_narrating_the_occasion_keeps_its_day() -> None:
    # near miss: the imperfective after a quotation narrates the occasion reported
    text = (
        "МОСКВА, 7 ноября. /ТАСС/. Министр финансов Антон Силуанов заявил, что бюджет будет "
        "исполнен.\n\n"
        "«Мы выполним все обязательства», - говорил министр, отвечая на вопросы депутатов.\n"
    )
    got = _said(text)
    assert [day for _, _, day in got] == [DAY, DAY], got


def test_naming_gerund_pointing_back_goes_on() -> None:
    got = _said(
        "МОСКВА, 7 ноября. /ТАСС/. Ранее Виктория Нуланд сказала, что Вашингтон "
        "поддерживает удары по складам, назвав их «законными целями».\n"
    )
    assert len(got) == 1, got
    assert got[0][1].endswith("«законными целями»"), got


def test_naming_gerund_with_its_own_object_stays_apart() -> None:
    # near miss: the gerund names something else; a point of its own
    got = _said(
        "МОСКВА, 7 ноября. /ТАСС/. Мария Захарова заявила, что Москва ответит на новые "
        "ограничения, назвав решение Брюсселя «грабежом».\n"
    )
    assert [words[:12] for _, words, _ in got] == ["Москва ответ", "решение Брюс"], got
