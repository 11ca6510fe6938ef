"""'Североатлантический альянс' is the Russian wires' other name for NATO, in any case
('по словам Североатлантического альянса'); the body speaks as 'НАТО' would (issue 8,
round twenty). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 7, 12)


def _found(body: str) -> list[tuple[str | None, str]]:
    text = "Саммит в Вашингтоне\n\nВАШИНГТОН, 12 июля. /ТАСС/. " + body + "\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_the_alliance_named_in_words_speaks_as_nato() -> None:
    for body in (
        "В четверг Североатлантический альянс объявил, что откроет новый штаб в Румынии.",
        "По словам Североатлантического альянса, новый штаб в Румынии откроется осенью.",
    ):
        found = _found(body)
        assert any(s == "НАТО" and "штаб в Румынии" in t for s, t in found), body


def test_an_official_of_the_alliance_is_still_the_one_who_speaks() -> None:
    found = _found(
        "Представитель Североатлантического альянса Фарах Дахлалла заявила, что новый штаб "
        "в Румынии откроется осенью."
    )
    assert [s for s, _ in found] == ["Фарах Дахлалла"]
