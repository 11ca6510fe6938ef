""" "«...», — поспешили заверить в Пентагоне": an infinitive of saying governed by the verb
before it ("поспешил", "не преминули", "решили") ends an attribution after a quotation and
its dash as the verb alone does ("— заявили в Пентагоне"); the attribution starts at the
governing verb, whose number tells a body ("в Пентагоне") from a person.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2025, 3, 13)
DATELINE = "ВАШИНГТОН, 13 марта. /ТАСС/. "


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("поспешили заверить в Госдепартаменте", "Госдепартамент"),
        ("не преминули напомнить в МИД Великобритании", "МИД Великобритании"),
        ("решили уточнить в пресс-службе Белого дома", "пресс-служба Белого дома"),
        ("поспешил заверить министр обороны Пит Хегсет", "Пит Хегсет"),
    ],
)
def test_an_infinitive_of_saying_after_a_quotation_names_who_spoke(
    attribution: str, speaker: str
) -> None:
    text = (
        DATELINE + "«Поставки вооружений союзникам продолжатся в прежнем объеме», — "
        f"{attribution}.\n"
    )
    found = extract(text, published=THURSDAY)
    assert [(s.speaker, s.kind) for s in found] == [(speaker, "direct")]
    assert found[0].text.startswith("Поставки вооружений союзникам")


def test_an_infinitive_of_no_saying_after_a_quotation_is_no_attribution() -> None:
    # near miss: "поспешили успокоить" soothes; the verb after "поспешили" is no verb of
    # saying, and nothing is read (as on the starting code)
    text = DATELINE + "«Все пройдет по плану», — поспешили успокоить союзников.\n"
    assert extract(text, published=THURSDAY) == []


def test_as_a_body_hastened_to_say_names_the_body() -> None:
    # "Как поспешили заверить в X, ...": the plural verb before the infinitive tells a body
    text = (
        DATELINE + "Как поспешили заверить в Госдепартаменте, визит государственного "
        "секретаря в регион не отменен.\n"
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Госдепартамент"]
    assert found[0].text.startswith("визит государственного секретаря")
