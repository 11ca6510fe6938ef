"""A turn label typed with its colon twice ("Minister Lee:: Good morning") is a label still:
a typing slip in a transcript posted by hand, the turn its speaker's. Three colons, or a
colon pair inside a line of prose, are no label."""

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 1, 18)


def _turns(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=DAY)]


def test_doubled_colon_after_a_post_and_surname() -> None:
    text = (
        "Press Conference\n\ndelivered 18 January 2024, Canberra\n\n"
        "FM Wong: Good morning, everyone.\n\n"
        "Question: Good morning.\n\n"
        "FM Wong:: Since we came to office we have rebuilt our ties across the Pacific, "
        "and this year we will open two new posts in the region.\n"
    )
    assert any(t.startswith("Since we came to office") for _, t in _turns(text))


def test_doubled_colon_after_a_capitalised_surname() -> None:
    text = (
        "Joint Press Availability\n\nJanuary 18, 2024\n\n"
        "MINISTER HALVORSEN:: Thank you. Norway will keep its support for the trust fund at "
        "last year's level, and we are ready to do more if the talks resume.\n\n"
        "QUESTION: A question for the minister.\n"
    )
    assert any(t.startswith("Norway will keep its support") for _, t in _turns(text)) or any(
        t.startswith("Thank you. Norway will") for _, t in _turns(text)
    )


def test_doubled_colon_after_a_full_name() -> None:
    text = (
        "Transcript: Remarks to the Press\n\n18 January 2024\n\n"
        "Secretary Maria Okonjo:: The council has agreed on a new mandate for the mission, "
        "and I expect the first teams to deploy within the month.\n\n"
        "Question: Will the mandate cover the border region?\n"
    )
    assert any(t.startswith("The council has agreed") for _, t in _turns(text))


def test_near_miss_a_tripled_colon_is_no_label() -> None:
    text = (
        "Remarks\n\n18 January 2024\n\n"
        "Notes::: The council has agreed on a new mandate for the mission, and the first "
        "teams will deploy within the month.\n"
    )
    assert not any(s == "Notes" for s, _ in _turns(text))
