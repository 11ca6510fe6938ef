"""A readout's "X congratulated Y on Z and affirmed that W": the congratulation is a
pleasantry, the "affirmed that" clause a point of its own, a second statement that starts
where the clause does, as it would with the verb standing alone. Readouts written here in
the manner of a state news agency."""

from __future__ import annotations

import datetime

from tracker.extract import extract

LONG = (
    "Hanoi (VNA) - Deputy Prime Minister Tran Luu Quang held talks with visiting Lao Foreign "
    "Minister Saleumxay Kommasith on April 4.\n\n"
    "Quang congratulated the Lao side on the success of the congress and affirmed that "
    "Vietnam always attaches great importance to the special relationship with Laos, which "
    "is a top priority in its foreign policy.\n"
)

SHORT = (
    "Jakarta (ANTARA) - Minister of Foreign Affairs Retno Marsudi held a phone call with "
    "Japanese Foreign Minister Yoshimasa Hayashi on Monday.\n\n"
    "Marsudi congratulated the Japanese side on the success of the summit and affirmed that "
    "Indonesia treasures the close ties with Japan.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2023, 4, 4))
    ]


def test_the_point_after_a_congratulation_is_a_statement_of_its_own():
    got = _read(LONG)
    assert ("Tran Luu Quang", "Vietnam always attaches") in got
    assert ("Tran Luu Quang", "congratulated the Lao") in got


def test_the_point_after_a_short_congratulation_starts_at_its_clause():
    assert ("Retno Marsudi", "Indonesia treasures the") in _read(SHORT)
