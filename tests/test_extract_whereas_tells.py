"""A named person who "tells" an audience after "whereas" speaks words of their own, as one
who "told" it does: the first speaker's words end at the comma before "whereas"."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_whereas_then_a_present_tense_tells_opens_another_speakers_words() -> None:
    text = (
        "Senate split over aid package\n\n"
        "WASHINGTON (AP) - Senate Majority Leader John Thune says the aid package is fully "
        "paid for, whereas Democratic Senator Chris Murphy tells reporters that the numbers "
        "do not add up.\n\n"
        "A vote is expected later this week."
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 10),
        [
            ("John Thune", "the aid package is fully paid for", "2025-06-10"),
            ("Chris Murphy", "the numbers do not add up", "2025-06-10"),
        ],
    )


def test_whereas_tells_after_a_verb_of_calling() -> None:
    text = (
        "Minister defends Channel deal\n\n"
        "LONDON (Reuters) - Home Secretary Yvette Cooper calls the returns deal with France "
        "lawful and fair, whereas Conservative MP Chris Philp tells MPs that it will collapse "
        "within weeks.\n\n"
        "Cooper said the first flights would leave in the spring."
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 4),
        [
            ("Yvette Cooper", "the returns deal with France lawful and fair", "2025-03-04"),
            ("Chris Philp", "it will collapse within weeks", "2025-03-04"),
            ("Yvette Cooper", "the first flights would leave", "2025-03-04"),
        ],
    )
