"""Talks told as held before the story's day ("Ранее Ван И провел переговоры с ...") are
where the words told right after them were said, some day on or before the page's (as the
page does not say which); and "Как сообщал МИД КНР" (an imperfective report) is a report
made before, as "как сообщалось" is. Stories written here in the manner of РИА Новости, СТВ
and bb.lv; each expected statement is checked for its speaker, its first words and its
day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 2, 22)

TALKS_BEFORE = (
    "Сийярто прибыл в Минск\n\n"
    "МИНСК, 22 февраля. Министр иностранных дел Венгрии Петер Сийярто прибыл в Минск на "
    "переговоры с белорусским коллегой Максимом Рыженковым.\n\n"
    "Ранее Сийярто провел переговоры с премьер-министром Белоруссии Александром Турчиным.\n\n"
    "Сийярто заявил о важности энергетического сотрудничества двух стран. Турчин в свою "
    "очередь подчеркнул, что Минск готов наращивать поставки.\n"
)
MET_BEFORE = (
    "Ринкевич прибыл в Берлин\n\n"
    "РИГА, 22 февраля. Президент Латвии Эдгар Ринкевич прибыл в Берлин.\n\n"
    "Ранее Ринкевич встретился с канцлером Германии Олафом Шольцем. Ринкевич подчеркнул, "
    "что Латвия рассчитывает на поддержку Берлина.\n"
)
REPORTED_BEFORE = (
    "Ван И прибыл в Москву\n\n"
    "МОСКВА, 22 февраля. Глава канцелярии комиссии по иностранным делам ЦК КПК Ван И "
    "прибыл в Москву.\n\n"
    "Как сообщал МИД КНР, Пекин готов к углублению стратегического партнерства с Москвой.\n"
)
# near miss: a report in the perfective is of the story's day
REPORTED_NOW = (
    "Лукашенко провел совещание\n\n"
    "МИНСК, 22 февраля. Президент Белоруссии Александр Лукашенко провел совещание по "
    "экономике. Как сообщила пресс-служба главы государства, Лукашенко потребовал навести "
    "порядок в ценообразовании.\n"
)
# near miss: an earlier visit is no talks; the words are of the story's day
VISITED_BEFORE = (
    "Сийярто прибыл в Минск\n\n"
    "МИНСК, 22 февраля. Министр иностранных дел Венгрии Петер Сийярто прибыл в Минск.\n\n"
    "Ранее Сийярто посетил Белорусскую АЭС.\n\n"
    "Сийярто заявил, что Будапешт заинтересован в атомной энергетике.\n"
)
# near miss: the words' own day after the talks
OWN_DAY_AFTER_TALKS = (
    "Сийярто прибыл в Минск\n\n"
    "МИНСК, 22 февраля. Министр иностранных дел Венгрии Петер Сийярто прибыл в Минск.\n\n"
    "Ранее Сийярто провел переговоры с премьер-министром Белоруссии Александром Турчиным. "
    "В среду Сийярто заявил, что Будапешт против новых санкций.\n"
)


def test_talks_before() -> None:
    assert_statements(
        TALKS_BEFORE,
        PUBLISHED,
        [
            ("Петер Сийярто", "о важности энергетического сотрудничества", "../2024-02-22"),
            ("Александр Турчин", "Минск готов наращивать поставки", "../2024-02-22"),
        ],
    )


def test_met_before() -> None:
    assert_statements(
        MET_BEFORE,
        PUBLISHED,
        [("Эдгар Ринкевич", "Латвия рассчитывает на поддержку", "../2024-02-22")],
    )


def test_reported_before() -> None:
    assert_statements(
        REPORTED_BEFORE,
        PUBLISHED,
        [("МИД КНР", "Пекин готов к углублению", "../2024-02-22")],
    )


def test_reported_now() -> None:
    assert_statements(
        REPORTED_NOW,
        PUBLISHED,
        [("Александр Лукашенко", "навести порядок в ценообразовании", "2024-02-22")],
    )


def test_visited_before() -> None:
    assert_statements(
        VISITED_BEFORE,
        PUBLISHED,
        [("Петер Сийярто", "Будапешт заинтересован", "2024-02-22")],
    )


def test_own_day_after_talks() -> None:
    assert_statements(
        OWN_DAY_AFTER_TALKS,
        PUBLISHED,
        [("Петер Сийярто", "Будапешт против новых санкций", "2024-02-21")],
    )
