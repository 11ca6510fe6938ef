"""The unlabelled opening above a transcript's first label (review rv48d 3): the
counterpart's welcome turns to the one who answers by name or post ("Thank you, Secretary
Blinken, and welcome to ..."); a moderator's, an MC's or a host's opening to the room
("Good afternoon, ladies and gentlemen", "I'm X, and this is ...") is none of the title's
people's. Sentences written here in the manner of the State Department's transcripts.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 5, 14)
HEAD = "Remarks\nAntony J. Blinken, Secretary of State\nOslo, Norway\nMay 14, 2024\n\n"


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=DAY)]


def _speaker_of(said: list[tuple[str | None, str]], words: str) -> str | None:
    return next(who for who, text in said if words in text)


def test_the_counterpart_turning_to_the_secretary_by_post_opens() -> None:
    said = _said(
        "Remarks With Norwegian Foreign Minister Ingrid Solberg Before Their Meeting\n\n"
        + HEAD
        + "Thank you so much, Mr. Secretary, and welcome back to Oslo. We have a full "
        "agenda today, from the Arctic to support for Ukraine.\n\n"
        "SECRETARY BLINKEN: Thank you, Ingrid. It is good to be back in Norway, one of our "
        "closest allies.\n"
    )
    assert _speaker_of(said, "full agenda") == "Ingrid Solberg"


def test_a_moderators_welcome_to_the_room_is_not_the_counterparts() -> None:
    said = _said(
        "Secretary Antony J. Blinken and Norwegian Foreign Minister Ingrid Solberg at a "
        "Joint Press Availability\n\n"
        + HEAD
        + "Good morning, ladies and gentlemen, and welcome to this press availability. The "
        "Secretary will speak first, and we will then take three questions.\n\n"
        "SECRETARY BLINKEN: Thank you. Ingrid, thank you for having me here.\n\n"
        "FOREIGN MINISTER SOLBERG: Thank you, Tony.\n"
    )
    assert all(who != "Ingrid Solberg" for who, text in said if "three questions" in text)


def test_an_mc_speaking_of_the_secretary_is_not_the_honorees() -> None:
    said = _said(
        "Remarks at a Reception Honoring Ambassador Helen Okafor\n\n"
        + HEAD
        + "Ladies and gentlemen, we are delighted to have the Secretary of State with us this "
        "evening.\n\n"
        "SECRETARY BLINKEN: Thank you very much. Helen has given thirty years to the "
        "Foreign Service.\n"
    )
    assert all(who != "Helen Okafor" for who, text in said if "delighted" in text)


def test_a_host_who_names_herself_is_not_the_interviewer() -> None:
    said = _said(
        "Interview With Maria Lund of NRK Dagsrevyen\n\n"
        "Interview\n"
        "Antony J. Blinken, Secretary of State\n"
        "Oslo, Norway\n"
        "May 14, 2024\n\n"
        "Good evening. I'm Per Hagen, and we welcome you to Dagsrevyen. Tonight Maria Lund "
        "sits down with the Secretary of State.\n\n"
        "SECRETARY BLINKEN: Thanks, Maria. It's good to be with you. We are working hard to "
        "get the grain moving again.\n\n"
        "QUESTION: Are you close to a deal?\n\n"
        "SECRETARY BLINKEN: We're closer than we've been.\n"
    )
    assert all("Maria Lund" not in (who or "") for who, text in said if "welcome you" in text)
