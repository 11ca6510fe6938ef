"""Russian background paragraphs that date a statement by the month told before (round 49
probes): "В том же месяце X сообщил", "Ранее в том же месяце", "в конце того же года" had no
pattern (the first fell to the page's day, the second to "ранее", before the page's day), and
"Тогда же" after "В феврале X уже заявляла" took the page's day, the "уже заявляла" between
hiding the month. Stories written here in the manner of ТАСС and the Moldovan sites."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.russian.when import date_phrases

PUBLISHED = datetime.date(2024, 3, 14)  # a Thursday
DAY = "2024-03-14"

_MONTH_THEN_SAME_MONTH = (
    "КИШИНЕВ, 14 марта. Президент Молдавии Майя Санду в четверг обвинила Россию во "
    "вмешательстве во внутренние дела республики.\n"
    "В феврале глава государства уже заявляла, что Москва готовила попытку переворота. Тогда "
    "же премьер-министр Дорин Речан сказал, что правительство усилит меры безопасности.\n"
    "В том же месяце министр иностранных дел Николае Попеску сообщил, что Кишинев вызвал "
    "российского посла.\n"
)


def test_then_and_the_same_month_take_the_month_told_before() -> None:
    assert_statements(
        _MONTH_THEN_SAME_MONTH,
        PUBLISHED,
        [
            ("Майя Санду", "Россию во вмешательстве", DAY),
            ("Майя Санду", "Москва готовила попытку", "2024-02"),
            ("Дорин Речан", "правительство усилит меры", "2024-02"),
            ("Николае Попеску", "Кишинев вызвал российского", "2024-02"),
        ],
    )


_EARLIER_IN_THAT_MONTH = (
    "МОСКВА, 14 марта. /ТАСС/. Официальный представитель МИД РФ Мария Захарова заявила в "
    "четверг, что Запад игнорирует обращения Москвы.\n"
    "В январе Захарова сообщала, что МИД направил в ОБСЕ письмо с данными об обстрелах.\n"
    "Ранее в том же месяце замминистра иностранных дел Сергей Рябков говорил, что диалог с "
    "Вашингтоном невозможен.\n"
)


def test_earlier_in_that_month_is_that_month_not_before_the_page() -> None:
    assert_statements(
        _EARLIER_IN_THAT_MONTH,
        PUBLISHED,
        [
            ("Мария Захарова", "Запад игнорирует", DAY),
            ("Мария Захарова", "МИД направил в ОБСЕ", "2024-01"),
            ("Сергей Рябков", "диалог с Вашингтоном", "2024-01"),
        ],
    )


def _dated(text: str) -> list[tuple[str, str]]:
    return [(p.when.evidence, p.when.edtf) for p in date_phrases(text, PUBLISHED)]


def test_the_same_month_or_year_after_a_day_or_a_year() -> None:
    assert _dated("5 мая 2022 года посол выступил. В том же месяце министр заявил об этом.")[
        -1
    ] == ("В том же месяце", "2022-05")
    assert _dated("В 2021 году он заявлял иное. В конце того же года посол сказал это.")[-1] == (
        "В конце того же года",
        "2021",
    )


def test_the_same_month_with_no_month_told_gives_no_time() -> None:
    assert _dated("В том же месяце министр заявил об этом.") == []


def test_parts_of_this_or_last_month_and_the_same_year_told_in_words() -> None:
    text = (
        "Баку, 14 марта, Report\n\n"
        "Президент Азербайджана Ильхам Алиев заявил в четверг, что Баку готов к переговорам.\n\n"
        "В начале месяца помощник президента Хикмет Гаджиев сообщил, что стороны обменялись "
        "предложениями.\n\n"
        "В конце прошлого месяца министр иностранных дел Армении Арарат Мирзоян сказал, что "
        "Ереван ждет ответа.\n\n"
        "В середине апреля прошлого года Алиев говорил, что договор может быть подписан.\n\n"
        "В мае того же года Мирзоян заявил, что делимитация границы займет время.\n"
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Ильхам Алиев", "Баку готов к переговорам", DAY),
            ("Хикмет Гаджиев", "стороны обменялись", "2024-03"),
            ("Арарат Мирзоян", "Ереван ждет ответа", "2024-02"),
            ("Ильхам Алиев", "договор может быть", "2023-04"),
            ("Арарат Мирзоян", "делимитация границы", "2023-05"),
        ],
    )
