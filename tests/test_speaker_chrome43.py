"""Words that are no part of a speaker's name: the second body a post serves
("Ambassador to the United States and the United Nations Gilad Erdan"), and an adverb
before a participle ("..., once more expressing his condolences"). Near misses: an "and"
that joins two parties still gives the party named last, and "once again" stays an
adverb. Sentences written here, in the manner of wire and agency copy."""

import datetime

from tracker.extract import extract

DAY = datetime.date(2025, 4, 23)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=DAY)]


def test_the_second_body_a_post_serves() -> None:
    text = (
        "NEW YORK \u2013 Israel's Ambassador to the United States and the United Nations "
        "Gilad Erdan said on Wednesday that the council had failed the hostages.\n"
    )
    assert _speakers(text) == ["Gilad Erdan"]


def test_two_parties_joined_by_and_are_left_as_they_were() -> None:
    text = (
        "The US ambassador to Israel and the European Union said on Wednesday that the "
        "council had failed the hostages.\n"
    )
    assert _speakers(text) == ["European Union"]


def test_once_more_before_a_participle() -> None:
    text = (
        "IAEA Director General Rafael Grossi presented his report on Iran on Monday, once "
        "more expressing his deepest condolences over the deaths of the delegation.\n"
    )
    assert _speakers(text) == ["Rafael Grossi"]
