"""Which spans of English news prose are statements (issue 8, thirteenth round, second
wave): sentence ends the reader missed, and attributions whose words stand in the sentence
before. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 5, 12)


# A wire story whose sentence ends on a clock time, the next sentence carrying its own
# attribution at its end.
TIME_ENDS_SENTENCE = """\
TOKYO, May 12 (Kyodo) -- A magnitude 6.1 earthquake struck off Japan's northeast coast \
on Friday.

The Meteorological Agency said the quake was recorded off Iwate prefecture at 4:15 a.m. \
The tremor caused no tsunami along the coast, the agency said.
"""


def test_a_clock_time_ends_a_sentence_before_a_word_that_opens_one() -> None:
    found = extract(TIME_ENDS_SENTENCE, published=FRIDAY)
    starts = [s.text[:24] for s in found]
    assert "the quake was recorded o" in starts
    assert "The tremor caused no tsu" in starts
    first = next(s for s in found if s.text.startswith("the quake"))
    assert "tremor" not in first.text


# A story copied with curly apostrophes: a possessive ends one sentence, a quote with its
# attribution follows.
CURLY_POSSESSIVE_ENDS_SENTENCE = """\
Finance Minister Carla Ruiz said the decision on the bond sale was hers, not the central \
bank’s. The bank’s governor, Tomas Ortega, said the timing had been agreed by both sides.
"""


def test_a_curly_possessive_ends_a_sentence() -> None:
    found = extract(CURLY_POSSESSIVE_ENDS_SENTENCE, published=FRIDAY)
    by_start = {s.text[:24]: s.speaker for s in found}
    assert by_start.get("the decision on the bond") == "Carla Ruiz"
    assert by_start.get("the timing had been agre") == "Tomas Ortega"
    ruiz = next(s for s in found if s.text.startswith("the decision"))
    assert "Ortega" not in ruiz.text
