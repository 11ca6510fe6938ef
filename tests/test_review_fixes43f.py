"""Review rv43f's findings: a module-level name bound twice (F1, F2), a test that would pass
with its rule deleted (F11). Pages written here in the manner of a foreign ministry's
release."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 2, 1)


def _opening(text: str) -> list[str]:
    return [s.text[:40] for s in extract(text, published=PUBLISHED)]


# F1: the colon block's first-person test keeps its Roman-numeral guard and "us" (the
# issuer's first person of _tells_event no longer replaces it)
PHASE_ONE = (
    "Foreign Secretary's statement on the ceasefire talks\n\n"
    "The Foreign Secretary, James Cleverly, said:\n\n"
    "The talks on Phase I of the ceasefire plan ended in Cairo today with progress on the "
    "release of hostages.\n\n"
    "We will also be discussing the next steps with the Egyptian and Qatari governments "
    "this week.\n"
)
WATCHING_US = (
    "Foreign Secretary's statement on the ceasefire talks\n\n"
    "The Foreign Secretary, James Cleverly, said:\n\n"
    "The talks in Cairo have shown what diplomacy can do, and the region is watching us "
    "closely.\n\n"
    "We will also be discussing the next steps with the Egyptian and Qatari governments "
    "this week.\n"
)


def test_phase_one_is_no_first_person_over_a_colon_block() -> None:
    got = _opening(PHASE_ONE)
    assert any(t.startswith("The talks on Phase I") for t in got), got
    assert not any(t.startswith("We will also") for t in got), got


def test_us_is_the_speaker_s_voice_over_a_colon_block() -> None:
    got = _opening(WATCHING_US)
    assert any(t.startswith("We will also") for t in got), got
