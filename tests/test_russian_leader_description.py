""" "Российский лидер" says no post: a president so described is still "президент".

"Первым слово взял российский лидер. Путин назвал переговоры «конструктивными». «...», —
заявил президент." lost its quotation (read set w29c): the description gave Putin the post
"российский лидер", and "президент" then fitted no one. A leader is a president, a premier
or a party's head; the description records no post that rules one out. Articles written
here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2025, 8, 15)
LEAD = (
    "АНКОРИДЖ, 15 августа. /ТАСС/.\n\nСаммит президентов России и США завершился. "
    "Владимир Путин и Дональд Трамп вышли к журналистам.\n\n"
)


@pytest.mark.parametrize(
    ("described", "then"),
    [
        (
            "Первым слово взял российский лидер. Путин назвал переговоры «конструктивными».",
            "президент",
        ),
        ("Первым выступил российский лидер. Путин назвал встречу «полезной».", "глава государства"),
    ],
)
def test_a_president_described_as_a_leader_is_still_the_president(
    described: str, then: str
) -> None:
    text = LEAD + described + f" «Мы рассчитываем на понимание», — заявил {then}.\n"
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text.split()[0]) for s in found][-1] == ("Владимир Путин", "Мы")


def test_a_premier_is_not_made_of_a_leader_named_as_president() -> None:
    text = (
        "МОСКВА, 15 августа. /ТАСС/.\n\nПрезидент России Владимир Путин провел совещание. "
        "Российский лидер назвал ситуацию «сложной». «Мы справимся», — заявил премьер.\n"
    )
    found = extract(text, published=FRIDAY)
    assert all(s.speaker == "Владимир Путин" for s in found[:1])
    assert not any(
        s.text.startswith("Мы справимся") and s.speaker == "Владимир Путин" for s in found
    )
