"""An embassy's channel copied as one page: posts parted by "* * *" or closed by their views
and time ("👁 4.2K  15:30"), each opened by its day alone ("11 марта 2025"). Words in a post
that give no day of their own were said on the post's day, not the page's, and a day told
in one post is no occasion for the words of the next (round thirty-six). Each test in new
words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_each_post_takes_the_day_above_it() -> None:
    text = (
        "Посольство России в Нидерландах\n\n"
        "11 марта 2025\n\n"
        "Посол России в Нидерландах В.Е.Тарабрин ответил на вопросы газеты De Telegraaf.\n\n"
        "«Диалог с Гаагой заморожен не по нашей вине», – сказал Посол.\n\n"
        "👁 4.2K  15:30\n\n"
        "* * *\n\n"
        "13 марта 2025\n\n"
        "В.Е.Тарабрин встретился с представителями российской общины.\n\n"
        "«Консульская помощь соотечественникам будет оказываться в полном объёме», – "
        "заверил дипломат.\n\n"
        "👁 2.8K  10:05\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 13),
        [
            ("Тарабрин", "Диалог с Гаагой заморожен", "2025-03-11"),
            ("Тарабрин", "Консульская помощь", "2025-03-13"),
        ],
    )


def test_posts_parted_by_their_closing_lines_alone() -> None:
    text = (
        "Посольство России в Сербии\n\n"
        "7 октября 2024\n\n"
        "Посол России в Сербии А.А.Боцан-Харченко посетил Нови-Сад.\n\n"
        "Он подчеркнул, что энергетическое сотрудничество двух стран будет расширяться.\n\n"
        "👁 9.0K  13:15\n\n"
        "9 октября 2024\n\n"
        "А.А.Боцан-Харченко выступил в Белградском университете.\n\n"
        "Посол отметил, что попытки давления на Белград со стороны Брюсселя обречены.\n\n"
        "👁 7.1K  18:40\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 9),
        [
            ("Боцан-Харченко", "энергетическое сотрудничество", "2024-10-07"),
            ("Боцан-Харченко", "попытки давления", "2024-10-09"),
        ],
    )


def test_a_day_told_in_a_newer_post_is_no_occasion_for_an_older_one() -> None:
    text = (
        "Посольство России в Испании\n\n"
        "12 июня 2025\n\n"
        "12 июня Посол России в Испании Ю.П.Климов выступил на приёме по случаю Дня "
        "России.\n\n"
        "«Наша страна остаётся открытой для равноправного сотрудничества», – сказал Посол "
        "гостям.\n\n"
        "👁 5.4K  21:10\n\n"
        "* * *\n\n"
        "10 июня 2025\n\n"
        "В Мадриде открылась выставка русской иконы.\n\n"
        "Выступая на открытии, Ю.П.Климов отметил, что духовные связи народов сильнее "
        "политической конъюнктуры.\n\n"
        "👁 3.3K  17:25\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 12),
        [
            ("Климов", "Наша страна остаётся открытой", "2025-06-12"),
            ("Климов", "духовные связи народов", "2025-06-10"),
        ],
    )


def test_one_dated_post_is_no_feed() -> None:
    """Near miss (passes before and after): a break above one date line gives no post its
    own day; a bare statement keeps the page's."""
    text = (
        "МОСКВА, 12 апреля. /ТАСС/. Глава МИД России Сергей Лавров провел переговоры "
        "с министром иностранных дел Омана.\n\n"
        "* * *\n\n"
        "10 апреля 2025\n\n"
        "Лавров сказал, что Москва поддерживает посредничество Маската.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 4, 12),
        [("Сергей Лавров", "Москва поддерживает посредничество", "2025-04-12")],
    )
