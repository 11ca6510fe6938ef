"""Russian news sentences whose words open the sentence before the one who said them (read
set w29c): the topic of a verb of announcing ("О запросе на помощь Токаев объявил вечером 5
января") and the proposal of a verb of proposing ("Идею возобновить переговоры Путин выдвинул
в ночь на 11 мая"). After the verb stand only when and where, which date the statement.
And China's head of state, "Председатель КНР", whom the press then calls "китайский лидер";
and the one told to act, named before "чтобы" ("предупредил Киев и европейские столицы, чтобы
те ..."), with whom the statement starts, as "called on Israel to halt ..." does.

Every text here is invented, written in the manner of Russian agency and newspaper pages.
Each case lists the statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# An agency story: the topic with "о" opens the sentence, a surname that reads as a common
# noun's genitive ("Токаев") stands before "объявил", the day after it.
TOPIC_BEFORE_ANNOUNCED = """\
Токаев сформировал новое правительство

АСТАНА, 14 января. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев в пятницу представил \
депутатам мажилиса нового премьер-министра.

Об отставке прежнего кабинета Токаев объявил в среду на расширенном заседании \
правительства. Новые министры приступят к работе на следующей неделе.
"""

# A newspaper's recap: a parenthetical "Напомним," before the topic, "рассказал" and a day
# of the week after the verb.
TOPIC_AFTER_REMINDER = """\
Сийярто прилетел в Москву за газом

Министр иностранных дел Венгрии Петер Сийярто в четверг провел переговоры в Москве.

Напомним, о планах продлить контракт на поставки российского газа Сийярто рассказал \
в понедельник на пресс-конференции в Будапеште. Детали соглашения стороны не раскрывают.
"""

# A proposal fronted before a bare surname, the day and the occasion after "выдвинул".
PROPOSAL_BEFORE_PROPOSED = """\
Эрдоган снова зовет стороны в Стамбул

Президент Турции Реджеп Тайип Эрдоган в среду провел телефонный разговор с Владимиром \
Путиным.

Идею провести новый раунд переговоров в Стамбуле Эрдоган выдвинул в понедельник, выступая \
перед депутатами правящей партии. В Кремле пока не ответили на приглашение.
"""

# The same with "предложение" and only a month after the verb.
PROPOSAL_WITH_MONTH = """\
Макрон вернулся к идее европейской армии

Президент Франции Эмманюэль Макрон в четверг посетил военную базу под Тулоном.

Предложение создать общие европейские силы обороны Макрон выдвигал в ноябре в интервью \
радиостанции Europe 1. Германия эту идею тогда поддержала.
"""

# A clause after the verb is what was said, the topic before the subject only says what
# about; the bare surname after the topic is still the subject.
TOPIC_THEN_CLAUSE = """\
Лавров оценил итоги переговоров

Министр иностранных дел России Сергей Лавров в пятницу встретился с турецким коллегой.

О переговорах в Анкаре Лавров сказал журналистам, что они прошли конструктивно.
"""

# China's head of state by his title, then "китайский лидер" after an outlet's attribution:
# the message sent on Friday dates what it said.
CHINESE_LEADER_AFTER_OUTLET = """\
Си Цзиньпин направил послание Токаеву

Председатель КНР Си Цзиньпин в пятницу направил президенту Казахстана устное послание. Как \
передает агентство Синьхуа, китайский лидер подчеркнул, что Пекин готов оказать Астане \
необходимую поддержку.
"""

# The same head of state as "Лидер КНР" in a wire's later paragraph.
CHINESE_LEADER_BY_INITIALS = """\
Си Цзиньпин прибыл в Москву

МОСКВА, 20 марта. /ТАСС/. Председатель Китайской Народной Республики Си Цзиньпин в понедельник \
прибыл в Москву с государственным визитом.

Лидер КНР сказал в аэропорту, что отношения двух стран развиваются по восходящей.
"""

# The ones warned, named before ", чтобы" and taken up by "те".
WARNED_BEFORE_SO_THAT = """\
Путин предупредил Европу

Президент России Владимир Путин в субботу предупредил Киев и европейские столицы, чтобы те \
не мешали переговорному процессу.
"""

# The ones called on, named before ", чтобы они".
CALLED_ON_BEFORE_SO_THAT = """\
Гутерриш призвал к перемирию

НЬЮ-ЙОРК, 6 ноября. /ТАСС/. Генеральный секретарь ООН Антониу Гутерриш в понедельник призвал \
Израиль и ХАМАС, чтобы они немедленно прекратили огонь в секторе Газа.
"""

# Near miss (passes on the starting code too): a deed before ", чтобы" is the request, the
# clause after it its purpose; the statement starts with the ones called on either way.
CALLED_ON_WITH_PURPOSE = """\
Токаев позвал инвесторов

Президент Казахстана Касым-Жомарт Токаев в среду призвал иностранных инвесторов вложить \
средства в экономику страны, чтобы получить выгоду от реформ.
"""

CASES = [
    (
        TOPIC_BEFORE_ANNOUNCED,
        datetime.date(2022, 1, 14),
        [("Касым-Жомарт Токаев", "Об отставке прежнего кабинета", "2022-01-12")],
    ),
    (
        TOPIC_AFTER_REMINDER,
        datetime.date(2024, 3, 15),
        [("Петер Сийярто", "о планах продлить контракт", "2024-03-11")],
    ),
    (
        PROPOSAL_BEFORE_PROPOSED,
        datetime.date(2024, 3, 14),
        [("Реджеп Тайип Эрдоган", "Идею провести новый раунд", "2024-03-11")],
    ),
    (
        PROPOSAL_WITH_MONTH,
        datetime.date(2024, 3, 15),
        [("Эмманюэль Макрон", "Предложение создать общие", "2023-11")],
    ),
    (
        TOPIC_THEN_CLAUSE,
        datetime.date(2024, 3, 15),
        [("Сергей Лавров", "они прошли конструктивно", "2024-03-15")],
    ),
    (
        CHINESE_LEADER_AFTER_OUTLET,
        datetime.date(2022, 1, 8),
        [("Си Цзиньпин", "Пекин готов оказать Астане", "2022-01-07")],
    ),
    (
        CHINESE_LEADER_BY_INITIALS,
        datetime.date(2023, 3, 20),
        [("Си Цзиньпин", "отношения двух стран развиваются", "2023-03-20")],
    ),
    (
        WARNED_BEFORE_SO_THAT,
        datetime.date(2025, 8, 16),
        [("Владимир Путин", "Киев и европейские столицы, чтобы те", "2025-08-16")],
    ),
    (
        CALLED_ON_BEFORE_SO_THAT,
        datetime.date(2023, 11, 6),
        [("Антониу Гутерриш", "Израиль и ХАМАС, чтобы они", "2023-11-06")],
    ),
    (
        CALLED_ON_WITH_PURPOSE,
        datetime.date(2024, 3, 16),
        [("Касым-Жомарт Токаев", "иностранных инвесторов вложить", "2024-03-13")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    CASES,
    ids=[
        "topic_before_announced",
        "topic_after_reminder",
        "proposal_before_proposed",
        "proposal_with_month",
        "topic_then_clause",
        "chinese_leader_after_outlet",
        "chinese_leader_by_initials",
        "warned_before_so_that",
        "called_on_before_so_that",
        "called_on_with_purpose",
    ],
)
def test_read_set_w29c(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    assert_statements(text, published, expected)
