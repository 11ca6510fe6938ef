"""Round thirty-six, review check: in a round-up of the week, a day told under one
weekday's head is that day's occasion and no occasion for the words under the next head,
which take their own head's day (as the posts of a channel's feed do). Passes on the merged
round (54577573), fails on the round's start (0caa70ca): it pins the behaviour the reviewer
asked about. In new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_undated_words_under_the_next_weekday_take_that_weekdays_day() -> None:
    text = (
        "Дипломатическая неделя\n\n"
        "ПОНЕДЕЛЬНИК. Министр иностранных дел Армении Арарат Мирзоян в понедельник прибыл "
        "с визитом в Брюссель.\n\n"
        "СРЕДА. Мирзоян сообщил, что Ереван рассчитывает на расширение безвизового режима.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 14),
        [("Арарат Мирзоян", "Ереван рассчитывает на расширение", "2025-06-11")],
    )
