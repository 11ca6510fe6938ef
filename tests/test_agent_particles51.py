"""The agent of a pointer back ("This was stated by X.", "This statement was made by X.")
runs over the lower-case particles of a surname ("von der", "van den", "da", "di", "le"):
they join the name, as "al" and "bin" do, and the whole name is the speaker, not its first
word. Sentences written here, in the manner of European and Latin American agency English."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 3, 7)  # a Thursday

PARTICLES = [
    (
        "The bloc will present a new aid package next month. This statement was made by "
        "Ursula von der Leyen in Strasbourg.\n",
        "Ursula von der Leyen",
    ),
    (
        "The Netherlands will keep its embassy in Kyiv open. This was stated by Hanneke van "
        "den Berg on Tuesday.\n",
        "Hanneke van den Berg",
    ),
    (
        "Paris will not send troops to the region. This view was expressed by Sophie le Brun "
        "in a radio interview.\n",
        "Sophie le Brun",
    ),
    (
        "Pretoria will not expel the ambassador. Such an opinion was voiced by Pieter du Toit "
        "in an interview with a newspaper.\n",
        "Pieter du Toit",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICLES)
def test_a_surnames_particles_are_part_of_the_agent(tmp_path: Path, text: str, speaker: str):
    said = ingested_statements(tmp_path, text, PUBLISHED)
    assert [s["speaker"] for s in said] == [speaker]


def test_a_lower_case_word_after_the_name_still_closes_it(tmp_path: Path):
    # near miss: "in an interview" after the name is no part of it
    text = (
        "Rome is ready to send more air defence systems. Such an opinion was voiced by "
        "Guido Santis in an interview with a newspaper.\n"
    )
    said = ingested_statements(tmp_path, text, PUBLISHED)
    assert [s["speaker"] for s in said] == ["Guido Santis"]
