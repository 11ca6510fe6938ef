"""Russian wire shapes (issue 8, round nineteen, blind set w20c): who "ведомство" and
"представитель ведомства" refer back to, a press service named in an aside between a
person and the verb, and a year named beside the day of the speaking. Each test in new
words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _said(text: str, published: datetime.date) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


def _speaker_of(text: str, published: datetime.date, start: str) -> str | None:
    return next(s for s, t, _ in _said(text, published) if t.startswith(start))


def _day_of(text: str, published: datetime.date, start: str) -> str | None:
    return next(d for _, t, d in _said(text, published) if t.startswith(start))


# -- "говорится в сообщении министерства" past a secretariat or a mission -----------------

ESTONIA = (
    "Минобороны отозвало аккредитацию\n\n"
    "МОСКВА, 20 июня. /РИА Новости/. Министерство обороны Эстонии во вторник уведомило "
    'посольство Латвии и представительство ОБСЕ о приостановке совместных учений. "Решение '
    'вызвано изменением графика подготовки подразделений", - говорится в сообщении '
    "министерства. В ведомстве добавили, что возобновить учения планируется осенью."
)
KAZAKHSTAN = (
    "Астана ответила на ноту\n\n"
    "АСТАНА, 5 октября. /Казинформ/. Министерство иностранных дел Казахстана в четверг "
    "направило ноту посольству Ирана и миссии Евросоюза. «Казахстан рассчитывает на "
    "конструктивный диалог по транзиту», — сказано в заявлении внешнеполитического "
    "ведомства. В министерстве также подчеркнули, что консультации продолжатся в ноябре."
)
SECRETARIAT_ALONE = (
    "Секретариат ООН выпустил доклад\n\n"
    "НЬЮ-ЙОРК, 9 ноября. /ТАСС/. Секретариат ООН в четверг опубликовал доклад о "
    'гуманитарной ситуации в Судане. "Более шести миллионов человек покинули свои дома", - '
    "говорится в документе. В ведомстве отметили, что финансирование программ помощи "
    "покрыто лишь на треть."
)


def test_ministry_past_the_mission_it_notified() -> None:
    day = datetime.date(2023, 6, 20)
    assert _speaker_of(ESTONIA, day, "Решение вызвано") == "Министерство обороны Эстонии"
    assert _speaker_of(ESTONIA, day, "возобновить учения") == "Министерство обороны Эстонии"


def test_ministry_past_the_embassy_and_the_union_mission() -> None:
    day = datetime.date(2023, 10, 5)
    want = "Министерство иностранных дел Казахстана"
    assert _speaker_of(KAZAKHSTAN, day, "Казахстан рассчитывает") == want
    assert _speaker_of(KAZAKHSTAN, day, "консультации продолжатся") == want


def test_secretariat_alone_is_still_the_body_referred_to() -> None:
    day = datetime.date(2023, 11, 9)
    assert _speaker_of(SECRETARIAT_ALONE, day, "финансирование программ") == "Секретариат ООН"


# -- "представитель ведомства" with no one of that ministry named --------------------------

TURKEY = (
    "Анкара призвала к сдержанности\n\n"
    "АНКАРА, 12 октября. /Анадолу/. Верховный представитель ЕС Жозеп Боррель накануне "
    "призвал стороны к деэскалации. МИД Турции в четверг также выступил с заявлением. Как "
    "сообщил представитель ведомства, Анкара готова выступить посредником."
)
CHINA = (
    "Брифинг в Пекине\n\n"
    "ПЕКИН, 5 июля. /Синьхуа/. Официальный представитель МИД КНР Мао Нин в среду "
    'прокомментировала визит американской делегации. "Мы призываем США соблюдать принцип '
    'одного Китая", - сказала она. Представитель ведомства также сообщила, что Пекин '
    "внимательно следит за ситуацией."
)


def test_unnamed_representative_of_the_ministry_is_the_ministry() -> None:
    day = datetime.date(2023, 10, 12)
    assert _speaker_of(TURKEY, day, "Анкара готова") == "МИД Турции"


def test_named_representative_of_the_ministry_stays() -> None:
    day = datetime.date(2023, 7, 5)
    assert _speaker_of(CHINA, day, "Пекин внимательно") == "Мао Нин"


# -- "X, как сообщила его пресс-служба, назвал ..." --------------------------------------

FRIDAY = datetime.date(2023, 6, 16)


def _one(sentence: str) -> tuple[str | None, str, str | None]:
    found = _said("Переговоры продолжатся\n\n" + sentence + "\n", FRIDAY)
    assert len(found) == 1, found
    return found[0]


def test_person_before_an_aside_of_the_press_service_speaks() -> None:
    speaker, text, _ = _one(
        "Президент Киргизии Садыр Жапаров, как сообщила его пресс-служба, назвал переговоры "
        "в Бишкеке конструктивными."
    )
    assert (speaker, text[:10]) == ("Садыр Жапаров", "переговоры")


def test_aside_with_a_day_dates_the_person_s_words() -> None:
    speaker, _, day = _one(
        "Президент Монголии Ухнаагийн Хурэлсух, как сообщила в среду его администрация, "
        "призвал соседей к сдержанности."
    )
    assert (speaker, day) == ("Ухнаагийн Хурэлсух", "2023-06-14")


def test_minister_before_an_aside_of_the_ministry_service_speaks() -> None:
    speaker, _, _ = _one(
        "Глава МИД Венгрии Петер Сийярто, как передает пресс-служба министерства, заявил в "
        "четверг, что Будапешт заблокирует решение."
    )
    assert speaker == "Петер Сийярто"


def test_country_before_an_aside_speaks_through_the_one_named() -> None:
    speaker, _, _ = _one(
        "Москва, как заявил глава МИД России Сергей Лавров, считает такие условия неприемлемыми."
    )
    assert speaker == "Сергей Лавров"


# -- "по итогам работы в 2023 году": the year beside the day --------------------------------

SERBIA = (
    "Глава МИД Сербии подвел итоги года\n\n"
    "БЕЛГРАД, 23 января. /ТАСС/. Сербия не присоединится к антироссийским санкциям, заявил "
    "во вторник министр иностранных дел республики Ивица Дачич на пресс-конференции по "
    "итогам работы ведомства в 2023 году.\n\n"
    '"Наша позиция не изменилась и не изменится под давлением", - сказал министр.\n\n'
    "По его словам, Белград рассчитывает на возобновление переговоров с Приштиной весной."
)
YEAR_ALONE = (
    "Токаев о санкциях\n\n"
    "АСТАНА, 4 марта. /Казинформ/. В 2022 году президент Казахстана Касым-Жомарт Токаев "
    "заявлял, что страна не будет помогать обходу санкций.\n\n"
    '"Мы соблюдаем международные обязательства", - говорил он тогда.'
)


def test_year_reviewed_does_not_date_the_words_after() -> None:
    day = datetime.date(2024, 1, 23)
    assert _day_of(SERBIA, day, "Наша позиция") == "2024-01-23"
    assert _day_of(SERBIA, day, "Белград рассчитывает") == "2024-01-23"


def test_year_alone_still_dates_the_words_after() -> None:
    day = datetime.date(2024, 3, 4)
    assert _day_of(YEAR_ALONE, day, "Мы соблюдаем") == "2022"


# -- "X, слова которого в среду привел Y, считает ..." --------------------------------------


def test_person_whose_words_were_passed_on_speaks_on_that_day() -> None:
    speaker, _, day = _one(
        "Президент Молдавии Майя Санду, слова которой в среду привел ее пресс-секретарь "
        "Даниел Водэ, считает, что переговоры должны продолжиться."
    )
    assert (speaker, day) == ("Майя Санду", "2023-06-14")


def test_person_whose_statement_an_embassy_spread_speaks() -> None:
    speaker, _, _ = _one(
        "Глава МИД Индии Субраманьям Джайшанкар, заявление которого распространило посольство "
        "в Москве, подчеркнул, что Нью-Дели сохранит нейтралитет."
    )
    assert speaker == "Субраманьям Джайшанкар"


def test_day_of_a_visit_in_a_relative_clause_does_not_date_the_words() -> None:
    _, _, day = _one(
        "Премьер Японии Фумио Кисида, визит которого в Киев начался в понедельник, сказал, "
        "что Токио продолжит помощь."
    )
    assert day == "2023-06-16"


# -- "Как в среду отметил X, ...": a day between "как" and its verb -------------------------


def test_as_with_a_weekday_between() -> None:
    speaker, text, day = _one(
        "Как в среду отметил замминистра Михаил Галузин, Москва готова к контактам с Ереваном."
    )
    assert (speaker, text[:6], day) == ("Михаил Галузин", "Москва", "2023-06-14")


def test_as_with_a_written_date_between() -> None:
    speaker, _, day = _one(
        "Как 12 июня сообщил посол Армении в России Грачья Погосян, Ереван ждет ответа на "
        "свою ноту."
    )
    assert (speaker, day) == ("Грачья Погосян", "2023-06-12")


def test_as_with_a_past_weekday_between() -> None:
    speaker, _, day = _one(
        "Как в минувшую пятницу заявил премьер-министр Грузии Ираклий Гарибашвили, Тбилиси не "
        "откроет второй фронт."
    )
    assert (speaker, day) == ("Ираклий Гарибашвили", "2023-06-09")
