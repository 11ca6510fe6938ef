"""A round-up of reactions (issue 8, round eighteen): each block opens with a heading that
names one person and their post, and where or how they spoke ("JOHN SMITH, Foreign
Minister, in Brussels:"), then the quotation they gave, with no verb of saying. The heading
attributes the quotation, as a release's "Quotes attributable to X:" does. A quotation that
hands itself to an attribution of its own ('"...," X told reporters') keeps that one. Each
test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)

PAGE = (
    "Reactions to the port deal\n\n"
    "VALLETTA, March 7 (Agency) - The government on Thursday signed the port concession. "
    "The agency gathered reactions.\n\n"
    "KARL VELLA, Minister for Transport, in Valletta:\n\n"
    '"Today we secure jobs for a generation. The harbour will stay in public hands."\n\n'
    "Ruth Camilleri, Opposition Leader, on X:\n\n"
    '"A bad deal signed in a hurry." Camilleri said her party would ask for the contract to '
    "be published.\n\n"
    "PAUL GRECH, Mayor of Marsaxlokk:\n\n"
    '"Nobody asked the fishermen," Grech told local radio.\n\n'
    "VALLETTA, March 7:\n\n"
    '"The port will reopen on Monday."\n'
)


def _said() -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(PAGE, published=FRIDAY)]


def test_a_heading_with_name_post_and_place_attributes_the_quotation_below() -> None:
    found = _said()
    assert (
        "Karl Vella",
        "Today we secure jobs for a generation. The harbour will stay in public hands.",
    ) in found


def test_a_quotation_closed_before_a_sentence_of_its_own_is_the_headings() -> None:
    found = _said()
    assert ("Ruth Camilleri", "A bad deal signed in a hurry.") in found
    assert any(
        who == "Ruth Camilleri" and words.startswith("her party would ask") for who, words in found
    )


def test_a_quotation_with_its_own_attribution_is_told_once() -> None:
    found = _said()
    assert [w for w in (words for _, words in found) if w.startswith("Nobody asked")] == [
        "Nobody asked the fishermen"
    ]


def test_a_place_and_date_heading_attributes_nothing() -> None:
    assert not any(words.startswith("The port will reopen") for _, words in _said())
