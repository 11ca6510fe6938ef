"""Russian news (round 49): a given name the dictionary knows only as a short adjective
("Санна" as "санный") right before a surname inside a title is the name's first word, not
the end of the title; "в том же месяце" ("Ранее в том же месяце", "Позднее в том же
году") points back to the month or year the story told last, not to "before the page's
day" alone. Stories written here in the manner of an online news site."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 6, 20)
DAY = "2023-06-20"

_SHORT_ADJECTIVE_AS_GIVEN_NAME = (
    "Россия будет внимательно следить за расширением альянса на север. Об этом заявил "
    "журналистам официальный представитель МИД России.\n"
    "Накануне премьер-министр Финляндии Санна Марин сообщила, что правительство примет "
    "решение о заявке в ближайшие недели.\n"
)

_EARLIER_IN_THE_SAME_MONTH = (
    "Глава МИД России заявил, что Москва ответит на размещение новых баз у своих границ.\n"
    "В июне министр обороны Эстонии Ханно Певкур заявил, что страна готова принять "
    "дополнительные силы союзников.\n"
    "Ранее в том же месяце президент Латвии Эгилс Левитс сообщил, что республика увеличит "
    "расходы на оборону.\n"
)

_LATER_IN_THE_SAME_YEAR = (
    "В марте 2021 года министр обороны Эстонии Ханно Певкур заявил, что страна готова "
    "принять дополнительные силы союзников.\n"
    "Позднее в том же году президент Латвии Эгилс Левитс сообщил, что республика увеличит "
    "расходы на оборону.\n"
)

_NO_MONTH_BEFORE = (
    "Министр обороны Эстонии Ханно Певкур заявил, что страна готова принять дополнительные "
    "силы союзников.\n"
    "Ранее в том же месяце президент Латвии Эгилс Левитс сообщил, что республика увеличит "
    "расходы на оборону.\n"
)


def test_a_short_adjective_before_a_surname_is_a_given_name() -> None:
    assert_statements(
        _SHORT_ADJECTIVE_AS_GIVEN_NAME,
        PUBLISHED,
        [
            ("Санна Марин", "правительство примет решение", "2023-06-19"),
        ],
    )


def test_earlier_in_the_same_month_is_that_month() -> None:
    assert_statements(
        _EARLIER_IN_THE_SAME_MONTH,
        PUBLISHED,
        [
            ("Ханно Певкур", "страна готова", "2023-06"),
            ("Эгилс Левитс", "республика увеличит", "2023-06"),
        ],
    )


def test_later_in_the_same_year_is_that_year() -> None:
    assert_statements(
        _LATER_IN_THE_SAME_YEAR,
        PUBLISHED,
        [
            ("Ханно Певкур", "страна готова", "2021-03"),
            ("Эгилс Левитс", "республика увеличит", "2021"),
        ],
    )


def test_with_no_month_told_before_it_is_still_earlier() -> None:
    assert_statements(
        _NO_MONTH_BEFORE,
        PUBLISHED,
        [
            ("Ханно Певкур", "страна готова", DAY),
            ("Эгилс Левитс", "республика увеличит", f"../{DAY}"),
        ],
    )
