"""Russian stories (round 48): media named as the source are no speakers. A channel named as
the one that writes ("Как пишет Telegram-канал «...»") was read as a person by its title; an
outlet's title in straight quotation marks after "в беседе с корреспондентом" was read as the
speaker of the sentence; and ", передает телеканал «...»." closing a reported clause was kept
as part of the words said. Stories written here in the manner of ТАСС, РИА Новости and
Armenian and Georgian Russian-language sites."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 6, 13)  # a Thursday
DAY = "2024-06-13"

_LEAD = (
    "ЕРЕВАН, 13 июня. /ТАСС/. Премьер-министр Армении Никол Пашинян допустил, что референдум "
    "по новой конституции может пройти в 2027 году.\n\n"
)


def test_a_channel_that_writes_is_no_speaker() -> None:
    channels = ('Telegram-канал "Лусамут"', "телеграм-канал «Лусамут»", "Телеграм-канал «Лусамут»")
    for channel in channels:
        assert_statements(
            _LEAD + f"Как пишет {channel}, оппозиция уже выступила против инициативы.\n",
            PUBLISHED,
            [("Никол Пашинян", "референдум по новой конституции", DAY)],
        )


def test_a_channel_closing_the_sentence_is_no_speaker() -> None:
    assert_statements(
        _LEAD + "Оппозиция уже выступила против инициативы, пишет Telegram-канал «Лусамут».\n",
        PUBLISHED,
        [("Никол Пашинян", "референдум по новой конституции", DAY)],
    )


def test_a_bodys_own_channel_still_speaks_for_it() -> None:
    got = extract(
        _LEAD + "Как сообщает Telegram-канал Минобороны, учения пройдут в августе.\n",
        published=PUBLISHED,
    )
    assert [s.speaker for s in got] == ["Никол Пашинян", "Минобороны"], got


def test_an_outlet_in_straight_marks_after_the_reporter_is_no_speaker() -> None:
    assert_statements(
        "Армения готова подписать мирный договор с Азербайджаном в течение месяца, рассказал в "
        'беседе с корреспондентом "Новостей-Армения" глава МИД республики Арарат Мирзоян.\n\n'
        '"Текст практически готов, остались считанные пункты", - уточнил министр.\n',
        PUBLISHED,
        [
            ("Арарат Мирзоян", "Армения готова подписать", DAY),
            ("Арарат Мирзоян", "Текст практически готов", DAY),
        ],
    )


def test_an_outlet_named_by_what_it_is_closes_the_words() -> None:
    outlets = ('телеканал "Рустави-2"', "агентство «Спутник Грузия»", "армянское издание News.am")
    for outlet in outlets:
        got = extract(
            "ТБИЛИСИ, 13 июня - РИА Новости. Глава МИД Грузии Илья Дарсалия заявил, что Тбилиси "
            f"не откажется от курса на евроинтеграцию, передает {outlet}.\n",
            published=PUBLISHED,
        )
        assert [(s.speaker, s.text) for s in got] == [
            ("Илья Дарсалия", "Тбилиси не откажется от курса на евроинтеграцию")
        ], got


def test_a_press_office_closing_the_sentence_is_not_cut_as_an_outlet() -> None:
    got = extract(
        "Глава МИД Грузии Илья Дарсалия заявил, что Тбилиси не откажется от курса на "
        "евроинтеграцию, сообщает пресс-служба «Грузинской мечты».\n",
        published=PUBLISHED,
    )
    assert len(got) == 1 and got[0].speaker == "Илья Дарсалия", got


def test_a_channels_title_before_the_verb_is_where_not_who() -> None:
    for where in ('в эфире телеканала "Прва"', "в эфире телеканала «Прва»", "в эфире «Прва»"):
        assert_statements(
            "Сербия не присоединится к антироссийским санкциям, несмотря на давление Брюсселя. "
            f"Об этом {where} рассказал президент страны Александр Вучич.\n",
            PUBLISHED,
            [("Александр Вучич", "Сербия не присоединится", DAY)],
        )
