"""Round thirty-four, second wave, Russian wire reactions (read set w34b, and the English
class of w31a and the dev work half): the day in another person's attribution does not
date the next speaker's bare words, even when that person spoke at an occasion ("X в
пятницу на конференции заявил ... Y назвал ..."), unless the next speaker's own
attribution puts the words at an occasion ("на заседании", "на встрече"). Each test in new
words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2024, 12, 9)
LEAD = (
    "МОСКВА, 9 декабря. /ТАСС/. Правительства стран региона в понедельник продолжили "
    "обсуждать ситуацию в Сирии.\n\n"
)


def test_a_day_at_another_ones_conference_does_not_date_the_next_reaction() -> None:
    assert_statements(
        LEAD + "Министр иностранных дел Египта Бадр Абдель Аты в воскресенье на конференции в "
        "Каире заявил, что Египет направит в Ливан гуманитарную помощь. Премьер-министр "
        'Канады Джастин Трюдо назвал происходящее "концом полувекового страха".\n',
        MONDAY,
        [
            ("Бадр Абдель Аты", "Египет направит", "2024-12-08"),
            ("Джастин Трюдо", "происходящее", "2024-12-09"),
        ],
    )


def test_the_next_speaker_at_the_same_meeting_keeps_its_day() -> None:
    # near miss, the same on the starting code: "на встрече" places the words there
    assert_statements(
        LEAD + "Глава МИД Ирана Аббас Аракчи в субботу на встрече в Багдаде сказал, что Тегеран "
        "уважает выбор сирийского народа. Министр иностранных дел Ирака Фуад Хусейн на "
        "встрече подчеркнул, что Багдад закроет границу.\n",
        MONDAY,
        [
            ("Аббас Аракчи", "Тегеран уважает выбор", "2024-12-07"),
            ("Фуад Хусейн", "Багдад закроет границу", "2024-12-07"),
        ],
    )


def test_a_session_of_the_council_dates_each_speaker_placed_at_it() -> None:
    # near miss, the same on the starting code
    assert_statements(
        LEAD + "Выступая в субботу в Совбезе ООН, постпред Китая Фу Цун призвал стороны к "
        "сдержанности. Постпред Великобритании Барбара Вудворд на заседании заявила, что "
        "Лондон следит за событиями.\n",
        MONDAY,
        [
            ("Фу Цун", "стороны к сдержанности", "2024-12-07"),
            ("Барбара Вудворд", "Лондон следит", "2024-12-07"),
        ],
    )
