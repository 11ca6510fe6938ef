"""Russian constructions found by probing one construction at a time (round 10, second
wave): what Russian attribution leaves unsaid, the words of a country given a speaker.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

MONDAY = datetime.date(2025, 6, 16)


def said(text: str, published: datetime.date = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_countrys_call_is_the_words_of_the_one_about_this_after_it() -> None:
    # "Россия ... призывает ...": a country's verb of saying has no speaker of its own;
    # "Об этом сообщил X" after it gives X the whole sentence
    text = (
        "ВЕНА, 16 июня. /ТАСС/. Москва готова продлить зерновую сделку и призывает "
        "партнеров снять ограничения на экспорт удобрений. Об этом журналистам сообщил "
        "постоянный представитель России при международных организациях Михаил Ульянов.\n"
    )
    found = said(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Михаил Ульянов", "2025-06-16")]
    assert found[0].text.startswith("Москва готова продлить зерновую сделку")
