"""A phrase set before the sentence's subject (issue 8, round eighteen): "For a country
often accused of ...", "Even for a minister long criticised for ..." open with a
preposition; their noun is the one a passive participle acts on, never someone who speaks,
and the participle tells no one's words. A subject after such a phrase still speaks. Each
test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

FRIDAY = datetime.date(2024, 3, 8)
HEAD = "Week in Geneva\n\nGENEVA (Agency) - Delegates met on Thursday.\n\n"


def _said(paragraph: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(HEAD + paragraph, published=FRIDAY)]


def test_a_phrase_opened_by_a_preposition_is_no_speaker() -> None:
    for text in ("For a nation often", "Even for a minister", "Unlike the envoy", "To the council"):
        assert parse_speaker(text) is None, text


def test_a_passive_participle_in_a_preposed_phrase_tells_no_words() -> None:
    for paragraph in (
        "For a nation often accused of hiding behind larger allies, the vote in Geneva was a "
        "rare moment in the spotlight.",
        "For a government long criticised for its silence on the war, the hearing was a chance "
        "to change the story.",
        "Even for a diplomat frequently described as blunt, the remark stood out.",
    ):
        assert _said(paragraph) == [], paragraph


def test_the_subject_after_a_preposed_phrase_still_speaks() -> None:
    found = _said("Unlike his predecessor, President Alar Karis said Estonia would not hesitate.")
    assert found == [("Alar Karis", "Estonia would not hesitate")]
