"""Days of statements in real copy (issue 8, round thirteen: classes taken from the dating
errors on the round's open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2023, 3, 9)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_the_same_day_counts_from_the_day_named_not_from_shortly_after() -> None:
    # "shortly after the verdict" gives no day of its own; "the same day" below it is the
    # day the story named last (Tuesday), not the page's
    text = (
        "A court in Lisbon on Tuesday ordered the extradition of the former minister to "
        "Brazil.\n\n"
        "His lawyers filed an appeal shortly after the verdict was read.\n\n"
        "Portuguese Justice Minister Carla Mendes, visiting Porto the same day, said the "
        "courts had acted independently."
    )
    assert _days(text, THURSDAY) == [("Carla Mendes", "2023-03-07")]


def test_a_statement_issued_shortly_after_a_dated_event_takes_its_day() -> None:
    # "In a statement issued shortly after the verdict was read": tied in words to the
    # event the lead dated (Tuesday), two days before the page
    text = (
        "A court in Lisbon on Tuesday ordered the extradition of the former minister to "
        "Brazil, ending a two-year legal fight.\n\n"
        "In a statement released shortly after the verdict was read, the Brazilian Foreign "
        "Ministry said the decision showed respect for the treaty between the two countries."
    )
    assert _days(text, THURSDAY) == [("Brazilian Foreign Ministry", "2023-03-07")]
