"""A document the story already has ("the statement"), named as what someone missed, received
or left before, was not issued by that person: when its words are quoted later ("...," the
statement said), the one who only reacted to it is not their speaker. Only a verb of issuing
before it ("X released the statement") makes the sentence's subject its issuer. Sentences
written here in the manner of wire copy on regional summits."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 3, 14)

MISSED = (
    "ARUSHA (Reuters) - Leaders of the East African Community closed their summit on "
    "Monday.\n\n"
    "Ugandan President Yoweri Museveni skipped the final session and missed the statement.\n\n"
    "\u201cThe community stands ready to deploy a regional force without delay,\u201d the "
    "statement said.\n"
)
LEFT_BEFORE = (
    "JAKARTA, March 14 (AFP) - Foreign ministers of the Association of Southeast Asian Nations "
    "met in Jakarta on Friday.\n\n"
    "Cambodia's Prak Sokhonn had left for Phnom Penh before the statement.\n\n"
    "\u201cWe call on all parties to exercise restraint,\u201d read the statement.\n"
)
RECEIVED = (
    "CAIRO - Arab League foreign ministers ended an emergency session late on Wednesday.\n\n"
    "Egyptian Foreign Minister Sameh Shoukry received the communique at his hotel.\n\n"
    "The communique said the league would send a mission to the border within days.\n"
)
# near miss: a verb of issuing before the document: its subject issued it
RELEASED = LEFT_BEFORE.replace(
    "Cambodia's Prak Sokhonn had left for Phnom Penh before the statement",
    "Indonesian Foreign Minister Retno Marsudi released the statement after the talks",
)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=PUBLISHED)]


def test_missed_document_not_his() -> None:
    assert "Yoweri Museveni" not in _speakers(MISSED)


def test_left_before_document_not_his() -> None:
    assert "Prak Sokhonn" not in _speakers(LEFT_BEFORE)


def test_received_document_not_his() -> None:
    assert "Sameh Shoukry" not in _speakers(RECEIVED)


def test_released_document_is_the_issuers() -> None:
    assert _speakers(RELEASED) == ["Retno Marsudi"]


# near misses (review rv50a): reading a statement out or making it is issuing it
@pytest.mark.parametrize(
    "deed",
    [
        "Indonesian Foreign Minister Retno Marsudi read the statement to reporters after the talks",
        "Indonesian Foreign Minister Retno Marsudi made the statement after the talks",
        "Indonesian Foreign Minister Retno Marsudi later handed the statement to the press",
    ],
)
def test_a_statement_read_or_made_is_the_readers(deed: str) -> None:
    text = LEFT_BEFORE.replace(
        "Cambodia's Prak Sokhonn had left for Phnom Penh before the statement", deed
    )
    assert _speakers(text) == ["Retno Marsudi"]
