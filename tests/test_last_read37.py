"""Round thirty-seven, last read: a ministry named by its clipped field in the nominative
("Минспорт России", "Минкульт") is a body, as "Минспорта" is; a film producer whose given
name is a Russian one ("producer Ilya X") is a person, while "miner Rio Tinto" stays a firm.
Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.russian import morph


def test_a_clipped_ministry_in_the_nominative_speaks() -> None:
    text = (
        "МОСКВА, 14 мая. /ТАСС/. Минспорт России в среду сообщил, что сборная примет участие "
        "в турнире в полном составе.\n\n"
        "Минкульт заявил, что гастроли театра пройдут по утвержденному графику.\n"
    )
    found = extract(text, published=datetime.date(2025, 5, 14))
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Минспорт России", "institution"),
        ("Минкульт", "institution"),
    ]
    assert morph.clipped_compound("Минспорт") and morph.clipped_compound("Минкульт")


def test_a_producer_with_a_russian_given_name_is_a_person() -> None:
    text = (
        "LOS ANGELES (Reuters) - Film producer Ilya Voronin said on Tuesday the festival "
        "premiere had been moved to the autumn.\n\n"
        "Miner Rio Tinto said separately that it would keep its Mongolian output steady.\n"
    )
    found = extract(text, published=datetime.date(2025, 5, 13))
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Ilya Voronin", "person"),
        ("Rio Tinto", "institution"),
    ]
