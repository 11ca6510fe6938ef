"""Russian wire stories probed for kinds of sentences real pages use (round 47): a lead that
opens on the words someone else spoke on ("Заявление премьера X о том, что ..., сказал
посол Y") read as a ministry page's title, so the quotation after it ("«...», — приводит
слова Y ТАСС") went to X; "два месяца назад", "год назад", "полгода назад" left undated;
and a headline "X: ..." over a dateline and "Об этом заявил X" dropped with the dateline's
front matter. Stories written here in the manner of ТАСС, РИА Новости and БелТА."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract.russian.when import date_phrases

PUBLISHED = datetime.date(2024, 11, 12)  # a Tuesday
DAY = "2024-11-12"

_LEAD_ON_OTHERS_WORDS = (
    "Посол РФ оценил слова армянского премьера об ОДКБ\n\n\n"
    "Заявление премьер-министра Армении Никола Пашиняна о том, что Ереван заморозил участие "
    "в ОДКБ, не означает выхода республики из организации, сказал во вторник российский "
    "посол в Ереване Сергей Копыркин.\n"
    "«Мы исходим из того, что Армения остается нашим союзником. Я не вижу причин думать "
    "иначе», — приводит слова Копыркина ТАСС.\n"
    "Посол также отметил, что консультации по линии МИД продолжатся.\n"
)


def test_a_lead_opening_on_others_words_is_no_statement_pages_title() -> None:
    assert_statements(
        _LEAD_ON_OTHERS_WORDS,
        PUBLISHED,
        [
            ("Сергей Копыркин", "Заявление премьер-министра Армении", DAY),
            ("Сергей Копыркин", "Мы исходим из того", DAY),
            ("Сергей Копыркин", "консультации по линии МИД", DAY),
        ],
    )


def _dated(sentence: str) -> list[tuple[str, str]]:
    return [(p.when.evidence, p.when.edtf) for p in date_phrases(sentence, PUBLISHED)]


def test_months_and_years_ago_give_the_month_and_the_year() -> None:
    assert _dated("Два месяца назад посол сообщил об этом.") == [("Два месяца назад", "2024-09")]
    assert _dated("Месяц назад он говорил иначе.") == [("Месяц назад", "2024-10")]
    assert _dated("Полгода назад министр это отрицал.") == [("Полгода назад", "2024-05")]
    assert _dated("Год назад дипломат говорил о том же.") == [("Год назад", "2023")]
    assert _dated("Три года назад посол заявлял обратное.") == [("Три года назад", "2021")]


def test_years_ago_without_a_count_read_whole_is_only_before_the_page() -> None:
    assert _dated("Много лет назад он отмечал это.") == [("лет назад", f"../{DAY}")]
    assert _dated("Двадцать пять лет назад он говорил иное.") == [("пять лет назад", f"../{DAY}")]
    assert _dated("Несколько месяцев назад он говорил иное.") == [
        ("Несколько месяцев назад", f"../{DAY}")
    ]


_HEADLINE_POINTED_AT = (
    "Лукашенко: Беларусь не собирается вступать в войну\n\n"
    "МИНСК, 12 ноября. /БелТА/. Об этом заявил Президент Беларуси Александр Лукашенко "
    "в интервью телеканалу «Россия».\n\n"
    "«Мы ни на кого не нападаем, но и себя в обиду не дадим», — подчеркнул белорусский "
    "лидер.\n"
)

_HEADLINE_RESTATED = (
    "Рябков: Москва не вернется к договору без учета ее интересов\n\n"
    "МОСКВА, 12 ноября. /ТАСС/. Россия не вернется к выполнению договора, пока США не "
    "откажутся от враждебного курса. Об этом заявил во вторник заместитель министра "
    "иностранных дел РФ Сергей Рябков.\n"
)


def test_a_headline_a_wires_lead_points_back_at_is_the_statement() -> None:
    assert_statements(
        _HEADLINE_POINTED_AT,
        PUBLISHED,
        [
            ("Александр Лукашенко", "Беларусь не собирается вступать в войну", DAY),
            ("Александр Лукашенко", "Мы ни на кого не нападаем", DAY),
        ],
    )


def test_a_headline_the_lead_restates_stays_front_matter() -> None:
    assert_statements(
        _HEADLINE_RESTATED,
        PUBLISHED,
        [("Сергей Рябков", "Россия не вернется к выполнению договора", DAY)],
    )
