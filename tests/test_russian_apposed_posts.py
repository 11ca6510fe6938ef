""" "По словам шерпы России в БРИКС, замминистра иностранных дел Сергея Рябкова, ...": a
post with no name, then, set off by commas, a second post with the name of the one holding
both; the speaker is that one, and the words start after the second comma.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 9, 11)


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [
        (
            "спецпредставителя президента по Ближнему Востоку, замглавы МИД Михаила Богданова",
            "Михаил Богданов",
        ),
        ("шерпы России в ШОС, замминистра иностранных дел Андрея Руденко", "Андрей Руденко"),
        (
            "главы делегации на переговорах, помощника президента Владимира Мединского",
            "Владимир Мединский",
        ),
    ],
)
def test_the_name_in_the_second_post_is_the_speaker(owner: str, speaker: str) -> None:
    text = (
        f"МОСКВА, 11 сентября. /РИА Новости/. По словам {owner}, контакты со всеми сторонами "
        "конфликта продолжаются.\n"
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == [speaker]
    assert found[0].text.startswith("контакты со всеми сторонами")


def test_a_clause_opening_with_a_post_after_the_comma_is_what_was_said() -> None:
    # near miss (as on the starting code): the second part has no comma of its own to close
    # it, so it is what was said, not the speaker's second post
    text = (
        "МОСКВА, 11 сентября. /ТАСС/. Делегацию возглавит замминистра Андрей Руденко. По словам "
        "Руденко, посол Японии будет вызван в МИД на следующей неделе.\n"
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Андрей Руденко"]
    assert found[0].text.startswith("посол Японии будет вызван")
