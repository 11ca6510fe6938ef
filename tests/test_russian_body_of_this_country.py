"""A body "of the republic" is the body of the country the story is filed from, by the name
the story gives it: "МИД республики" under a Minsk dateline and a headline "МИД Беларуси: ..."
is МИД Беларуси (read set w29c: four statements under "МИД республики"). Articles written
here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

TUESDAY = datetime.date(2023, 3, 28)


@pytest.mark.parametrize(
    ("dateline", "headline", "body", "speaker"),
    [
        (
            "МИНСК, 28 мар – Sputnik.",
            "МИД Беларуси: решение вынужденное",
            "МИД республики",
            "МИД Беларуси",
        ),
        (
            "АСТАНА, 28 марта. /ТАСС/.",
            "Глава МИД Казахстана прибыл в Пекин",
            "МИД республики",
            "МИД Казахстана",
        ),
        (
            "ЕРЕВАН, 28 марта. /ТАСС/.",
            "Минобороны Армении ответило Баку",
            "Минобороны страны",
            "Минобороны Армении",
        ),
    ],
)
def test_a_body_of_this_country_takes_the_name_the_story_gives_it(
    dateline: str, headline: str, body: str, speaker: str
) -> None:
    text = (
        f"{headline}\n\n{dateline} Решение является вынужденной мерой. Об этом говорится в "
        f"заявлении {body}.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == [speaker]


def test_with_no_country_name_in_the_story_the_body_keeps_its_words() -> None:
    text = (
        "МИНСК, 28 мар – Sputnik. Решение является вынужденной мерой. Об этом говорится в "
        "заявлении МИД республики.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["МИД республики"]
