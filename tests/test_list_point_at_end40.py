"""A Russian page that lists a briefing's points, each a line opened by a dash and closed
by a semicolon, and ends on the last point ("— Президент России поблагодарил ... за
гостеприимство;"): the point is finished, so it is a statement like the others, not the
words of a text cut off mid-sentence. Near miss: a last line cut mid-sentence is still no
statement. Pages written here, in the manner of a Russian broadcaster's site."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 8, 19)

POINTS = (
    "Телефонный разговор Путина и Трампа продолжался около 40 минут, сообщил помощник "
    "президента Юрий Ушаков 19 августа.\n"
    "Другие заявления Ушакова:\n"
    "— Беседа лидеров прошла в откровенной и конструктивной атмосфере;\n"
    "— Президент России поблагодарил американского коллегу за гостеприимство в ходе "
    "встречи на Аляске;\n"
)

# near miss: the page is cut off inside the last point
CUT = POINTS.rstrip(";\n")[: -len("Аляске") - 3]


def test_last_point_of_a_list() -> None:
    assert_statements(
        POINTS,
        PUBLISHED,
        [
            ("Юрий Ушаков", "Телефонный разговор Путина", "2025-08-19"),
            ("Юрий Ушаков", "Беседа лидеров прошла", "2025-08-19"),
            ("Юрий Ушаков", "Президент России поблагодарил", "2025-08-19"),
        ],
    )


def test_last_point_cut_off() -> None:
    assert_statements(
        CUT,
        PUBLISHED,
        [
            ("Юрий Ушаков", "Телефонный разговор Путина", "2025-08-19"),
            ("Юрий Ушаков", "Беседа лидеров прошла", "2025-08-19"),
        ],
    )
