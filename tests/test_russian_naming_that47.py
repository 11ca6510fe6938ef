"""A verb of naming whose name, in the instrumental, stands right before ", что" ("назвал
важным сигналом, что ...", "назвала недопустимым, что ..."): the clause is what is named
and the name is the judgement said of it, so the statement starts with the name, as after
"то, что"; it was cut to the clause after "что" alone. The near miss: a verb of saying with
its hearer before ", что" still starts after "что". Sentences written here in the manner of
Russian agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 4, 3)
DAY = "2025-04-03"


def test_a_name_before_the_clause_starts_the_statement() -> None:
    assert_statements(
        "МОСКВА, 3 апреля. /ТАСС/. Помощник президента России Юрий Ушаков назвал важным "
        "сигналом, что Вашингтон согласился продолжить консультации по работе посольств.\n",
        PUBLISHED,
        [("Юрий Ушаков", "важным сигналом, что Вашингтон согласился", DAY)],
    )


def test_an_adjective_as_the_name() -> None:
    assert_statements(
        "МОСКВА, 3 апреля. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "назвала недопустимым, что посольство в Берлине не получило ответа на ноту.\n",
        PUBLISHED,
        [("Мария Захарова", "недопустимым, что посольство в Берлине", DAY)],
    )


def test_a_hearer_before_the_clause_is_no_name() -> None:
    assert_statements(
        "МОСКВА, 3 апреля. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков "
        "сообщил журналистам, что Кремль пока не получал предложений о встрече.\n",
        PUBLISHED,
        [("Дмитрий Песков", "Кремль пока не получал предложений", DAY)],
    )
