"""Near misses a review found for two of the round's rules: "the Russian president" after
a plain untitled "Putin is expected to travel ..." is still Putin (only a ruler's family's
style, "Prince X", hid a post the rule waits for); "for the first time that year that ..."
keeps "that year" out of the words. Sentences written here in the manner of wire copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 6, 24)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_an_untitled_lead_keeps_his_post_in_the_next_sentence() -> None:
    got = _said(
        "BUDAPEST, June 24 (Reuters) - Viktor Orban met Vladimir Putin in Moscow on Monday on "
        "what he called a peace mission.\n\n"
        '"Hungary can speak to both sides," Orban told reporters after the talks.\n\n'
        "Putin is expected to travel to Mongolia next month. The Russian president said that "
        "Moscow would be ready for talks if the fighting stopped.\n"
    )
    assert got[-1] == (
        "Vladimir Putin",
        "Moscow would be ready for talks if the fighting stopped",
    ), got


def test_that_year_after_for_the_first_time_is_no_part_of_the_words() -> None:
    got = _said(
        "TALLINN, June 24 (Reuters) - Estonia's foreign ministry admitted for the first time "
        "that year that its servers had been breached by a foreign intelligence service.\n"
    )
    assert got and all(t.startswith("its servers had been breached") for _, t in got), got
