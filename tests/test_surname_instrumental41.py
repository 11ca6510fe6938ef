"""A man's Russian surname in "-ин", "-ов", "-ев" met in the instrumental ("с Григорием
Карасиным"), which the dictionary reads only as an adjective in "-ый" ("карасиный"): his
nominative is the stem ("Карасин"), not the adjective. A surname in "-ой" ("Боровым") keeps
its adjective's nominative, and a woman's instrumental ("Карасиной") its own. Stories
written here, in the manner of Russian-language outlets in Georgia."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.russian import morph

PUBLISHED = datetime.date(2016, 3, 16)


def test_a_speaker_first_named_in_the_instrumental(tmp_path) -> None:
    text = (
        "Зураб Абашидзе встретился в Праге с замглавы МИД РФ Григорием Карасиным.\n\n"
        "Перед встречей Карасин заявил, что Москва готова обсуждать торговые вопросы.\n"
    )
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got == ["Григорий Карасин"], got


@pytest.mark.parametrize(
    ("word", "gender", "nominative"),
    [
        ("Карасиным", "m", "Карасин"),
        ("Карасиным", None, "Карасин"),
        ("Совиным", "m", "Совин"),
        # near misses: a surname in "-ой", one the dictionary knows, a woman's form
        ("Боровым", "m", "Боровой"),
        ("Рябковым", "m", "Рябков"),
        ("Полянским", "m", "Полянский"),
        ("Карасиной", "f", "Карасина"),
    ],
)
def test_the_nominative_of_an_instrumental_surname(word, gender, nominative) -> None:
    assert morph.nominative(word, "ablt", gender) == nominative
