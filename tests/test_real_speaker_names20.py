"""Speaker names on unseen real text (issue 8, twentieth round): strings that are no one's
name taken for the speaker. A post whose fields are listed ("Commissioner for Political
Affairs, Peace and Security X") ends at its last field, the name after it; a bloc's
commissioner or director lists them as a minister does. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The bloc's Commissioner for Political Affairs, Peace and Security Kofi Mensah-Boateng "
            "told reporters on Friday that the standby force was ready.",
            "Kofi Mensah-Boateng",
        ),
        (
            "Commissioner for Economic Affairs, Trade and Industry Amina Diallo said on Monday "
            "that the free trade area was on course.",
            "Amina Diallo",
        ),
        (
            "The AU's Commissioner for Health, Humanitarian Affairs and Social Development Grace "
            "Otieno said the appeal was underfunded.",
            "Grace Otieno",
        ),
        (
            "Director of Communications, Policy and Strategy Farah Idris said on Wednesday that "
            "the agency had received the request.",
            "Farah Idris",
        ),
        # near misses: the field and the name parted by commas, or one field only
        (
            "EU Commissioner for Trade, Valdis Ozols, said on Thursday that Brussels would "
            "respond.",
            "Valdis Ozols",
        ),
        (
            "Minister of Foreign Affairs, Cooperation and Integration Moussa Traore said the talks "
            "had been useful.",
            "Moussa Traore",
        ),
    ],
)
def test_a_post_listing_its_fields_ends_before_the_name(sentence: str, who: str) -> None:
    assert _speakers(f"Bloc weighs force\n\n{sentence}\n") == [who]
