"""'X заявил, что A, отметив, что B': a gerund of saying right after the words of the verb
before it goes on with that one statement (as "X said A, noting that B" does in English),
not a second statement. After words the verb follows ('«...», — заявил X, подчеркнув, что
...') or with a whole quotation of its own ('..., добавив: «...»') it stays a point of its
own. Stories written here in the manner of Russian wire and news-site copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 12)  # a Tuesday


def _texts(text: str) -> list[str]:
    return [s.text for s in extract(text, published=PUBLISHED)]


def test_said_that_then_gerund_is_one_statement() -> None:
    text = (
        "МОСКВА, 12 марта. Министр иностранных дел России Сергей Лавров заявил, что новые "
        "ограничения Евросоюза введены без всяких оснований, отметив, что они осложняют "
        "диалог накануне саммита.\n"
    )
    assert_statements(
        text, PUBLISHED, [("Сергей Лавров", "новые ограничения Евросоюза", "2024-03-12")]
    )
    assert "осложняют диалог" in _texts(text)[0]


def test_naming_then_gerund_is_one_statement() -> None:
    text = (
        "Официальный представитель МИД Мария Захарова назвала визит делегации провокацией, "
        "подчеркнув, что Москва даст «жесткий ответ».\n"
    )
    assert_statements(
        text, PUBLISHED, [("Мария Захарова", "визит делегации провокацией", "2024-03-12")]
    )
    assert "жесткий ответ" in _texts(text)[0]


def test_stance_then_gerund_is_one_statement() -> None:
    text = (
        "Замглавы МИД России Михаил Галузин выразил возмущение заявлениями "
        "представителей эстонских властей, отметив, что терпение Москвы не безгранично.\n"
    )
    got = _texts(text)
    assert len(got) == 1, got
    assert got[0].startswith("возмущение заявлениями") and "не безгранично" in got[0], got


def test_gerund_after_trailing_attribution_stays_apart() -> None:
    # near miss: the words come before the verb; the gerund adds a point after them
    assert_statements(
        "«Мы не видим смысла в этих переговорах», — заявил Дмитрий Песков, подчеркнув, что "
        "позиция Кремля не изменилась.\n",
        PUBLISHED,
        [
            ("Дмитрий Песков", "Мы не видим смысла", "2024-03-12"),
            ("Дмитрий Песков", "позиция Кремля не изменилась", "2024-03-12"),
        ],
    )


def test_gerund_with_whole_quotation_stays_apart() -> None:
    # near miss: a whole quotation added after the gerund is its own statement
    got = _texts(
        "Глава МИД Венгрии Петер Сийярто сказал, что встреча прошла конструктивно, добавив: "
        "«Мы договорились продолжить работу».\n"
    )
    assert len(got) == 2, got
    assert got[0].startswith("встреча прошла конструктивно"), got
    assert got[1].startswith("Мы договорились"), got


def test_naming_gerund_after_that_clause_stays_apart() -> None:
    # near miss: a naming gerund ("назвав ... «...»") is a point of its own, no clause
    got = _texts(
        "Пресс-секретарь президента Дмитрий Песков сказал, что Кремль изучит документ, "
        "назвав его появление «странным совпадением».\n"
    )
    assert len(got) == 2, got
    assert got[0].startswith("Кремль изучит документ"), got
