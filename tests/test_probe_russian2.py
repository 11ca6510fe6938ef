"""Russian constructions found by probing one construction at a time (round 10): newspaper
page furniture, descriptions, the case of a name, second verbs of saying.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2025, 6, 16)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_newspapers_rubric_of_policy_is_nobodys_post() -> None:
    # "Мировая политика", "Внешняя политика": a section heading, whose "политика" reads as
    # the genitive of "политик" only; it must not become the first named person's post
    text = (
        "Известия\n"
        "Внешняя политика\n\n"
        "Газ пойдет через Каспий\n\n"
        "Эмомали Рахмон, открывая саммит в Душанбе, назвал проект «делом десятилетия». "
        "«Мы ждали этого долго», — сказал президент Таджикистана на церемонии.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Эмомали Рахмон", "Эмомали Рахмон"]
    assert found[0].role != "Внешняя политика"
