""" "Депутат" means the chair of a Duma committee named before (round 44, Russian): a
committee of the Duma ("глава думского Комитета по делам СНГ", "председатель
парламентского комитета") is chaired by a deputy, so "Депутат напомнил, что ..." a
paragraph on is his words. A committee of another kind ("председатель Следственного
комитета") is no deputy's.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2015, 9, 18)


def said(text: str) -> list[ProposedStatement]:
    return extract(text, published=FRIDAY)


def test_a_deputy_is_the_chair_of_a_duma_committee() -> None:
    text = (
        "Европейские парламентарии все чаще приезжают в Россию. Об этом заявил глава "
        "думского Комитета по делам СНГ Леонид Слуцкий, выступая в Государственной думе.\n\n"
        "Депутат напомнил, что в июле Крым посетила делегация французских сенаторов."
    )
    got = said(text)
    assert [s.speaker for s in got] == ["Леонид Слуцкий", "Леонид Слуцкий"], got
    assert got[1].text.startswith("в июле Крым посетила делегация")


def test_near_miss_the_head_of_the_investigative_committee_is_no_deputy() -> None:
    text = (
        "Расследование будет продолжено. Об этом заявил председатель Следственного "
        "комитета Александр Бастрыкин.\n\n"
        "Депутат напомнил, что в июле Крым посетила делегация французских сенаторов."
    )
    got = said(text)
    assert all(
        s.speaker != "Александр Бастрыкин" or not s.text.startswith("в июле") for s in got
    ), got
