"""Russian classes found in a yield scan of Russian-language news pages (agency wires,
their reprints, briefing reports), each written again in new words for its test.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 13)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_second_verb_of_stance_inside_what_the_trailing_speaker_said() -> None:
    # "X делает одно и надеется, что ..., заявил Y": "надеется" belongs to what Y said, not
    # to a speaker of its own that swallows the words
    text = (
        "МОСКВА, 13 марта. /ТАСС/. Россия внимательно изучает предложения партнеров и "
        "рассчитывает, что диалог по визам возобновится уже весной, заявил в беседе с "
        "журналистами директор консульского департамента МИД РФ Алексей Клименко.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Алексей Клименко"]
    assert found[0].text.startswith("Россия внимательно изучает")
    assert "весной" in found[0].text
