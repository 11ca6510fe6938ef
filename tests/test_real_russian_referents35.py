"""Round thirty-five, Russian press (read set w35h): a surname the article named before, met
after a verb in another form ("указал на просчеты Шольца"), is that man's genitive, no
subject of the verb; "ли" right after a verb ("спросили, считает ли он") asks, no one says;
"Его заместитель X" holds a post of the one named before, so "— заявил сенатор" after X's
words is X (but "— сказал министр" is still the minister); a bare "МИД" points back at a
foreign ministry, not at the government or council named before; "выступая перед
журналистами" is a press appearance, of the news day in next-day copy as "на
пресс-конференции" is; "который отвечает интересам" meets a thing, no reply, and stays
in the words of a naming. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_a_known_surname_in_the_genitive_after_the_verb_is_no_subject() -> None:
    text = (
        "Известия\n3 апреля 2024\n\n"
        "Канцлер Германии Олаф Шольц во вторник заявил, что Берлин не передаст Киеву "
        "ракеты Taurus.\n\n"
        "Политолог Артем Соколов, в свою очередь, указал на просчеты Шольца. «Канцлер "
        "опасается собственной коалиции», — пояснил он.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2024, 4, 3))]
    assert [who for who, _ in got] == ["Олаф Шольц", "Артем Соколов", "Артем Соколов"], got
    assert got[2][1].startswith("Канцлер опасается"), got


def test_a_question_asked_with_li_after_the_verb_is_no_statement() -> None:
    text = (
        "Газета.Ru\n3 апреля 2024\n\n"
        "Депутат Госдумы Алексей Чепа сказал, что визит «ничего не изменит».\n\n"
        "Напомним, в январе журналисты спросили министра обороны Франции, считает ли он "
        "отправку войск возможной.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 4, 3),
        [("Алексей Чепа", "визит «ничего не изменит»", "2024-04-03")],
    )


def test_a_chinese_surname_li_after_the_verb_is_still_the_speaker() -> None:
    """A near miss: passes before and after the change ("Ли" capitalised is a name)."""
    text = "Известия\n3 апреля 2024\n\n«Китай готов к диалогу», — заявил Ли Цян.\n"
    assert_statements(
        text, datetime.date(2024, 4, 3), [("Ли Цян", "Китай готов к диалогу", "2024-04-03")]
    )


def test_a_deputy_named_as_his_deputy_is_the_senator_who_then_speaks() -> None:
    text = (
        "Парламентская газета\n14 мая 2024\n\n"
        "Председатель Комитета Совфеда по обороне Виктор Бондарев назвал соглашение "
        "своевременным.\n\n"
        "Его заместитель Евгений Бушмин напомнил о том, что прежнее соглашение истекло "
        "год назад. «Без нового документа мы теряем рычаги влияния», — заявил сенатор.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2024, 5, 14))]
    assert got[-1][0] == "Евгений Бушмин", got
    assert got[-1][1].startswith("Без нового документа"), got


def test_the_minister_after_his_deputys_words_is_still_the_minister() -> None:
    """A near miss: passes before and after the change (a description by a post, not by
    membership of a body, is the superior's)."""
    text = (
        "Известия\n3 апреля 2024\n\n"
        "Министр иностранных дел России Сергей Лавров в среду провел переговоры с коллегой "
        "из Бразилии.\n\n"
        "Его заместитель Сергей Рябков сообщил, что консультации продолжатся. «Мы видим "
        "интерес партнеров», — сказал министр.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2024, 4, 3))]
    assert got[-1][0] == "Сергей Лавров", got


def test_a_bare_foreign_ministry_is_no_council_named_before() -> None:
    text = (
        "Ведомости\n16 апреля 2024\n\n"
        "Совет Европы во вторник призвал Москву освободить задержанных журналистов.\n\n"
        "В заявлении МИД, размещенном на сайте в тот же день, говорилось, что требования "
        "Страсбурга «не имеют юридической силы».\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2024, 4, 16))]
    assert got[-1][0] == "МИД", got
    assert got[-1][1].startswith("требования Страсбурга"), got


def test_a_bare_foreign_ministry_after_a_named_one_is_that_one() -> None:
    """A near miss: passes before and after the change."""
    text = (
        "Известия\n16 апреля 2024\n\n"
        "МИД Казахстана во вторник выразил надежду на скорое урегулирование.\n\n"
        "В заявлении МИД также говорилось, что Астана «готова предоставить площадку».\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=datetime.date(2024, 4, 16))]
    assert got[-1][0] == "МИД Казахстана", got


def test_speaking_to_the_press_in_next_day_copy_is_on_the_news_day() -> None:
    text = (
        "ВЗГЛЯД\n22 мая 2024\n\n"
        "Эксперты: встреча в Алма-Ате не принесла прорыва\n\n"
        "Накануне в Алма-Ате делегации Армении и Азербайджана работали около пяти часов.\n\n"
        "«Мы обсудили все спорные вопросы», – сказал Никол Пашинян на пресс-конференции "
        "по итогам переговоров.\n\n"
        "Ильхам Алиев, выступая отдельно перед журналистами, заявил, что Баку «не будет "
        "торопиться».\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 22),
        [
            ("Никол Пашинян", "Мы обсудили все спорные вопросы", "2024-05-21"),
            ("Ильхам Алиев", "Баку «не будет торопиться»", "2024-05-21"),
        ],
    )


def test_speaking_to_students_is_no_press_appearance() -> None:
    """A near miss: passes before and after the change."""
    text = (
        "ВЗГЛЯД\n22 мая 2024\n\n"
        "Накануне в Алма-Ате делегации Армении и Азербайджана работали около пяти часов.\n\n"
        "Политолог Андрей Суздальцев, выступая перед студентами МГУ, сказал, что процесс "
        "будет долгим.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 22),
        [("Андрей Суздальцев", "процесс будет долгим", "2024-05-22")],
    )


def test_a_relative_clause_that_meets_something_stays_in_the_naming() -> None:
    text = (
        "Парламентская газета\n14 мая 2024\n\n"
        "Сенатор Андрей Денисов назвал соглашение документом, который отвечает "
        "интересам обеих стран.\n\n"
        "Депутат Леонид Калашников назвал закон мерой, которая полностью отвечает "
        "современным требованиям.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 14),
        [
            ("Андрей Денисов", "соглашение документом, который отвечает интересам", "2024-05-14"),
            ("Леонид Калашников", "закон мерой, которая полностью отвечает", "2024-05-14"),
        ],
    )


def test_answering_for_something_is_no_reply() -> None:
    """A near miss: passes before and after the change."""
    text = (
        "Известия\n14 мая 2024\n\n"
        "Замглавы МИД Михаил Галузин, который отвечает за связи со странами СНГ, заявил, "
        "что консультации пройдут в июне.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 14),
        [("Михаил Галузин", "консультации пройдут в июне", "2024-05-14")],
    )


def test_answering_people_or_a_capital_is_still_a_reply() -> None:
    """A near miss: passes before and after the change."""
    text = (
        "Известия\n14 мая 2024\n\n"
        "Мария Захарова ответила Вашингтону, что Россия «не примет ультиматумов».\n\n"
        "Сенатор Андрей Клишас ответил критикам, что закон «соответствует Конституции».\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 5, 14),
        [
            ("Мария Захарова", "Россия «не примет ультиматумов»", "2024-05-14"),
            ("Андрей Клишас", "закон «соответствует Конституции»", "2024-05-14"),
        ],
    )
