"""Russian reported speech (round 48): "По его словам, ..." right after a sentence placed
"Ранее" goes on with that earlier account (a "сегодня" inside the words is the speaker's own
then, not the report's day); a noun whose clause "того, что" is ("отметил символизм того,
что ...") is part of what was said; and "По мнению X" whose closing comma a regional
outlet left out still attributes the clause after the name. Stories written here in the
manner of ТАСС and regional news sites."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 4, 18)
DAY = "2024-04-18"
BEFORE = f"../{DAY}"

_EARLIER_THEN_HIS_WORDS = (
    "МОСКВА, 18 апреля. /ТАСС/. Министр иностранных дел Сербии Марко Джурич заявил "
    "журналистам, что Белград не присоединится к санкциям.\n\n"
    "Ранее Джурич выступил на заседании парламента. По его словам, сегодня давление на "
    "республику только растет.\n"
)

_EARLIER_STATEMENT_THEN_TODAY = (
    "МОСКВА, 18 апреля. /ТАСС/. Ранее посол Сербии в России Момчило Бабич заявил, что "
    "переговоры о поставках газа продолжатся. По его словам, сегодня стороны близки к "
    "соглашению.\n"
)

_TODAY_IN_THE_NEWS = (
    "МОСКВА, 18 апреля. /ТАСС/. Посол Сербии в России Момчило Бабич заявил, что сегодня "
    "стороны близки к соглашению по газу.\n"
)

_NOUN_OF_THE_CLAUSE = (
    "АСТАНА, 18 апреля. /ТАСС/. Министр иностранных дел Узбекистана Бахтиёр Саидов отметил "
    "значимость того, что переговоры прошли в год юбилея договора о дружбе.\n"
)

_PREPOSITION_BEFORE_THE_CLAUSE = (
    "АСТАНА, 18 апреля. /ТАСС/. Министр иностранных дел Узбекистана Бахтиёр Саидов "
    "высказался по поводу того, что переговоры затянулись на несколько месяцев.\n"
)

_VIEW_WITHOUT_ITS_COMMA = (
    "Постоянный представитель Сербии при ООН Желько Миятович рассказал о позиции Белграда.\n\n"
    "По мнению дипломата решение Генассамблеи не имеет обязательной силы для республики.\n"
)

_VIEW_OF_NO_ONE_NAMED = (
    "По мнению экспертов решение Генассамблеи не имеет обязательной силы для республики.\n"
)


def test_his_words_after_an_earlier_sentence_are_of_that_earlier_time() -> None:
    assert_statements(
        _EARLIER_THEN_HIS_WORDS,
        PUBLISHED,
        [
            ("Марко Джурич", "Белград не присоединится", DAY),
            ("Марко Джурич", "сегодня давление на республику", BEFORE),
        ],
    )


def test_today_in_the_words_does_not_move_an_earlier_statement_to_the_page_day() -> None:
    assert_statements(
        _EARLIER_STATEMENT_THEN_TODAY,
        PUBLISHED,
        [
            ("Момчило Бабич", "переговоры о поставках газа", BEFORE),
            ("Момчило Бабич", "сегодня стороны близки", BEFORE),
        ],
    )


def test_today_in_the_reported_news_still_dates_it() -> None:
    assert_statements(
        _TODAY_IN_THE_NEWS,
        PUBLISHED,
        [("Момчило Бабич", "сегодня стороны близки к соглашению", DAY)],
    )


def test_a_noun_owning_the_clause_is_part_of_the_words() -> None:
    assert_statements(
        _NOUN_OF_THE_CLAUSE,
        PUBLISHED,
        [("Бахтиёр Саидов", "значимость того, что переговоры прошли", DAY)],
    )


def test_a_prepositional_phrase_before_the_clause_is_not() -> None:
    assert_statements(
        _PREPOSITION_BEFORE_THE_CLAUSE,
        PUBLISHED,
        [("Бахтиёр Саидов", "переговоры затянулись", DAY)],
    )


def test_a_view_whose_comma_was_left_out_is_attributed() -> None:
    assert_statements(
        _VIEW_WITHOUT_ITS_COMMA,
        PUBLISHED,
        [("Желько Миятович", "решение Генассамблеи не имеет", DAY)],
    )


def test_a_view_of_unnamed_experts_is_no_statement() -> None:
    assert_statements(_VIEW_OF_NO_ONE_NAMED, PUBLISHED, [])
