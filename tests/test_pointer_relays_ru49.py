"""Russian leads whose words come before their attribution (round 49 probes): "Как передает
Report, такое заявление сделал X" was no attribution (the words pointing back were read only
at the sentence's start, not after an outlet's relay); "Об этом в пятницу говорится в
заявлении МИД" lost the ministry's statement (only a bare "Об этом" was read before the
document's verb); and "Такое мнение высказал также X" after "Об этом говорится в заявлении
МИД" gave X that pointer sentence as his words and took the ministry's away. Stories
written here in the manner of Report.az and ТАСС."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 5, 18)  # a Thursday
DAY = "2023-05-18"


def test_such_a_statement_after_an_outlets_relay_points_back() -> None:
    assert_statements(
        "Баку, 18 мая, Report\n\n"
        "Ереван должен отказаться от территориальных претензий, если хочет мира в регионе.\n\n"
        "Как передает Report, такое заявление сделал в четверг министр иностранных дел "
        "Азербайджана Джейхун Байрамов на встрече с послами.\n",
        PUBLISHED,
        [("Джейхун Байрамов", "Ереван должен отказаться", DAY)],
    )


def test_a_day_between_about_this_and_a_documents_verb() -> None:
    assert_statements(
        "МОСКВА, 18 мая. /ТАСС/. Россия ответит на высылку своих дипломатов из Эстонии. "
        "Ответные меры последуют в ближайшее время.\n\n"
        "Об этом в четверг говорится в заявлении МИД РФ, опубликованном на сайте ведомства.\n",
        PUBLISHED,
        [("МИД РФ", "Россия ответит на высылку", DAY)],
    )


def test_the_same_view_after_a_documents_pointer_takes_no_words() -> None:
    assert_statements(
        "МОСКВА, 18 мая. /ТАСС/. Россия ответит на высылку своих дипломатов из Эстонии. "
        "Об этом говорится в заявлении МИД РФ, опубликованном в четверг на сайте ведомства.\n\n"
        "Такое мнение высказал также заместитель главы МИД Михаил Галузин.\n",
        PUBLISHED,
        [("МИД РФ", "Россия ответит на высылку", DAY)],
    )
